package app.pos.inventory.boundary;

import app.pos.inventory.boundary.Views.StockLevelView;
import app.pos.inventory.boundary.Views.ValuationRow;
import app.pos.inventory.boundary.Views.ValuationView;
import app.pos.inventory.entity.LocationType;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.ReadsReplica;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What is on hand, reserved and available per product and location, with the prices of the lot that
 * would be sold next (FEFO); and the stock valuation, which equals the inventory account.
 */
@Stateless
public class StockLevels {

  @Inject TenantStore store;

  public record Filter(
      UUID productId, UUID locationId, String locationType, boolean lowStockOnly) {}

  public Page<StockLevelView> list(Filter filter, PageRequest page) {
    String rows =
        "SELECT b.product_id, p.sku, p.name, b.location_id, loc.location_type,"
            + " sum(b.on_hand) AS on_hand, sum(b.reserved) AS reserved,"
            + " sum(CASE WHEN l.expiry_date IS NULL OR l.expiry_date > ?2 THEN b.on_hand - b.reserved ELSE 0 END) AS available,"
            + " p.reorder_level"
            + " FROM inv_stock_balance b JOIN inv_product p ON p.id = b.product_id"
            + " JOIN inv_stock_lot l ON l.id = b.lot_id JOIN inv_location loc ON loc.id = b.location_id"
            + " WHERE b.business_id = ?1"
            + (filter.productId() != null ? " AND b.product_id = ?3" : "")
            + (filter.locationId() != null ? " AND b.location_id = ?4" : "")
            + (filter.locationType() != null ? " AND loc.location_type = ?5" : "")
            + " GROUP BY b.business_id, b.product_id, p.sku, p.name, b.location_id, loc.location_type, p.reorder_level";
    String outer = filter.lowStockOnly() ? " WHERE t.available <= t.reorder_level" : "";
    Query count = store.nativeQuery("SELECT count(*) FROM (" + rows + ") t" + outer);
    // the prices of the lot that would be sold next, looked up once per row of the page only
    Query list =
        store.nativeQuery(
            "SELECT pg.*, next_lot.retail_price, next_lot.wholesale_price FROM (SELECT * FROM ("
                + rows
                + ") t"
                + outer
                + " ORDER BY t.sku, t.location_id OFFSET ?6 LIMIT ?7) pg LEFT JOIN LATERAL ("
                + " SELECT l2.retail_price, l2.wholesale_price FROM inv_stock_balance b2"
                + " JOIN inv_stock_lot l2 ON l2.id = b2.lot_id WHERE b2.business_id = ?1"
                + " AND b2.product_id = pg.product_id AND b2.location_id = pg.location_id"
                + " AND b2.on_hand > b2.reserved AND (l2.expiry_date IS NULL OR l2.expiry_date > ?2)"
                + " ORDER BY l2.expiry_date NULLS LAST, l2.created_at, l2.id LIMIT 1) next_lot ON TRUE"
                + " ORDER BY pg.sku, pg.location_id");
    for (Query q : List.of(count, list)) {
      q.setParameter(2, Date.valueOf(LocalDate.now(ZoneOffset.UTC)));
      if (filter.productId() != null) {
        q.setParameter(3, filter.productId());
      }
      if (filter.locationId() != null) {
        q.setParameter(4, filter.locationId());
      }
      if (filter.locationType() != null) {
        q.setParameter(5, filter.locationType());
      }
    }
    list.setParameter(6, page.offset()).setParameter(7, page.pageSize());
    List<StockLevelView> views = new ArrayList<>();
    for (Object row : list.getResultList()) {
      Object[] r = (Object[]) row;
      BigDecimal available = (BigDecimal) r[7];
      BigDecimal reorder = (BigDecimal) r[8];
      views.add(
          new StockLevelView(
              (UUID) r[0],
              (String) r[1],
              (String) r[2],
              (UUID) r[3],
              LocationType.valueOf((String) r[4]),
              (BigDecimal) r[5],
              (BigDecimal) r[6],
              available,
              reorder,
              available.compareTo(reorder) <= 0,
              (BigDecimal) r[9],
              (BigDecimal) r[10]));
    }
    return new Page<>(((Number) count.getSingleResult()).longValue(), page, views);
  }

  /** On hand and book value by product and location; the total equals GL 1200. */
  @ReadsReplica
  public ValuationView valuation(UUID locationId) {
    Query query =
        store.nativeQuery(
            "SELECT v.product_id, v.sku, v.product_name, v.location_id, l.name, v.qty, v.value"
                + " FROM (SELECT b.product_id, p.sku, p.name AS product_name, b.location_id,"
                + " sum(b.on_hand) AS qty, sum(b.book_value) AS value FROM inv_stock_balance b"
                + " JOIN inv_product p ON p.id = b.product_id WHERE b.business_id = ?1"
                + (locationId != null ? " AND b.location_id = ?2" : "")
                + " GROUP BY b.product_id, p.sku, p.name, b.location_id"
                + " HAVING sum(b.on_hand) > 0 OR sum(b.book_value) > 0"
                // stock dispatched and not yet received is valued too, without a location
                + (locationId != null
                    ? ""
                    : " UNION ALL SELECT a.product_id, p.sku, p.name, NULL::uuid, sum(a.quantity),"
                        + " sum(a.value) FROM inv_transfer_allocation a JOIN inv_product p ON p.id"
                        + " = a.product_id WHERE a.business_id = ?1 AND NOT a.received"
                        + " GROUP BY a.product_id, p.sku, p.name")
                + ") v LEFT JOIN inv_location l ON l.id = v.location_id"
                + " ORDER BY v.sku, v.location_id NULLS LAST");
    if (locationId != null) {
      query.setParameter(2, locationId);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<ValuationRow> result = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Object[] r : rows) {
      BigDecimal value = (BigDecimal) r[6];
      result.add(
          new ValuationRow(
              (UUID) r[0],
              (String) r[1],
              (String) r[2],
              (UUID) r[3],
              (String) r[4],
              r[3] == null,
              (BigDecimal) r[5],
              value));
      total = total.add(value);
    }
    return new ValuationView(total, result);
  }
}
