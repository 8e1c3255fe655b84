package app.pos.sales.boundary;

import app.pos.accounts.boundary.Businesses;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sales figures over days of the business's own time zone, from the completed sales (refunded ones
 * included, their refunds shown apart). A cashier sees only their own sales. Ranges are bounded so
 * one request never scans years of sales.
 */
@Stateless
public class SalesReports {

  public static final int MAX_DAYS = 366;
  private static final String COMPLETED = "('COMPLETED', 'PARTIALLY_REFUNDED', 'REFUNDED')";

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject Businesses businesses;

  /** What is summed, for the whole range and for each group. */
  public record Figures(
      long salesCount,
      BigDecimal quantity,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal gross,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal discounts,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal tax,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal net,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal cost,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal margin,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal refunds) {}

  /** One group: its key (a day, storefront, product, cashier or method), a label and figures. */
  public record Row(String key, String label, Figures figures) {}

  public record Report(
      LocalDate dateFrom,
      LocalDate dateTo,
      String groupBy,
      String timeZone,
      Figures totals,
      List<Row> rows) {}

  /** Today's figures at one storefront. */
  public record StorefrontToday(
      UUID storefrontId,
      String name,
      long salesCount,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal total,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal averageSale,
      BigDecimal itemsSold,
      long pendingSales) {}

  public record TodaysStats(LocalDate date, String timeZone, List<StorefrontToday> storefronts) {}

  public Report sales(LocalDate from, LocalDate to, String groupBy, UUID storefrontId) {
    return sales(from, to, groupBy, storefrontId, true);
  }

  /** The same report over any range: what the sales-report job (not a request) computes. */
  public Report salesOverAnyRange(LocalDate from, LocalDate to, String groupBy) {
    return sales(from, to, groupBy, null, false);
  }

  private Report sales(
      LocalDate from, LocalDate to, String groupBy, UUID storefrontId, boolean bounded) {
    String zone = zone();
    LocalDate today = LocalDate.now(ZoneId.of(zone));
    LocalDate until = to == null ? today : to;
    LocalDate since = from == null ? until.minusDays(29) : from;
    if (since.isAfter(until)) {
      throw new InvalidInputException("date_from", "must not be after date_to");
    }
    if (bounded && ChronoUnit.DAYS.between(since, until) >= MAX_DAYS) {
      throw new InvalidInputException(
          "date_to", "a report covers at most " + MAX_DAYS + " days; run the sales-report job");
    }
    String scope = scope(storefrontId);
    Figures totals =
        figures(
            single(
                "SELECT count(DISTINCT s.id), coalesce(sum(i.quantity), 0), coalesce(sum(i.gross), 0),"
                    + " coalesce(sum(i.discount), 0), coalesce(sum(i.tax), 0), coalesce(sum(i.net), 0),"
                    + " coalesce(sum(i.cost), 0), coalesce(sum(i.refunded_net + i.refunded_tax), 0), ''"
                    + FROM_ITEMS
                    + scope,
                zone,
                since,
                until,
                storefrontId));
    List<Row> rows = new ArrayList<>();
    String key =
        switch (groupBy == null ? "day" : groupBy) {
          case "day" -> "to_char((s.completed_at AT TIME ZONE ?2)::date, 'YYYY-MM-DD')";
          case "storefront" -> "CAST(s.storefront_id AS text)";
          case "product" -> "CAST(i.product_id AS text)";
          case "cashier" -> "coalesce(CAST(s.cashier_id AS text), '')";
          case "payment_method" -> null;
          default ->
              throw new InvalidInputException(
                  "group_by", "must be day, storefront, product, cashier or payment_method");
        };
    if (key == null) {
      rows.addAll(byPaymentMethod(zone, since, until, storefrontId, scope));
    } else {
      String label =
          switch (groupBy == null ? "day" : groupBy) {
            case "storefront" -> "(SELECT name FROM inv_location WHERE id = s.storefront_id)";
            case "product" ->
                "(SELECT sku || ' ' || name FROM inv_product WHERE id = i.product_id)";
            case "cashier" -> "coalesce((SELECT email FROM acc_user WHERE id = s.cashier_id), '')";
            default -> key;
          };
      for (Object[] r :
          list(
              "SELECT count(DISTINCT s.id), coalesce(sum(i.quantity), 0), sum(i.gross),"
                  + " sum(i.discount), sum(i.tax), sum(i.net), sum(i.cost),"
                  + " sum(i.refunded_net + i.refunded_tax), "
                  + key
                  + ", min("
                  + label
                  + ")"
                  + FROM_ITEMS
                  + scope
                  // by position: the day's key holds a parameter, which PostgreSQL would not match
                  + " GROUP BY 9 ORDER BY 9",
              zone,
              since,
              until,
              storefrontId)) {
        rows.add(new Row((String) r[8], (String) r[9], figures(r)));
      }
    }
    return new Report(since, until, groupBy == null ? "day" : groupBy, zone, totals, rows);
  }

