package app.pos.inventory.boundary;

import app.pos.inventory.control.CheckoutCatalogue;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.SqlValues;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a till needs of the catalogue to sell offline at one storefront: each product with the price
 * of the unit it would sell next (the first lot to expire that is still available there; the last
 * received lot's price when the shelf is empty), the units available there and its tax rate (null:
 * the business's default, given by the sales half, {@code GET
 * /sales/api/till-snapshot/customers/}). Keyset-paged by product id (a cursor, not an offset: the
 * 300,000th product costs what the first does); with {@code updated_since} only the products whose
 * record, stock there or lot prices changed since, retired ones included.
 */
@Stateless
public class TillSnapshots {

  public static final int MAX_PAGE = 1000;

  /** How far {@code as_of} trails the clock: a change committed late is sent again, not missed. */
  static final Duration OVERLAP = Duration.ofMinutes(1);

  @Inject TenantStore store;
  @Inject CheckoutCatalogue catalogue;

  public TillSnapshotView page(UUID storefrontId, Instant updatedSince, UUID cursor, int pageSize) {
    if (storefrontId == null) {
      throw new InvalidInputException("storefront_id", "is required");
    }
    if (catalogue.storefront(storefrontId).isEmpty()) {
      throw new InvalidInputException("storefront_id", "is not a storefront of this business");
    }
    if (pageSize < 1 || pageSize > MAX_PAGE) {
      throw new InvalidInputException("page_size", "must be between 1 and " + MAX_PAGE);
    }
    Instant asOf = Instant.now().minus(OVERLAP);
    String usable =
        "b.on_hand > b.reserved AND (l.expiry_date IS NULL OR l.expiry_date > current_date)";
    String order = "l.expiry_date NULLS LAST, l.created_at, l.id";
    String which =
        updatedSince == null
            ? " AND p.is_active AND p.updated_at > ?3"
            : " AND p.id IN (SELECT id FROM inv_product WHERE business_id = ?1 AND updated_at > ?3"
                + " UNION SELECT product_id FROM inv_stock_balance WHERE business_id = ?1"
                + "   AND location_id = ?2 AND updated_at > ?3"
                + " UNION SELECT l.product_id FROM inv_stock_lot l WHERE l.business_id = ?1"
                + "   AND l.updated_at > ?3)";
    String sql =
        "SELECT p.id, p.sku, p.name, p.barcode, p.unit, p.tax_rate, p.is_active, p.updated_at,"
            + " coalesce(s.available, 0), coalesce(s.retail_price, last.retail_price),"
            + " coalesce(s.wholesale_price, last.wholesale_price)"
            + " FROM inv_product p"
            + " LEFT JOIN LATERAL (SELECT sum(b.on_hand - b.reserved) FILTER (WHERE "
            + usable
            + ") AS available, (array_agg(l.retail_price ORDER BY "
            + order
            + ") FILTER (WHERE "
            + usable
            + "))[1] AS retail_price, (array_agg(l.wholesale_price ORDER BY "
            + order
            + ") FILTER (WHERE "
            + usable
            + "))[1] AS wholesale_price"
            + "   FROM inv_stock_balance b JOIN inv_stock_lot l ON l.id = b.lot_id"
            + "   WHERE b.business_id = ?1 AND b.location_id = ?2 AND b.product_id = p.id) s ON TRUE"
            + " LEFT JOIN LATERAL (SELECT l.retail_price, l.wholesale_price FROM inv_stock_lot l"
            + "   WHERE l.business_id = ?1 AND l.product_id = p.id"
            + "   ORDER BY l.created_at DESC, l.id DESC LIMIT 1) last ON TRUE"
            + " WHERE p.business_id = ?1 AND p.id > CAST(?4 AS uuid)"
            + which
            + " ORDER BY p.id LIMIT ?5";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(sql)
            .setParameter(2, storefrontId)
            .setParameter(3, Timestamp.from(updatedSince == null ? Instant.EPOCH : updatedSince))
            .setParameter(4, (cursor == null ? new UUID(0, 0) : cursor).toString())
            .setParameter(5, pageSize + 1)
            .getResultList();
    List<TillSnapshotView.TillProduct> products = new ArrayList<>();
    for (Object[] r : rows.subList(0, Math.min(rows.size(), pageSize))) {
      products.add(
          new TillSnapshotView.TillProduct(
              (UUID) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (BigDecimal) r[5],
              (Boolean) r[6],
              SqlValues.instant(r[7]),
              (BigDecimal) r[8],
              (BigDecimal) r[9],
              (BigDecimal) r[10]));
    }
    String next = rows.size() > pageSize ? products.get(pageSize - 1).id().toString() : null;
    return new TillSnapshotView(storefrontId, asOf, products, next);
  }
}
