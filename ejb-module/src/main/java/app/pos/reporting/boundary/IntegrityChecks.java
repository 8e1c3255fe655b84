package app.pos.reporting.boundary;

import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies the invariants the product promises, straight from the tables: journal entries balance,
 * the inventory account equals the stock's book value, the oversold holding account equals the open
 * oversold exceptions, balances equal the sum of their movements and are never negative,
 * receivables equal what customers owe, completed sales are posted and paid, and the sales report's
 * figures equal the ledger's, day by day. For a business ADMIN, their business; for the platform
 * owner, all.
 */
@Stateless
@CrossTenant("the platform owner checks every business; others are limited to their own")
public class IntegrityChecks {

  private static final int MAX_ROWS = 100;

  @PersistenceContext EntityManager em;
  @Inject CurrentTenant tenant;

  /**
   * A check: offending rows from {@code sql}, limited to a business through {@code scopeColumn}.
   */
  private record Definition(
      String name, String description, String scopeColumn, String sql, String[] columns) {}

  /** Each query returns offending rows; its {@code %s} becomes the business condition (or TRUE). */
  private static final List<Definition> CHECKS =
      List.of(
          new Definition(
              "journal-entries-balance",
              "every journal entry has two or more lines and its debits equal its credits and its total",
              "j.business_id",
              "SELECT j.business_id, j.id, j.entry_number, coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0)"
                  + " FROM bk_journal_entry j LEFT JOIN bk_ledger_entry l ON l.journal_entry_id = j.id"
                  + " WHERE %s GROUP BY j.business_id, j.id, j.entry_number, j.total"
                  + " HAVING count(l.id) < 2 OR coalesce(sum(l.debit), 0) <> coalesce(sum(l.credit), 0)"
                  + " OR coalesce(sum(l.debit), 0) <> j.total",
              new String[] {
                "business_id", "journal_entry_id", "entry_number", "debits", "credits"
              }),
          new Definition(
              "inventory-account-equals-stock-value",
              "the balance of account 1200 equals the book value of the stock on hand and in transit",
              "b.id",
              "SELECT b.id, coalesce(gl.balance, 0), coalesce(st.value, 0) + coalesce(tr.value, 0)"
                  + " FROM acc_business b"
                  + " LEFT JOIN (SELECT l.business_id, sum(l.debit - l.credit) AS balance FROM bk_ledger_entry l"
                  + "   JOIN bk_ledger_account a ON a.id = l.account_id AND a.code = '1200' GROUP BY l.business_id) gl"
                  + "   ON gl.business_id = b.id"
                  + " LEFT JOIN (SELECT business_id, sum(book_value) AS value FROM inv_stock_balance GROUP BY business_id) st"
                  + "   ON st.business_id = b.id"
                  + " LEFT JOIN (SELECT business_id, sum(value) AS value FROM inv_transfer_allocation WHERE NOT received"
                  + "   GROUP BY business_id) tr ON tr.business_id = b.id"
                  + " WHERE %s AND coalesce(gl.balance, 0) <> coalesce(st.value, 0) + coalesce(tr.value, 0)",
              new String[] {"business_id", "account_1200", "stock_value"}),
          new Definition(
              "on-hand-equals-movements",
              "each lot's quantity and book value at a location equal the sum of its movements there",
              "coalesce(b.business_id, m.business_id)",
              "SELECT coalesce(b.business_id, m.business_id), coalesce(b.lot_id, m.lot_id),"
                  + " coalesce(b.location_id, m.location_id), coalesce(b.on_hand, 0), coalesce(m.quantity, 0),"
                  + " coalesce(b.book_value, 0), coalesce(m.value, 0)"
                  + " FROM inv_stock_balance b FULL JOIN (SELECT business_id, lot_id, location_id,"
                  + "   sum(quantity) AS quantity, sum(value) AS value FROM inv_stock_movement"
                  + "   GROUP BY business_id, lot_id, location_id) m"
                  + "   ON m.lot_id = b.lot_id AND m.location_id = b.location_id"
                  + " WHERE %s AND (coalesce(b.on_hand, 0) <> coalesce(m.quantity, 0)"
                  + "   OR coalesce(b.book_value, 0) <> coalesce(m.value, 0))",
              new String[] {
                "business_id",
                "lot_id",
                "location_id",
                "on_hand",
                "movements",
                "book_value",
                "movement_value"
              }),
          new Definition(
              "stock-never-negative",
              "no balance is negative and nothing reserved exceeds what is on hand",
              "business_id",
              "SELECT business_id, lot_id, location_id, on_hand, reserved FROM inv_stock_balance"
                  + " WHERE %s AND (on_hand < 0 OR reserved < 0 OR reserved > on_hand OR book_value < 0)",
              new String[] {"business_id", "lot_id", "location_id", "on_hand", "reserved"}),
          new Definition(
              "oversold-holding-equals-open-exceptions",
              "the balance of account 1250 (oversold stock held) is minus the value of the open"
                  + " oversold exceptions: units sold offline that the shelf did not have, until"
                  + " stock covers them or they are written off",
              "b.id",
              "SELECT b.id, coalesce(gl.balance, 0), coalesce(x.value, 0) FROM acc_business b"
                  + " LEFT JOIN (SELECT l.business_id, sum(l.debit - l.credit) AS balance FROM bk_ledger_entry l"
                  + "   JOIN bk_ledger_account a ON a.id = l.account_id AND a.code = '1250' GROUP BY l.business_id) gl"
                  + "   ON gl.business_id = b.id"
                  + " LEFT JOIN (SELECT business_id, sum(value) AS value FROM sal_sale_exception"
                  + "   WHERE kind = 'OVERSOLD' AND status = 'OPEN' GROUP BY business_id) x"
                  + "   ON x.business_id = b.id"
                  + " WHERE %s AND coalesce(gl.balance, 0) + coalesce(x.value, 0) <> 0",
              new String[] {"business_id", "account_1250", "open_oversold_value"}),
          new Definition(
              "receivables-equal-customer-balances",
              "the balance of account 1100 equals the sum of customers' outstanding balances",
              "b.id",
              "SELECT b.id, coalesce(gl.balance, 0), coalesce(c.owed, 0) FROM acc_business b"
                  + " LEFT JOIN (SELECT l.business_id, sum(l.debit - l.credit) AS balance FROM bk_ledger_entry l"
                  + "   JOIN bk_ledger_account a ON a.id = l.account_id AND a.code = '1100' GROUP BY l.business_id) gl"
                  + "   ON gl.business_id = b.id"
                  + " LEFT JOIN (SELECT business_id, sum(outstanding_balance) AS owed FROM sal_customer"
                  + "   GROUP BY business_id) c ON c.business_id = b.id"
                  + " WHERE %s AND coalesce(gl.balance, 0) <> coalesce(c.owed, 0)",
              new String[] {"business_id", "account_1100", "customer_balances"}),
          new Definition(
              "completed-sales-posted-and-paid",
              "every completed sale has its journal entry, for its total, and payments that cover it",
              "s.business_id",
              // per sale through the payments' sale index: linear, whatever the statistics say
              "SELECT s.business_id, s.id, s.receipt_number, s.total, s.kept, j.total FROM (SELECT s.*,"
                  + " (SELECT coalesce(sum(p.amount), 0) FROM sal_payment p WHERE p.sale_id = s.id"
                  + "   AND p.status = 'RECEIVED') - s.change_due AS kept FROM sal_sale s"
                  + "   WHERE %s AND s.status IN ('COMPLETED', 'PARTIALLY_REFUNDED', 'REFUNDED')) s"
                  + " LEFT JOIN bk_journal_entry j ON j.id = s.journal_entry_id AND j.source_type = 'SALE'"
                  + "   AND j.source_id = s.id"
                  + " WHERE j.id IS NULL OR s.kept <> s.total",
              new String[] {
                "business_id", "sale_id", "receipt_number", "total", "kept", "entry_total"
              }),
          new Definition(
              "sales-report-equals-ledger",
              "for every day of the books, the sales report's figures (net sales, tax, cost of goods"
                  + " sold and the cash row, as sales and refunds give them) equal what the ledger"
                  + " posted for those sales and refunds (4000 less 4100, 2100, 5000, 1000)",
              "b.id",
              "SELECT b.id, d.day, d.net, coalesce(g.net, 0), d.tax, coalesce(g.tax, 0), d.cost,"
                  + " coalesce(g.cost, 0), d.cash, coalesce(g.cash, 0)"
                  + " FROM acc_business b CROSS JOIN LATERAL (SELECT x.day, sum(x.net) AS net,"
                  + "   sum(x.tax) AS tax, sum(x.cost) AS cost, sum(x.cash) AS cash FROM ("
                  + "   SELECT j.entry_date AS day, i.net, i.tax, i.cost, 0 AS cash FROM sal_sale s"
                  + "   JOIN sal_sale_item i ON i.sale_id = s.id JOIN bk_journal_entry j ON j.id = s.journal_entry_id"
                  + "   WHERE s.business_id = b.id"
                  + "   UNION ALL SELECT j.entry_date, 0, 0, 0, (SELECT coalesce(sum(p.amount), 0)"
                  + "   FROM sal_payment p WHERE p.sale_id = s.id AND p.status = 'RECEIVED' AND p.method = 'CASH')"
                  + "   - s.change_due FROM sal_sale s JOIN bk_journal_entry j ON j.id = s.journal_entry_id"
                  + "   WHERE s.business_id = b.id"
                  + "   UNION ALL SELECT j.entry_date, -ri.net, -ri.tax, -ri.restocked_cost, 0"
                  + "   FROM sal_refund r JOIN sal_refund_item ri ON ri.refund_id = r.id"
                  + "   JOIN bk_journal_entry j ON j.id = r.journal_entry_id WHERE r.business_id = b.id"
                  + "   UNION ALL SELECT j.entry_date, 0, 0, 0, CASE WHEN r.method = 'CASH'"
                  + "   THEN -(r.net + r.tax) ELSE 0 END FROM sal_refund r"
                  + "   JOIN bk_journal_entry j ON j.id = r.journal_entry_id WHERE r.business_id = b.id"
                  + " ) x GROUP BY x.day) d"
                  + " LEFT JOIN LATERAL (SELECT"
                  + "   sum(CASE WHEN a.code IN ('4000', '4100') THEN l.credit - l.debit ELSE 0 END) AS net,"
                  + "   sum(CASE WHEN a.code = '2100' THEN l.credit - l.debit ELSE 0 END) AS tax,"
                  + "   sum(CASE WHEN a.code = '5000' THEN l.debit - l.credit ELSE 0 END) AS cost,"
                  + "   sum(CASE WHEN a.code = '1000' THEN l.debit - l.credit ELSE 0 END) AS cash"
                  + "   FROM bk_journal_entry j JOIN bk_ledger_entry l ON l.journal_entry_id = j.id"
                  + "   JOIN bk_ledger_account a ON a.id = l.account_id"
                  + "   WHERE j.business_id = b.id AND j.entry_date = d.day"
                  + "   AND j.source_type IN ('SALE', 'REFUND')) g ON TRUE"
                  + " WHERE %s AND (d.net <> coalesce(g.net, 0) OR d.tax <> coalesce(g.tax, 0)"
                  + "   OR d.cost <> coalesce(g.cost, 0) OR d.cash <> coalesce(g.cash, 0))",
              new String[] {
                "business_id",
                "day",
                "report_net",
                "ledger_net",
                "report_tax",
                "ledger_tax",
                "report_cost",
                "ledger_cost",
                "report_cash",
                "ledger_cash"
              }));

  public IntegrityReport run() {
    boolean everyBusiness = tenant.isSuperuser();
    List<IntegrityReport.Check> results = new ArrayList<>();
    for (Definition check : CHECKS) {
      String scope = everyBusiness ? "TRUE" : check.scopeColumn() + " = ?1";
      var query = em.createNativeQuery(String.format(check.sql(), scope) + " LIMIT " + MAX_ROWS);
      if (!everyBusiness) {
        query.setParameter(1, tenant.businessId());
      }
      List<Map<String, Object>> violations = new ArrayList<>();
      for (Object row : query.getResultList()) {
        Object[] values = (Object[]) row;
        Map<String, Object> violation = new LinkedHashMap<>();
        for (int i = 0; i < check.columns().length; i++) {
          violation.put(check.columns()[i], values[i] == null ? null : values[i].toString());
        }
        violations.add(violation);
      }
      results.add(
          new IntegrityReport.Check(
              check.name(), check.description(), violations.isEmpty(), violations));
    }
    return new IntegrityReport(results.stream().allMatch(IntegrityReport.Check::ok), results);
  }
}
