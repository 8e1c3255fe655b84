package app.pos.sales.boundary;

import app.pos.accounts.boundary.Businesses;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.platform.control.ReadsReplica;
import app.pos.platform.control.TenantStore;
import app.pos.platform.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
 * Sales figures over days of the business's own time zone, defined as the ledger books them: a sale
 * counts on the day it completed, a refund on the day it was made. {@code gross} and {@code
 * discounts} are the sales' amounts before and off; {@code net} is revenue (4000 less sales returns
 * 4100), {@code tax} is tax payable (2100), {@code cost} is the cost of goods sold (5000, less what
 * refunds put back on the shelf), {@code margin} = net - cost, {@code total} = net + tax; refunds
 * are shown with and without tax ({@code refunds}, {@code refunds_net}, {@code refunds_tax}). Every
 * grouping's rows add up to the totals; grouped by payment method, each row's {@code total} is the
 * money its tender kept (cash less change) less what was refunded by it, so the CASH row is the
 * cash account's movement from sales. A cashier sees only their own sales. Ranges are bounded so
 * one request never scans years of sales.
 */
@Stateless
public class SalesReports {

  public static final int MAX_DAYS = 366;
  private static final String COMPLETED = "('COMPLETED', 'PARTIALLY_REFUNDED', 'REFUNDED')";

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject Businesses businesses;
  @Inject app.pos.bookkeeping.boundary.FinancialStatements statements;

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
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal refunds,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal refundsNet,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal refundsTax,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal total) {}

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

  @ReadsReplica
  // no transaction of its own when called without one: a replica failing inside the settings
  // lookup then cannot doom the caller's transaction, and the read is run again on the primary
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Report sales(LocalDate from, LocalDate to, String groupBy, UUID storefrontId) {
    return sales(from, to, groupBy, storefrontId, true);
  }

  /** The same report over any range: what the sales-report job (not a request) computes. */
  @ReadsReplica
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
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
    String group = groupBy == null ? "day" : groupBy;
    String key =
        switch (group) {
          case "day" -> "to_char(m.day, 'YYYY-MM-DD')";
          case "storefront" -> "CAST(m.storefront_id AS text)";
          case "product" -> "CAST(m.product_id AS text)";
          case "cashier" -> "coalesce(CAST(m.cashier_id AS text), '')";
          case "payment_method" -> null;
          default ->
              throw new InvalidInputException(
                  "group_by", "must be day, storefront, product, cashier or payment_method");
        };
    Figures totals =
        figures(single(FIGURES + ", '', ''" + movements(scope), zone, since, until, storefrontId));
    List<Row> rows = new ArrayList<>();
    if (key == null) {
      rows.addAll(byPaymentMethod(zone, since, until, storefrontId, scope));
    } else {
      String label =
          switch (group) {
            case "storefront" -> "(SELECT name FROM inv_location WHERE id = m.storefront_id)";
            case "product" ->
                "(SELECT sku || ' ' || name FROM inv_product WHERE id = m.product_id)";
            case "cashier" -> "coalesce((SELECT email FROM acc_user WHERE id = m.cashier_id), '')";
            default -> key;
          };
      for (Object[] r :
          list(
              FIGURES
                  + ", "
                  + key
                  + ", min("
                  + label
                  + ")"
                  + movements(scope)
                  + " GROUP BY 11 ORDER BY 11",
              zone,
              since,
              until,
              storefrontId)) {
        rows.add(new Row((String) r[10], (String) r[11], figures(r)));
      }
    }
    return new Report(since, until, group, zone, totals, rows);
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

  /**
   * The figures a shop owner reads at the end of a day, by the same definitions as the sales
   * report: net sales, cost, tax, gross profit and margin; cash at hand and receivables are the
   * ledger's balances of 1000 and 1100 at the end of the day; of the day's sales (with tax), {@code
   * outstanding} is what customers still owe for them on account (payments settle the oldest
   * charges first) and {@code realized} the rest.
   */
  public record DailySummary(
      LocalDate date,
      String timeZone,
      long salesCount,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal sales,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal cost,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal tax,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal grossProfit,
      BigDecimal marginPercent,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal refunds,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal cashAtHand,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal receivables,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal realized,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal outstanding) {}

  @ReadsReplica
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public DailySummary daily(LocalDate date) {
    String zone = zone();
    LocalDate day = date == null ? LocalDate.now(ZoneId.of(zone)) : date;
    Figures f = sales(day, day, "day", null).totals();
    BigDecimal outstanding =
        (BigDecimal)
            single(
                "SELECT coalesce(sum(greatest(0, least(c.amount, c.charged_to - c.settled))), 0), 0"
                    + " FROM (SELECT t.sale_id, t.amount, sum(t.amount) OVER (PARTITION BY"
                    + " t.customer_id ORDER BY t.created_at, t.id) AS charged_to, (SELECT"
                    + " coalesce(-sum(u.amount), 0) FROM sal_credit_transaction u WHERE u.business_id"
                    + " = ?1 AND u.customer_id = t.customer_id AND u.amount < 0) AS settled FROM"
                    + " sal_credit_transaction t WHERE t.business_id = ?1 AND t.amount > 0) c JOIN"
                    + " sal_sale s ON s.id = c.sale_id WHERE s.business_id = ?1 AND s.status IN "
                    + COMPLETED
                    + " AND s.completed_at >= (CAST(?3 AS date)::timestamp AT TIME ZONE ?2)"
                    + " AND s.completed_at < ((CAST(?4 AS date) + 1)::timestamp AT TIME ZONE ?2)"
                    + scope(null),
                zone,
                day,
                day,
                null)[0];
    var sheet = statements.balanceSheet(day);
    BigDecimal profit = f.net().subtract(f.cost());
    BigDecimal soldWithTax =
        (BigDecimal)
            single(
                "SELECT coalesce(sum(s.total), 0), 0" + FROM_SALES + scope(null),
                zone,
                day,
                day,
                null)[0];
    return new DailySummary(
        day,
        zone,
        f.salesCount(),
        f.net(),
        f.cost(),
        f.tax(),
        profit,
        f.net().signum() == 0
            ? null
            : profit
                .multiply(BigDecimal.valueOf(100))
                .divide(f.net(), 2, java.math.RoundingMode.HALF_UP),
        f.refunds(),
        balanceOf(sheet.assets(), "1000"),
        balanceOf(sheet.assets(), "1100"),
        soldWithTax.subtract(outstanding),
        outstanding);
  }

  private static BigDecimal balanceOf(
      app.pos.bookkeeping.boundary.StatementLine.Section section, String code) {
    return section.accounts().stream()
        .filter(l -> code.equals(l.accountCode()))
        .map(app.pos.bookkeeping.boundary.StatementLine::amount)
        .findFirst()
        .orElse(BigDecimal.ZERO);
  }

  /** One line per sale completed in the range (the business's days), as CSV. */
  @ReadsReplica
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public String salesCsv(LocalDate from, LocalDate to) {
    String zone = zone();
    LocalDate until = to == null ? LocalDate.now(ZoneId.of(zone)) : to;
    LocalDate since = from == null ? until : from;
    if (since.isAfter(until)) {
      throw new InvalidInputException("date_from", "must not be after date_to");
    }
    if (ChronoUnit.DAYS.between(since, until) >= MAX_DAYS) {
      throw new InvalidInputException("date_to", "an export covers at most " + MAX_DAYS + " days");
    }
    app.pos.platform.control.CsvTable out =
        new app.pos.platform.control.CsvTable(
            "receipt_number",
            "completed_at",
            "storefront",
            "cashier",
            "customer",
            "status",
            "subtotal",
            "discounts",
            "net",
            "tax",
            "total",
            "cost",
            "refunded",
            "tenders");
    for (Object[] r :
        list(
            "SELECT s.receipt_number, to_char(s.completed_at AT TIME ZONE ?2,"
                + " 'YYYY-MM-DD\"T\"HH24:MI:SS'), (SELECT name FROM inv_location WHERE id ="
                + " s.storefront_id), coalesce((SELECT email FROM acc_user WHERE id = s.cashier_id),"
                + " ''), coalesce((SELECT name FROM sal_customer WHERE id = s.customer_id), ''),"
                + " s.status, s.subtotal, s.discount_total, s.subtotal - s.discount_total,"
                + " s.tax_total, s.total, s.cost_total, s.refunded_total, coalesce((SELECT"
                + " string_agg(p.method || ' ' || to_char(p.amount, 'FM999999999990.00'), '; '"
                + " ORDER BY p.created_at, p.id) FROM sal_payment p WHERE p.sale_id = s.id AND"
                + " p.status = 'RECEIVED'), '')"
                + FROM_SALES
                + scope(null)
                + " ORDER BY s.completed_at, s.id",
            zone,
            since,
            until,
            null)) {
      Object[] cells = new Object[14];
      for (int i = 0; i < 6; i++) {
        cells[i] = r[i] == null ? "" : r[i];
      }
      for (int i = 6; i < 13; i++) {
        cells[i] = app.pos.platform.control.CsvTable.money((BigDecimal) r[i]);
      }
      cells[13] = r[13] == null ? "" : r[13];
      out.row(cells);
    }
    return out.toString();
  }

  /** The report as CSV: one header line, one line per row, then the totals. */
  public static String csv(Report report) {
    app.pos.platform.control.CsvTable csv =
        new app.pos.platform.control.CsvTable(
            report.groupBy(),
            "label",
            "sales_count",
            "quantity",
            "gross",
            "discounts",
            "tax",
            "net",
            "cost",
            "margin",
            "refunds",
            "refunds_net",
            "refunds_tax",
            "total");
    for (Row row : report.rows()) {
      line(csv, row.key(), row.label(), row.figures());
    }
    line(csv, "TOTAL", "", report.totals());
    return csv.toString();
  }

  private static void line(
      app.pos.platform.control.CsvTable csv, String key, String label, Figures f) {
    List<Object> cells = new java.util.ArrayList<>();
    cells.add(key == null ? "" : key);
    cells.add(label == null ? "" : label);
    cells.add(f.salesCount());
    cells.add(app.pos.platform.control.CsvTable.quantity(f.quantity()));
    for (BigDecimal amount :
        List.of(
            f.gross(),
            f.discounts(),
            f.tax(),
            f.net(),
            f.cost(),
            f.margin(),
            f.refunds(),
            f.refundsNet(),
            f.refundsTax(),
            f.total())) {
      cells.add(app.pos.platform.control.CsvTable.money(amount));
    }
    csv.row(cells.toArray());
  }

  /** The sums of the movements below: sales with their signs, refunds against them. */
  private static final String FIGURES =
      "SELECT count(DISTINCT m.sale_id) FILTER (WHERE m.sold), coalesce(sum(m.quantity), 0),"
          + " coalesce(sum(m.gross), 0), coalesce(sum(m.discount), 0), coalesce(sum(m.tax), 0),"
          + " coalesce(sum(m.net), 0), coalesce(sum(m.cost), 0), coalesce(sum(m.refund_net), 0),"
          + " coalesce(sum(m.refund_tax), 0), 0";

  /**
   * Sale lines completed in the range and refunded units refunded in it, one row each, with the
   * sale's storefront and cashier and the line's product: net, tax and cost already less refunds.
   */
  private static String movements(String scope) {
    return " FROM (SELECT TRUE AS sold, s.id AS sale_id, s.storefront_id, s.cashier_id, i.product_id,"
        + " (s.completed_at AT TIME ZONE ?2)::date AS day, i.quantity, i.gross, i.discount, i.net,"
        + " i.tax, i.cost, 0 AS refund_net, 0 AS refund_tax"
        + FROM_ITEMS
        + scope
        + " UNION ALL SELECT FALSE, s.id, s.storefront_id, s.cashier_id, i.product_id,"
        + " (r.created_at AT TIME ZONE ?2)::date, 0, 0, 0, -ri.net, -ri.tax, -ri.restocked_cost,"
        + " ri.net, ri.tax"
        + " FROM sal_refund r JOIN sal_refund_item ri ON ri.refund_id = r.id"
        + " JOIN sal_sale_item i ON i.id = ri.sale_item_id JOIN sal_sale s ON s.id = r.sale_id"
        + " WHERE r.business_id = ?1"
        + " AND r.created_at >= (CAST(?3 AS date)::timestamp AT TIME ZONE ?2)"
        + " AND r.created_at < ((CAST(?4 AS date) + 1)::timestamp AT TIME ZONE ?2)"
        + scope
        + ") m";
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
    java.util.Map<String, BigDecimal> refundedBy = new java.util.HashMap<>();
    for (Object[] r :
        list(
            "SELECT r.method, sum(r.net + r.tax) FROM sal_refund r JOIN sal_sale s ON s.id = r.sale_id"
                + " WHERE r.business_id = ?1"
                + " AND r.created_at >= (CAST(?3 AS date)::timestamp AT TIME ZONE ?2)"
                + " AND r.created_at < ((CAST(?4 AS date) + 1)::timestamp AT TIME ZONE ?2)"
                + scope
                + " GROUP BY r.method",
            zone,
            since,
            until,
            storefrontId)) {
      refundedBy.put((String) r[0], (BigDecimal) r[1]);
    }
    java.util.Map<String, Object[]> received = new java.util.TreeMap<>();
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
      received.put((String) r[0], r);
    }
    refundedBy
        .keySet()
        .forEach(m -> received.putIfAbsent(m, new Object[] {m, 0L, BigDecimal.ZERO}));
    List<Row> rows = new ArrayList<>();
    for (Object[] r : received.values()) {
      BigDecimal amount = (BigDecimal) r[2];
      if ("CASH".equals(r[0])) {
        amount = amount.subtract(change);
      }
      BigDecimal refunded = refundedBy.getOrDefault((String) r[0], BigDecimal.ZERO);
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
                  refunded,
                  zero,
                  zero,
                  amount.subtract(refunded))));
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
    BigDecimal tax = (BigDecimal) r[4];
    BigDecimal net = (BigDecimal) r[5];
    BigDecimal cost = (BigDecimal) r[6];
    BigDecimal refundsNet = (BigDecimal) r[7];
    BigDecimal refundsTax = (BigDecimal) r[8];
    return new Figures(
        ((Number) r[0]).longValue(),
        ((BigDecimal) r[1]).stripTrailingZeros(),
        (BigDecimal) r[2],
        (BigDecimal) r[3],
        tax,
        net,
        cost,
        net.subtract(cost),
        refundsNet.add(refundsTax),
        refundsNet,
        refundsTax,
        net.add(tax));
  }

  private String zone() {
    String zone = businesses.settings().timeZone();
    return zone == null || zone.isBlank() ? "UTC" : zone;
  }

  private boolean isCashier() {
    return tenant.hasRole(Role.CASHIER);
  }
}
