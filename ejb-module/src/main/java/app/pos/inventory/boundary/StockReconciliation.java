package app.pos.inventory.boundary;

import app.pos.inventory.boundary.StockControlViews.ReconciliationRow;
import app.pos.inventory.boundary.StockControlViews.ReconciliationView;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The stock reconciliation: per product and location, what there was at the start of the period,
 * what came and went by kind of movement, and what there was at its end, all summed in the database
 * from the append-only movements ({@code inv_stock_movement}), so closing = opening + in - out
 * holds by construction; the report checks it anyway, row by row, and, for a period that runs to
 * today, that the closing equals what the stock rows ({@code inv_stock_balance}) hold on hand.
 * Movement kinds map to columns: RECEIPT is intake, TRANSFER_IN / TRANSFER_OUT are transfers (a
 * transfer cancelled in transit comes back in at its warehouse), SALE and REFUND are sales and
 * refunds, and every other kind (adjustments, counts) is shrinkage when it takes stock away and a
 * correction when it adds.
 *
 * <p>Reservations are a snapshot of now: what the stock rows hold reserved, split into what live
 * (PENDING) sales' active reservations account for and the rest, orphaned. The sales component owns
 * those reservations and builds on inventory (it may not be called from here without a cycle), so
 * this one statement reads {@code sal_reservation}, {@code sal_sale} and {@code sal_sale_item_lot}
 * directly; it writes nothing there.
 */
@Stateless
public class StockReconciliation {

  static final int MAX_DAYS = 366;

  @Inject TenantStore store;

