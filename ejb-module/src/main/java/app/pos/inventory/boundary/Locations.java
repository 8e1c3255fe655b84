package app.pos.inventory.boundary;

import app.pos.inventory.boundary.Views.LocationView;
import app.pos.inventory.control.CheckoutCatalogue;
import app.pos.inventory.entity.Location;
import app.pos.inventory.entity.LocationType;
import app.pos.platform.control.ActiveFilter;
import app.pos.platform.control.Audited;
import app.pos.platform.control.Conditions;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.PatchFields;
import app.pos.platform.control.QuotaUse;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Warehouses and storefronts. */
@Stateless
public class Locations {

  @Inject TenantStore store;
  @Inject CheckoutCatalogue catalogue;
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
    return list(type, ActiveFilter.ACTIVE, page);
  }

  public Page<LocationView> list(LocationType type, ActiveFilter active, PageRequest page) {
    Conditions where =
        new Conditions()
            .and("e.locationType = :type", "type", type)
            .and(active.jpql(), active == ActiveFilter.ALL ? null : Map.of());
    return store
        .page(Location.class, where.where(), where.params(), "e.name, e.id", page)
        .map(LocationView::of);
  }

  /** This business's location of that type, or 404 (a storefront is not at a warehouse's path). */
  public LocationView find(LocationType type, UUID id) {
    return LocationView.of(located(type, id));
  }

  @Audited(value = "location.updated", entity = "Location")
  public LocationView update(LocationType type, UUID id, UpdateLocation command) {
    Location location = located(type, id);
    catalogue.placeChanged(id);
    PatchFields.requireAny(
        type == LocationType.STOREFRONT
            ? "name, address, warehouse_id, is_active"
            : "name, address, is_active",
        command.name,
        command.address,
        command.warehouseId,
        command.isActive);
    String name = command.name == null ? null : command.name.trim();
    if (name != null
        && !name.equals(location.getName())
        && !store
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
    location.change(name, command.address, command.warehouseId);
    if (command.isActive != null) {
      location.setActive(command.isActive);
    }
    return LocationView.of(location);
  }

  /**
   * Deletes a location nothing refers to: 409 {@code in-use} once it has stock, documents,
   * storefronts it replenishes or staff assigned to it.
   */
  @Audited(value = "location.deleted", entity = "Location")
  public void delete(LocationType type, UUID id) {
    Location location = located(type, id);
    catalogue.placeChanged(id);
    String what = type == LocationType.STOREFRONT ? "Storefront" : "Warehouse";
    // staff assignments name storefronts without a foreign key (an element collection of users)
    long assigned =
        ((Number)
                store
                    .nativeQuery(
                        "SELECT count(*) FROM acc_user_storefront s JOIN acc_user u ON u.id ="
                            + " s.user_id WHERE u.business_id = ?1 AND s.storefront_id = ?2")
                    .setParameter(2, id)
                    .getSingleResult())
            .longValue();
    if (assigned > 0) {
      throw new StateConflictException(
          "in-use",
          what + " in use",
          "Staff are assigned to this storefront, so it cannot be deleted; retire it with PATCH"
              + " {\"is_active\": false}");
    }
    store.delete(location, what);
  }

  private Location located(LocationType type, UUID id) {
    return store
        .findOptional(Location.class, id)
        .filter(l -> l.getLocationType() == type)
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    type == LocationType.STOREFRONT ? "Storefront" : "Warehouse", id));
  }

  /** The name of this business's location with that id, if there is one (a receipt's header). */
  public Optional<String> nameOf(UUID id) {
    return store.findOptional(Location.class, id).map(Location::getName);
  }

  /**
   * Refuses (400, naming the field that gave the id) anything but an active location of the type.
   */
  public void require(UUID id, LocationType type, String field) {
    store
        .findOptional(Location.class, id)
        .filter(l -> l.getLocationType() == type)
        .map(
            l -> {
              if (!l.isActive()) {
                throw new InvalidInputException(
                    field, "is a retired " + type.name().toLowerCase() + "; reactivate it first");
              }
              return l;
            })
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field, "is not a " + type.name().toLowerCase() + " of this business"));
  }
}
