package app.pos.inventory.control;

import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.NotPermittedException;
import app.pos.platform.control.TenantStore;
import app.pos.platform.entity.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * The warehouse staff rule: until a business first assigns warehouse staff to a warehouse, its
 * WAREHOUSE_STAFF members act for every location. From then on (the switch stays on) a
 * WAREHOUSE_STAFF member acts (receives goods, sends, approves, cancels and receives transfers,
 * asks for adjustments, counts stock, attaches evidence) only at the warehouses they are assigned
 * to; one left with no assignment acts nowhere (fails closed). Other roles are not limited by
 * assignments.
 */
@Dependent
public class WarehouseAccess {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;

  /** 403 unless the caller may act for that warehouse. */
  public void requireMayActFor(UUID warehouse) {
    if (!tenant.hasRole(Role.WAREHOUSE_STAFF) || tenant.userId().isEmpty()) {
      return;
    }
    List<?> assigned = assignedTo(tenant.userId().get());
    if (assigned.contains(warehouse) || (assigned.isEmpty() && !assignmentsApply())) {
      return;
    }
    throw new NotPermittedException(
        "warehouse-not-assigned",
        "Not assigned to this warehouse",
        assigned.isEmpty()
            ? "This business assigns warehouse staff to warehouses and you are assigned to none"
            : "You are assigned to other warehouses and act only for those");
  }

  /** Whether the business has ever assigned warehouse staff (then assignments are the rule). */
  public boolean assignmentsApply() {
    return !store
        .nativeQuery("SELECT 1 FROM inv_warehouse_staff_rule WHERE business_id = ?1")
        .getResultList()
        .isEmpty();
  }

  /** The warehouses a user is assigned to (empty: none). */
  public List<UUID> assignedTo(UUID user) {
    @SuppressWarnings("unchecked")
    List<UUID> warehouses =
        store
            .nativeQuery(
                "SELECT warehouse_id FROM inv_warehouse_staff WHERE business_id = ?1 AND user_id = ?2")
            .setParameter(2, user)
            .getResultList();
    return warehouses;
  }
}