  /** Each storefront's sales so far today (the business's day). */
  public TodaysStats today() {
    String zone = zone();
    LocalDate today = LocalDate.now(ZoneId.of(zone));
    String mine = isCashier() ? " AND s.cashier_id = ?4" : "";
    var query =
        store.nativeQuery(
            "SELECT l.id, l.name,"
                + " count(s.id) FILTER (WHERE s.status IN "
                + COMPLETED
                + "), coalesce(sum(s.total) FILTER (WHERE s.status IN "
                + COMPLETED
                + "), 0), coalesce(sum((SELECT sum(quantity) FROM sal_sale_item WHERE sale_id = s.id))"
                + " FILTER (WHERE s.status IN "
                + COMPLETED
                + "), 0), count(s.id) FILTER (WHERE s.status = 'PENDING')"
                + " FROM inv_location l LEFT JOIN sal_sale s ON s.storefront_id = l.id"
                + " AND (s.created_at AT TIME ZONE ?2)::date = ?3"
                + mine
                + " WHERE l.business_id = ?1 AND l.location_type = 'STOREFRONT'"
                + " GROUP BY l.id, l.name ORDER BY l.name");
    query.setParameter(2, zone).setParameter(3, today);
    if (isCashier()) {
      query.setParameter(4, tenant.userId().orElse(null));
    }
    List<StorefrontToday> rows = new ArrayList<>();
    for (Object r : query.getResultList()) {
      Object[] c = (Object[]) r;
      long count = ((Number) c[2]).longValue();
      BigDecimal total = (BigDecimal) c[3];
      rows.add(
          new StorefrontToday(
              (UUID) c[0],
              (String) c[1],
              count,
              total,
              count == 0
                  ? BigDecimal.ZERO
                  : total.divide(BigDecimal.valueOf(count), 2, java.math.RoundingMode.HALF_UP),
              ((BigDecimal) c[4]).stripTrailingZeros(),
              ((Number) c[5]).longValue()));
    }
    return new TodaysStats(today, zone, rows);
  }

  /** The report as CSV: one header line, one line per row, then the totals. */
  public static String csv(Report report) {
    StringBuilder out =
        new StringBuilder(
            report.groupBy()
                + ",label,sales_count,quantity,gross,discounts,tax,net,cost,margin,refunds\n");
    for (Row row : report.rows()) {
      line(out, row.key(), row.label(), row.figures());
    }
    line(out, "TOTAL", "", report.totals());
    return out.toString();
  }

  private static void line(StringBuilder out, String key, String label, Figures f) {
    out.append(quote(key))
        .append(',')
        .append(quote(label))
        .append(',')
        .append(f.salesCount())
        .append(',')
        .append(f.quantity().stripTrailingZeros().toPlainString());
    for (BigDecimal amount :
        List.of(f.gross(), f.discounts(), f.tax(), f.net(), f.cost(), f.margin(), f.refunds())) {
      out.append(',').append(app.pos.platform.control.Money.format(amount));
    }
    out.append('\n');
  }

