package app.pos.inventory.control;

import app.pos.inventory.entity.Location;
import app.pos.inventory.entity.LocationType;
import app.pos.platform.control.ReferenceData;
import app.pos.platform.control.SqlArrays;
import app.pos.platform.control.TenantStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a checkout reads of the catalogue, in the caller's transaction: the storefront it sells at
 * and the products it sells, as plain figures (a public control of inventory, so the till needs no
 * proxy crossing and no inventory entity).
 */
@Dependent
public class CheckoutCatalogue {

  @Inject TenantStore store;
  @Inject ReferenceData reference;

  /**
   * A storefront (or warehouse) of this business the checkout sells from; {@code active} false once
   * retired.
   */
  public record Storefront(UUID id, String name, boolean active) {}

  /** A product as a sale line needs it; {@code taxRate} null means the business's default. */
  public record SoldProduct(UUID id, String sku, String name, BigDecimal taxRate) {}

  /** The kind of {@link ReferenceData} a location is kept as, for a business. */
  private static final String PLACE = "selling-location";

  /** What a checkout needs of a location: kept a few seconds (see {@link ReferenceData}). */
  private record Place(Storefront storefront, LocationType type) {}

  /** The storefront with that id, if it is one of this business's storefronts. */
  public Optional<Storefront> storefront(UUID id) {
    return place(id, LocationType.STOREFRONT);
  }

  /**
   * The warehouse with that id, if it is one of this business's warehouses (a wholesale customer
   * may buy straight from it); {@code active} false once retired.
   */
  public Optional<Storefront> warehouse(UUID id) {
    return place(id, LocationType.WAREHOUSE);
  }

  private Optional<Storefront> place(UUID id, LocationType type) {
    Optional<Place> place =
        reference.read(
            PLACE,
            List.of(store.businessId(), id),
            () ->
                store
                    .findOptional(Location.class, id)
                    .map(
                        l ->
                            new Place(
                                new Storefront(l.getId(), l.getName(), l.isActive()),
                                l.getLocationType())));
    return place.filter(p -> p.type() == type).map(Place::storefront);
  }

  /** A location of this business is renamed, retired, reopened or deleted in this transaction. */
  public void placeChanged(UUID id) {
    reference.changed(PLACE, List.of(store.businessId(), id));
  }

  /** The active products among {@code ids}, by id (retired and unknown ones are left out). */
  public Map<UUID, SoldProduct> activeProducts(Collection<UUID> ids) {
    return read(ids, true);
  }

  /** The products among {@code ids}, retired ones too (a past sale still names them), by id. */
  public Map<UUID, SoldProduct> products(Collection<UUID> ids) {
    return read(ids, false);
  }

  /** In one statement of the four columns a sale line needs (no entity is built for a sale). */
  private Map<UUID, SoldProduct> read(Collection<UUID> ids, boolean activeOnly) {
    Map<UUID, SoldProduct> products = new HashMap<>();
    if (ids.isEmpty()) {
      return products;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT id, sku, name, tax_rate FROM inv_product WHERE business_id = ?1"
                    + " AND id = ANY(CAST(?2 AS uuid[]))"
                    + (activeOnly ? " AND is_active" : ""))
            .setParameter(2, SqlArrays.literal(List.copyOf(ids)))
            .getResultList();
    for (Object[] r : rows) {
      UUID id = (UUID) r[0];
      products.put(id, new SoldProduct(id, (String) r[1], (String) r[2], (BigDecimal) r[3]));
    }
    return products;
  }
}
