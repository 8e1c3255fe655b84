package app.pos.inventory.boundary;

import app.pos.inventory.boundary.StockControlViews.WarehouseStaffView;
import app.pos.inventory.control.WarehouseAccess;
import app.pos.inventory.entity.Location;
import app.pos.inventory.entity.LocationType;
import app.pos.platform.control.Audited;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.control.SqlArrays;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which warehouse staff work at which warehouse (ADMIN). The rule it feeds is {@link
 * WarehouseAccess}: once the business has assigned anyone, warehouse staff act only for the
 * warehouses they are assigned to (none: nowhere). Two replacements of one warehouse's staff run
 * one after the other (the warehouse row is locked).
 */
@Stateless
public class WarehouseStaff {

  @Inject TenantStore store;

  /** Replaces the warehouse's staff with these WAREHOUSE_STAFF users of the business. */
  @Audited(value = "warehouse.staff_assigned", entity = "Location")
  public WarehouseStaffView assign(UUID warehouse, AssignWarehouseStaff command) {
    requireWarehouse(warehouse);
    store.lock(Location.class, warehouse);
    List<UUID> ids = command.userIds.stream().distinct().toList();
    // accounts owns the users (and depends on inventory for storefronts, so inventory cannot ask
    // its boundary): read their role here, write nothing there
    @SuppressWarnings("unchecked")
    List<UUID> staff =
        store
            .nativeQuery(
                "SELECT id FROM acc_user WHERE business_id = ?1 AND id = ANY(CAST(?2 AS uuid[]))"
                    + " AND role = 'WAREHOUSE_STAFF'")
            .setParameter(2, SqlArrays.literal(ids))
            .getResultList();
    Set<UUID> found = new HashSet<>(staff);
    for (int i = 0; i < command.userIds.size(); i++) {
      if (!found.contains(command.userIds.get(i))) {
        throw new InvalidInputException(
            "user_ids[" + i + "]", "is not a warehouse staff member of this business");
      }
    }
    store
        .nativeQuery("DELETE FROM inv_warehouse_staff WHERE business_id = ?1 AND warehouse_id = ?2")
        .setParameter(2, warehouse)
        .executeUpdate();
    if (!ids.isEmpty()) {
      store
          .nativeQuery(
              "INSERT INTO inv_warehouse_staff (business_id, warehouse_id, user_id, assigned_at)"
                  + " SELECT ?1, ?2, u, now() FROM unnest(CAST(?3 AS uuid[])) AS u")
          .setParameter(2, warehouse)
          .setParameter(3, SqlArrays.literal(ids))
          .executeUpdate();
      store
          .nativeQuery(
              "INSERT INTO inv_warehouse_staff_rule (business_id, assigned_since) VALUES (?1, now())"
                  + " ON CONFLICT (business_id) DO NOTHING")
          .executeUpdate();
    }
    return staff(warehouse);
  }

  public WarehouseStaffView staff(UUID warehouse) {
    requireWarehouse(warehouse);
    @SuppressWarnings("unchecked")
    List<UUID> users =
        store
            .nativeQuery(
                "SELECT user_id FROM inv_warehouse_staff WHERE business_id = ?1 AND warehouse_id = ?2"
                    + " ORDER BY user_id")
            .setParameter(2, warehouse)
            .getResultList();
    return new WarehouseStaffView(warehouse, users);
  }

  private void requireWarehouse(UUID id) {
    store
        .findOptional(Location.class, id)
        .filter(l -> l.getLocationType() == LocationType.WAREHOUSE)
        .orElseThrow(() -> new ResourceNotFoundException("Warehouse", id));
  }
}