  public ReconciliationView report(LocalDate from, LocalDate to, UUID locationId, UUID productId) {
    if (from == null) {
      throw new InvalidInputException("date_from", "is required");
    }
    if (to == null) {
      throw new InvalidInputException("date_to", "is required");
    }
    if (to.isBefore(from)) {
      throw new InvalidInputException("date_to", "is before date_from");
    }
    if (from.plusDays(MAX_DAYS).isBefore(to)) {
      throw new InvalidInputException("date_to", "at most " + MAX_DAYS + " days after date_from");
    }
    String sql =
        "WITH m AS (SELECT product_id, location_id, movement_type, quantity, created_at"
            + "   FROM inv_stock_movement WHERE business_id = ?1 AND created_at < ?3"
            + (locationId == null ? "" : " AND location_id = ?4")
            + (productId == null ? "" : " AND product_id = ?5")
            + "),"
            + " f AS (SELECT product_id, location_id,"
            + "   coalesce(sum(quantity) FILTER (WHERE created_at < ?2), 0) AS opening,"
            + "   coalesce(sum(quantity) FILTER (WHERE created_at >= ?2 AND movement_type = 'RECEIPT'), 0) AS intake,"
            + "   coalesce(sum(quantity) FILTER (WHERE created_at >= ?2 AND movement_type = 'TRANSFER_IN'), 0) AS t_in,"
            + "   coalesce(-sum(quantity) FILTER (WHERE created_at >= ?2 AND movement_type = 'TRANSFER_OUT'), 0) AS t_out,"
            + "   coalesce(-sum(quantity) FILTER (WHERE created_at >= ?2 AND movement_type = 'SALE'), 0) AS sold,"
            + "   coalesce(sum(quantity) FILTER (WHERE created_at >= ?2 AND movement_type = 'REFUND'), 0) AS refunded,"
            + "   coalesce(-sum(quantity) FILTER (WHERE created_at >= ?2 AND quantity < 0 AND movement_type"
            + "     NOT IN ('RECEIPT', 'TRANSFER_IN', 'TRANSFER_OUT', 'SALE', 'REFUND')), 0) AS shrinkage,"
            + "   coalesce(sum(quantity) FILTER (WHERE created_at >= ?2 AND quantity > 0 AND movement_type"
            + "     NOT IN ('RECEIPT', 'TRANSFER_IN', 'TRANSFER_OUT', 'SALE', 'REFUND')), 0) AS corrections,"
            + "   sum(quantity) AS closing"
            + "   FROM m GROUP BY product_id, location_id),"
            + " r AS (SELECT b.product_id, b.location_id, sum(b.reserved) AS reserved FROM inv_stock_balance b"
            + "   WHERE b.business_id = ?1 AND b.reserved > 0 GROUP BY b.product_id, b.location_id),"
            + " h AS (SELECT b.product_id, b.location_id, sum(b.on_hand) AS on_hand FROM inv_stock_balance b"
            + "   WHERE b.business_id = ?1 GROUP BY b.product_id, b.location_id),"
            + " k AS (SELECT l.lot_id, s.storefront_id AS location_id, l.quantity AS held"
            + "   FROM sal_reservation v JOIN sal_sale s ON s.id = v.sale_id AND s.status = 'PENDING'"
            + "   JOIN sal_sale_item i ON i.sale_id = s.id JOIN sal_sale_item_lot l ON l.sale_item_id = i.id"
            + "   WHERE v.business_id = ?1 AND v.status = 'ACTIVE'"
            + "   UNION ALL SELECT l.lot_id, c.storefront_id, l.quantity"
            + "   FROM sal_reservation v JOIN sal_cart c ON c.id = v.cart_id AND c.status = 'DRAFT'"
            + "   JOIN sal_cart_item i ON i.cart_id = c.id JOIN sal_cart_item_lot l ON l.cart_item_id = i.id"
            + "   WHERE v.business_id = ?1 AND v.status = 'ACTIVE'),"
            + " kp AS (SELECT t.product_id, k.location_id, sum(k.held) AS held FROM k"
            + "   JOIN inv_stock_lot t ON t.id = k.lot_id GROUP BY t.product_id, k.location_id)"
            + " SELECT f.product_id, p.sku, p.name, f.location_id, loc.name, f.opening, f.intake, f.t_in,"
            + "   f.t_out, f.sold, f.refunded, f.shrinkage, f.corrections, f.closing,"
            + "   coalesce(r.reserved, 0), coalesce(kp.held, 0), coalesce(h.on_hand, 0)"
            + " FROM f JOIN inv_product p ON p.id = f.product_id JOIN inv_location loc ON loc.id = f.location_id"
            + " LEFT JOIN r ON r.product_id = f.product_id AND r.location_id = f.location_id"
            + " LEFT JOIN h ON h.product_id = f.product_id AND h.location_id = f.location_id"
            + " LEFT JOIN kp ON kp.product_id = f.product_id AND kp.location_id = f.location_id"
            + " ORDER BY p.sku, loc.name, f.location_id";
    jakarta.persistence.Query query =
        store
            .nativeQuery(sql)
            .setParameter(2, java.sql.Timestamp.from(from.atStartOfDay().toInstant(ZoneOffset.UTC)))
            .setParameter(
                3,
                java.sql.Timestamp.from(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    if (locationId != null) {
      query.setParameter(4, locationId);
    }
    if (productId != null) {
      query.setParameter(5, productId);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    boolean current = !to.isBefore(LocalDate.now(ZoneOffset.UTC));
    List<ReconciliationRow> report = new ArrayList<>();
    BigDecimal orphanedTotal = BigDecimal.ZERO;
    boolean allBalanced = true;
    for (Object[] r : rows) {
      BigDecimal opening = (BigDecimal) r[5];
      BigDecimal intake = (BigDecimal) r[6];
      BigDecimal in = (BigDecimal) r[7];
      BigDecimal out = (BigDecimal) r[8];
      BigDecimal sold = (BigDecimal) r[9];
      BigDecimal refunded = (BigDecimal) r[10];
      BigDecimal shrinkage = (BigDecimal) r[11];
      BigDecimal corrections = (BigDecimal) r[12];
      BigDecimal closing = (BigDecimal) r[13];
      boolean balanced =
          opening
                  .add(intake)
                  .add(in)
                  .add(refunded)
                  .add(corrections)
                  .subtract(out)
                  .subtract(sold)
                  .subtract(shrinkage)
                  .compareTo(closing)
              == 0;
      // a period that runs to now closes on what the stock rows hold: the movements and the
      // balances are written apart, so this is where a lost or doubled write shows
      BigDecimal onHand = current ? (BigDecimal) r[16] : null;
      balanced &= onHand == null || onHand.compareTo(closing) == 0;
      BigDecimal reserved = (BigDecimal) r[14];
      BigDecimal linked = ((BigDecimal) r[15]).min(reserved);
      BigDecimal orphaned = reserved.subtract(linked);
      orphanedTotal = orphanedTotal.add(orphaned);
      allBalanced &= balanced;
      report.add(
          new ReconciliationRow(
              (UUID) r[0],
              (String) r[1],
              (String) r[2],
              (UUID) r[3],
              (String) r[4],
              opening,
              intake,
              in,
              out,
              sold,
              refunded,
              shrinkage,
              corrections,
              closing,
              onHand,
              balanced,
              linked,
              orphaned));
    }
    return new ReconciliationView(from, to, allBalanced, orphanedTotal, report);
  }
}
