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
 * The warehouse staff rule: a WAREHOUSE_STAFF member assigned to one or more warehouses acts
 * (receives goods, sends, approves, cancels and receives transfers) only for those warehouses; one
 * with no assignment at all acts for every warehouse of the business, as before assignments
 * existed. Other roles are not limited by assignments.
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
    if (!assigned.isEmpty() && !assigned.contains(warehouse)) {
      throw new NotPermittedException(
          "warehouse-not-assigned",
          "Not assigned to this warehouse",
          "You are assigned to other warehouses and act only for those");
    }
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
