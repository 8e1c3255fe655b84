package app.pos.inventory.boundary;

import app.pos.inventory.control.StockMoved;
import app.pos.inventory.entity.AlertStatus;
import app.pos.inventory.entity.AlertType;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.SqlArrays;
import app.pos.platform.control.SqlValues;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Low-stock, out-of-stock and expiry alerts. Levels are checked after each stock change has
 * committed (a failing check never undoes a sale; a sale that leaves a product above its reorder
 * level asks for none), and every product's once a day with expiry. At most one open alert of a
 * kind per product and location (per lot for expiry), resolved when stock recovers.
 */
@Stateless
@CrossTenant("runs after commit and from a timer: the business is named in every statement")
public class StockAlerts {

  @PersistenceContext EntityManager em;
  @Inject app.pos.platform.boundary.ScheduledOnce once;
  @Inject CurrentTenant tenant;

  @Inject
  @ConfigProperty(name = "pos.inventory.expiry-warning-days", defaultValue = "30")
  int expiryWarningDays;

  /** An alert as the API shows it. */
  public record AlertView(
      UUID id,
      AlertType alertType,
      AlertStatus status,
      UUID productId,
      UUID locationId,
      UUID lotId,
      BigDecimal available,
      String message,
      Instant createdAt,
      Instant resolvedAt) {}

  /**
   * Re-checks the levels of every product a committed transaction moved, in two statements whatever
   * their number: the alerts that no longer hold, the ones that now do.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void evaluate(StockMoved moved) {
    List<StockMoved.At> places = moved.places();
    settle(
        // each moved place, with stock rows or none (none: out of stock)
        "SELECT p.business_id, m.product_id, m.location_id, coalesce(sum("
            + AVAILABLE
            + "), 0) AS available"
            + " FROM unnest(CAST(?2 AS uuid[]), CAST(?3 AS uuid[])) AS m(product_id, location_id)"
            + " JOIN inv_product p ON p.id = m.product_id AND p.business_id = ?1"
            + " LEFT JOIN inv_stock_balance b ON b.product_id = m.product_id"
            + " AND b.location_id = m.location_id LEFT JOIN inv_stock_lot l ON l.id = b.lot_id"
            + " GROUP BY p.business_id, m.product_id, m.location_id",
        q ->
            q.setParameter(1, moved.businessId())
                .setParameter(
                    2, SqlArrays.literal(places.stream().map(StockMoved.At::productId).toList()))
                .setParameter(
                    3, SqlArrays.literal(places.stream().map(StockMoved.At::locationId).toList())));
  }

  /** What a stock row makes available as the alerts count it: unexpired on hand less reserved. */
  private static final String AVAILABLE =
      "CASE WHEN l.expiry_date IS NULL OR l.expiry_date > current_date"
          + " THEN b.on_hand - b.reserved ELSE 0 END";

  /**
   * Resolves the open level alerts that no longer hold and opens (or refreshes with the current
   * figure) the ones that do, for the places {@code levels} selects (business_id, product_id,
   * location_id, available), bound by {@code bind}: out of stock at 0, low at or under the reorder
   * level.
   */
  private void settle(String levels, Consumer<Query> bind) {
    String due =
        "WITH levels AS ("
            + levels
            + "), due AS (SELECT v.business_id, v.product_id, v.location_id, v.available, p.sku,"
            + " CASE WHEN v.available <= 0 THEN 'OUT_OF_STOCK' WHEN v.available <= p.reorder_level"
            + " THEN 'LOW_STOCK' ELSE '' END AS kind FROM levels v JOIN inv_product p ON p.id ="
            + " v.product_id AND p.business_id = v.business_id) ";
    Query resolve =
        em.createNativeQuery(
            due
                + "UPDATE inv_stock_alert a SET status = 'RESOLVED', resolved_at = now(),"
                + " updated_at = now() FROM due d WHERE a.business_id = d.business_id"
                + " AND a.product_id = d.product_id AND a.location_id = d.location_id"
                + " AND a.lot_id IS NULL AND a.status = 'OPEN'"
                + " AND a.alert_type IN ('LOW_STOCK', 'OUT_OF_STOCK') AND a.alert_type <> d.kind");
    Query raise =
        em.createNativeQuery(
            due
                + "INSERT INTO inv_stock_alert (id, business_id, product_id, location_id, alert_type,"
                + " status, available, message, created_at, updated_at)"
                + " SELECT gen_random_uuid(), d.business_id, d.product_id, d.location_id, d.kind,"
                + " 'OPEN', d.available, d.sku || ': ' || trim_scale(d.available) || ' available',"
                + " now(), now() FROM due d WHERE d.kind <> ''"
                + " ON CONFLICT (business_id, product_id, location_id, alert_type)"
                + " WHERE status = 'OPEN' AND lot_id IS NULL DO UPDATE SET available ="
                + " EXCLUDED.available, message = EXCLUDED.message, updated_at = now()");
    for (Query q : List.of(resolve, raise)) {
      bind.accept(q);
      q.executeUpdate();
    }
  }