  private static String quote(String value) {
    String v = value == null ? "" : value;
    // a leading = + - @ would make a spreadsheet run the cell as a formula
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }

  private static final String FROM_ITEMS =
      " FROM sal_sale s JOIN sal_sale_item i ON i.sale_id = s.id"
          + " WHERE s.business_id = ?1 AND s.status IN "
          + COMPLETED
          + " AND s.completed_at >= (CAST(?3 AS date)::timestamp AT TIME ZONE ?2)"
          + " AND s.completed_at < ((CAST(?4 AS date) + 1)::timestamp AT TIME ZONE ?2)";

  /** What each tender brought in: tendered amounts, cash less the change handed back. */
  private List<Row> byPaymentMethod(
      String zone, LocalDate since, LocalDate until, UUID storefrontId, String scope) {
    BigDecimal change =
        (BigDecimal)
            single(
                "SELECT coalesce(sum(s.change_due), 0), 0" + FROM_SALES + scope,
                zone,
                since,
                until,
                storefrontId)[0];
    List<Row> rows = new ArrayList<>();
    for (Object[] r :
        list(
            "SELECT p.method, count(DISTINCT s.id), sum(p.amount)"
                + FROM_SALES.replace(
                    " FROM sal_sale s WHERE",
                    " FROM sal_payment p JOIN sal_sale s ON s.id = p.sale_id WHERE p.status = 'RECEIVED' AND")
                + scope
                + " GROUP BY p.method ORDER BY p.method",
            zone,
            since,
            until,
            storefrontId)) {
      BigDecimal amount = (BigDecimal) r[2];
      if ("CASH".equals(r[0])) {
        amount = amount.subtract(change);
      }
      BigDecimal zero = BigDecimal.ZERO;
      rows.add(
          new Row(
              (String) r[0],
              (String) r[0],
              new Figures(
                  ((Number) r[1]).longValue(),
                  zero,
                  amount,
                  zero,
                  zero,
                  amount,
                  zero,
                  zero,
                  zero)));
    }
    return rows;
  }

  private static final String FROM_SALES =
      " FROM sal_sale s WHERE s.business_id = ?1 AND s.status IN "
          + COMPLETED
          + " AND s.completed_at >= (CAST(?3 AS date)::timestamp AT TIME ZONE ?2)"
          + " AND s.completed_at < ((CAST(?4 AS date) + 1)::timestamp AT TIME ZONE ?2)";

  private String scope(UUID storefrontId) {
    String scope = storefrontId == null ? "" : " AND s.storefront_id = ?5";
    return isCashier() ? scope + " AND s.cashier_id = ?6" : scope;
  }

  private Object[] single(
      String sql, String zone, LocalDate since, LocalDate until, UUID storefrontId) {
    return list(sql, zone, since, until, storefrontId).get(0);
  }

  private List<Object[]> list(
      String sql, String zone, LocalDate since, LocalDate until, UUID storefrontId) {
    var query =
        store.nativeQuery(sql).setParameter(2, zone).setParameter(3, since).setParameter(4, until);
    if (storefrontId != null) {
      query.setParameter(5, storefrontId);
    }
    if (isCashier()) {
      query.setParameter(6, tenant.userId().orElse(null));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows;
  }

  private static Figures figures(Object[] r) {
    BigDecimal net = (BigDecimal) r[5];
    BigDecimal cost = (BigDecimal) r[6];
    return new Figures(
        ((Number) r[0]).longValue(),
        ((BigDecimal) r[1]).stripTrailingZeros(),
        (BigDecimal) r[2],
        (BigDecimal) r[3],
        (BigDecimal) r[4],
        net,
        cost,
        net.subtract(cost),
        (BigDecimal) r[7]);
  }

  private String zone() {
    String zone = businesses.settings().timeZone();
    return zone == null || zone.isBlank() ? "UTC" : zone;
  }

  private boolean isCashier() {
    return tenant.role().map("CASHIER"::equals).orElse(false);
  }
}
