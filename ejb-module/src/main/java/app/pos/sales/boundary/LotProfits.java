package app.pos.sales.boundary;

import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.ReadsReplica;
import app.pos.platform.control.TenantStore;
import app.pos.platform.control.UnitPriceJsonSerializer;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Profit per lot: what each lot's units sold for and cost. A line sold from several lots shares its
 * net (after discount, before tax) among them in proportion to each lot's price times its units,
 * and its refunds the same way; a lot's cost is the book value its units left with, less what
 * refunds put back on the shelf. Sales count once completed (refunded ones too, net of their
 * refunds), by the UTC date they completed.
 */
@Stateless
public class LotProfits {

  @Inject TenantStore store;

  /** One lot's sales: units, revenue, cost, margin and margin as a percentage of revenue. */
  public record LotProfit(
      UUID lotId,
      UUID productId,
      String sku,
      String productName,
      @JsonbTypeSerializer(UnitPriceJsonSerializer.class) BigDecimal unitCost,
      BigDecimal quantitySold,
      BigDecimal quantityRefunded,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal revenue,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal cost,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal margin,
      BigDecimal marginPercent) {}

  @ReadsReplica
  public Page<LotProfit> list(
      LocalDate from, LocalDate to, UUID productId, UUID storefrontId, PageRequest page) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidInputException("date_to", "must not be before date_from");
    }
    // each lot of a line takes the line's net (and refunds) in proportion to its own price times
    // its units; a line sold at no price at all shares by units
    String rows =
        "SELECT x.lot_id, x.product_id, sum(x.sold) AS sold, sum(x.refunded) AS refunded,"
            + " sum(x.revenue) AS revenue, sum(x.cost) AS cost FROM (SELECT sil.lot_id, si.product_id,"
            + " sil.quantity AS sold, si.refunded_quantity * sil.quantity / si.quantity AS refunded,"
            + " (si.net - si.refunded_net) * CASE WHEN sum(sil.quantity * sil.unit_price) OVER w > 0"
            + " THEN sil.quantity * sil.unit_price / sum(sil.quantity * sil.unit_price) OVER w"
            + " ELSE sil.quantity / si.quantity END AS revenue,"
            + " sil.cost - sil.restocked_cost AS cost"
            + " FROM sal_sale_item_lot sil JOIN sal_sale_item si ON si.id = sil.sale_item_id"
            + " JOIN sal_sale s ON s.id = si.sale_id"
            + " WHERE sil.business_id = ?1 AND s.completed_at IS NOT NULL"
            + " AND s.status IN ('COMPLETED', 'PARTIALLY_REFUNDED', 'REFUNDED')"
            + (from != null ? " AND s.completed_at >= ?2" : "")
            + (to != null ? " AND s.completed_at < ?3" : "")
            + (productId != null ? " AND si.product_id = ?4" : "")
            + (storefrontId != null ? " AND s.storefront_id = ?5" : "")
            + " WINDOW w AS (PARTITION BY sil.sale_item_id)) x GROUP BY x.lot_id, x.product_id";
    Query count = store.nativeQuery("SELECT count(*) FROM (" + rows + ") t");
    Query list =
        store.nativeQuery(
            "SELECT t.lot_id, t.product_id, p.sku, p.name, l.unit_cost, t.sold, t.refunded,"
                + " t.revenue, t.cost FROM ("
                + rows
                + ") t JOIN inv_stock_lot l ON l.id = t.lot_id JOIN inv_product p ON p.id = t.product_id"
                + " ORDER BY p.sku, l.created_at, t.lot_id OFFSET ?6 LIMIT ?7");
    for (Query q : List.of(count, list)) {
      if (from != null) {
        q.setParameter(2, Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()));
      }
      if (to != null) {
        q.setParameter(3, Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
      }
      if (productId != null) {
        q.setParameter(4, productId);
      }
      if (storefrontId != null) {
        q.setParameter(5, storefrontId);
      }
    }
    list.setParameter(6, page.offset()).setParameter(7, page.pageSize());
    List<LotProfit> result = new ArrayList<>();
    for (Object row : list.getResultList()) {
      Object[] r = (Object[]) row;
      // one rounding per lot: half-up to cents, margin from the rounded figures
      BigDecimal revenue = ((BigDecimal) r[7]).setScale(2, RoundingMode.HALF_UP);
      BigDecimal cost = ((BigDecimal) r[8]).setScale(2, RoundingMode.HALF_UP);
      BigDecimal margin = revenue.subtract(cost);
      result.add(
          new LotProfit(
              (UUID) r[0],
              (UUID) r[1],
              (String) r[2],
              (String) r[3],
              (BigDecimal) r[4],
              (BigDecimal) r[5],
              ((BigDecimal) r[6]).setScale(3, RoundingMode.HALF_UP),
              revenue,
              cost,
              margin,
              revenue.signum() == 0
                  ? null
                  : margin
                      .multiply(new BigDecimal("100"))
                      .divide(revenue, 2, RoundingMode.HALF_UP)));
    }
    return new Page<>(((Number) count.getSingleResult()).longValue(), page, result);
  }
}