  /**
   * Daily: lots with stock that expire within the configured number of days, and every product's
   * levels checked again (a check after a change that failed, or never ran, is made good).
   */
  @Schedule(hour = "2", minute = "15", persistent = false)
  public void dailyExpiryCheck() {
    if (once.claim("expiry-warnings", java.time.Duration.ofDays(1))) {
      raiseExpiryWarnings(); // one instance of a cluster warns, once a day
      checkLevels(null);
    }
  }

  /**
   * What {@link #evaluate} does after a change, for all stock at once: of one business, or of every
   * one when {@code business} is null.
   */
  public void checkLevels(UUID business) {
    settle(
        "SELECT b.business_id, b.product_id, b.location_id, sum("
            + AVAILABLE
            + ") AS available FROM inv_stock_balance b JOIN inv_stock_lot l ON l.id = b.lot_id"
            + (business == null ? "" : " WHERE b.business_id = ?1")
            + " GROUP BY b.business_id, b.product_id, b.location_id",
        q -> {
          if (business != null) {
            q.setParameter(1, business);
          }
        });
  }

  public void raiseExpiryWarnings() {
    em.createNativeQuery(
            "INSERT INTO inv_stock_alert (id, business_id, product_id, location_id, lot_id, alert_type,"
                + " status, available, message, created_at, updated_at)"
                + " SELECT gen_random_uuid(), b.business_id, b.product_id, b.location_id, b.lot_id,"
                + " 'EXPIRY_WARNING', 'OPEN', b.on_hand, 'Lot expires on ' || l.expiry_date, now(), now()"
                + " FROM inv_stock_balance b JOIN inv_stock_lot l ON l.id = b.lot_id"
                + " WHERE b.on_hand > 0 AND l.expiry_date <= current_date + ?1"
                + " ON CONFLICT (business_id, lot_id, location_id, alert_type)"
                + " WHERE status = 'OPEN' AND lot_id IS NOT NULL DO NOTHING")
        .setParameter(1, expiryWarningDays)
        .executeUpdate();
  }

  /** The caller's business's alerts, newest first. */
  public Page<AlertView> page(AlertStatus status, PageRequest page) {
    UUID business = tenant.businessId();
    return new Page<>(
        count(business, name(status)),
        page,
        list(business, name(status), page.offset(), page.pageSize()));
  }

  private List<AlertView> list(UUID business, String status, int offset, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, alert_type, status, product_id, location_id, lot_id, available, message,"
                    + " created_at, resolved_at FROM inv_stock_alert WHERE business_id = ?1"
                    + " AND (?2 = '' OR status = ?2) ORDER BY created_at DESC, id OFFSET ?3 LIMIT ?4")
            .setParameter(1, business)
            .setParameter(2, status == null ? "" : status)
            .setParameter(3, offset)
            .setParameter(4, limit)
            .getResultList();
    List<AlertView> alerts = new ArrayList<>();
    for (Object[] r : rows) {
      alerts.add(
          new AlertView(
              (UUID) r[0],
              AlertType.valueOf((String) r[1]),
              AlertStatus.valueOf((String) r[2]),
              (UUID) r[3],
              (UUID) r[4],
              (UUID) r[5],
              (BigDecimal) r[6],
              (String) r[7],
              SqlValues.instant(r[8]),
              SqlValues.instant(r[9])));
    }
    return alerts;
  }

  private static String name(AlertStatus status) {
    return status == null ? null : status.name();
  }

  private long count(UUID business, String status) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM inv_stock_alert WHERE business_id = ?1 AND (?2 = '' OR status = ?2)")
                .setParameter(1, business)
                .setParameter(2, status == null ? "" : status)
                .getSingleResult())
        .longValue();
  }
}
