package app.pos.inventory.boundary;

import app.pos.inventory.entity.Location;
import app.pos.inventory.entity.LocationType;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.control.TenantStore;
import app.pos.platform.control.UnitPriceJsonSerializer;
import app.pos.platform.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a till at a storefront sells from: the active products with what is available there now (on
 * hand less reserved, expired lots left out), the prices of the lot the next sale takes (FEFO) and
 * a suggested price. Products with nothing available are left out unless asked for.
 */
@Stateless
public class SaleCatalogue {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;

  /**
   * A product as the till offers it. {@code retailPrice} and {@code wholesalePrice} are those of
   * the next lot sold here (null when none is available); {@code suggestedPrice} is the next lot's
   * retail price, or, with nothing available, the retail price of the product's latest lot received
   * anywhere (null when it was never received). {@code taxRate} null is the business's default.
   */
  public record Item(
      UUID productId,
      String sku,
      String name,
      String barcode,
      String unit,
      UUID categoryId,
      BigDecimal taxRate,
      BigDecimal quantityAvailable,
      @JsonbTypeSerializer(UnitPriceJsonSerializer.class) BigDecimal retailPrice,
      @JsonbTypeSerializer(UnitPriceJsonSerializer.class) BigDecimal wholesalePrice,
      @JsonbTypeSerializer(UnitPriceJsonSerializer.class) BigDecimal suggestedPrice) {}

  public Page<Item> list(UUID storefrontId, String search, boolean includeZero, PageRequest page) {
    Location storefront =
        store
            .findOptional(Location.class, storefrontId)
            .filter(l -> l.getLocationType() == LocationType.STOREFRONT)
            .orElseThrow(() -> new ResourceNotFoundException("Storefront", storefrontId));
    // a cashier sees the catalogue of their own storefronts only
    if (tenant.storefrontIds().isPresent()
        && tenant.hasRole(Role.CASHIER)
        && !tenant.storefrontIds().get().contains(storefront.getId())) {
      throw new ResourceNotFoundException("Storefront", storefrontId);
    }
    boolean searching = search != null && !search.isBlank();
    String from =
        " FROM inv_product p LEFT JOIN (SELECT b.product_id,"
            + " sum(CASE WHEN l.expiry_date IS NULL OR l.expiry_date > ?2 THEN b.on_hand - b.reserved ELSE 0 END) AS available"
            + " FROM inv_stock_balance b JOIN inv_stock_lot l ON l.id = b.lot_id"
            + " WHERE b.business_id = ?1 AND b.location_id = ?3 GROUP BY b.product_id) s ON s.product_id = p.id"
            + " WHERE p.business_id = ?1 AND p.is_active"
            + (includeZero ? "" : " AND s.available > 0")
            + (searching
                ? " AND (p.sku ILIKE ?4 ESCAPE '\\' OR p.name ILIKE ?4 ESCAPE '\\' OR p.barcode = ?5)"
                : "");
    Query count = store.nativeQuery("SELECT count(*)" + from);
    Query list =
        store.nativeQuery(
            "SELECT pg.*, next_lot.retail_price, next_lot.wholesale_price, latest.retail_price"
                + " FROM (SELECT p.id, p.sku, p.name, p.barcode, p.unit, p.category_id, p.tax_rate,"
                + " CAST(COALESCE(s.available, 0) AS NUMERIC(19,3)) AS available"
                + from
                + " ORDER BY p.name, p.id OFFSET ?6 LIMIT ?7) pg"
                + " LEFT JOIN LATERAL (SELECT l2.retail_price, l2.wholesale_price FROM inv_stock_balance b2"
                + " JOIN inv_stock_lot l2 ON l2.id = b2.lot_id WHERE b2.business_id = ?1"
                + " AND b2.product_id = pg.id AND b2.location_id = ?3 AND b2.on_hand > b2.reserved"
                + " AND (l2.expiry_date IS NULL OR l2.expiry_date > ?2)"
                + " ORDER BY l2.expiry_date NULLS LAST, l2.created_at, l2.id LIMIT 1) next_lot ON TRUE"
                + " LEFT JOIN LATERAL (SELECT l3.retail_price FROM inv_stock_lot l3"
                + " WHERE l3.business_id = ?1 AND l3.product_id = pg.id"
                + " ORDER BY l3.created_at DESC, l3.id DESC LIMIT 1) latest ON TRUE"
                + " ORDER BY pg.name, pg.id");
    for (Query q : List.of(count, list)) {
      q.setParameter(2, Date.valueOf(LocalDate.now(ZoneOffset.UTC)));
      q.setParameter(3, storefront.getId());
      if (searching) {
        String term = search.trim();
        q.setParameter(
            4, "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        q.setParameter(5, term);
      }
    }
    list.setParameter(6, page.offset()).setParameter(7, page.pageSize());
    List<Item> items = new ArrayList<>();
    for (Object row : list.getResultList()) {
      Object[] r = (Object[]) row;
      BigDecimal retail = (BigDecimal) r[8];
      items.add(
          new Item(
              (UUID) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (UUID) r[5],
              (BigDecimal) r[6],
              (BigDecimal) r[7],
              retail,
              (BigDecimal) r[9],
              retail != null ? retail : (BigDecimal) r[10]));
    }
    return new Page<>(((Number) count.getSingleResult()).longValue(), page, items);
  }
}
