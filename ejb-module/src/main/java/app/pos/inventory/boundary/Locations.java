package app.pos.inventory.boundary;

import app.pos.audit.control.Audited;
import app.pos.inventory.boundary.Views.LocationView;
import app.pos.inventory.entity.Location;
import app.pos.inventory.entity.LocationType;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.QuotaUse;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/** Warehouses and storefronts. */
@Stateless
public class Locations {

  @Inject TenantStore store;
  @Inject Event<QuotaUse> quota;

  @Audited(value = "location.created", entity = "Location")
  public LocationView create(LocationType type, CreateLocation command) {
    quota.fire(type == LocationType.STOREFRONT ? QuotaUse.STOREFRONT : QuotaUse.WAREHOUSE);
    String name = command.name.trim();
    if (!store
        .list(
            Location.class,
            "e.locationType = :type AND e.name = :name",
            Map.of("type", type, "name", name),
            null)
        .isEmpty()) {
      throw new InvalidInputException(
          "name", "a " + type.name().toLowerCase() + " with this name exists");
    }
    if (command.warehouseId != null) {
      if (type != LocationType.STOREFRONT) {
        throw new InvalidInputException("warehouse_id", "only a storefront names a warehouse");
      }
      require(command.warehouseId, LocationType.WAREHOUSE, "warehouse_id");
    }
    return LocationView.of(
        store.persist(new Location(type, name, command.address, command.warehouseId)));
  }

  public Page<LocationView> list(LocationType type, PageRequest page) {
    return store
        .page(Location.class, "e.locationType = :type", Map.of("type", type), "e.name, e.id", page)
        .map(LocationView::of);
  }

  /** This business's location of that type, or a 400 naming the field that gave its id. */
  public Location require(UUID id, LocationType type, String field) {
    return store
        .findOptional(Location.class, id)
        .filter(l -> l.getLocationType() == type)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field, "is not a " + type.name().toLowerCase() + " of this business"));
  }
}
