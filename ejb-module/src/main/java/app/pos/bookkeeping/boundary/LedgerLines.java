package app.pos.bookkeeping.boundary;

import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.ReadsReplica;
import app.pos.platform.control.SqlValues;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The ledger, line by line, with each account's running balance. The balance is a window over the
 * account's whole history, so a page or a date filter still shows the true balance after each line.
 */
@Stateless
public class LedgerLines {

  @Inject TenantStore store;

  public record Filter(UUID accountId, UUID journalEntryId, LocalDate from, LocalDate to) {}

  @ReadsReplica
  public Page<LedgerLineView> list(Filter filter, PageRequest page) {
    String lines =
        "SELECT l.id, l.journal_entry_id, j.entry_number, l.entry_date, l.account_id, a.code,"
            + " l.debit, l.credit, l.memo, l.created_at,"
            + " CASE WHEN a.account_type IN ('ASSET', 'EXPENSE') THEN 1 ELSE -1 END * sum(l.debit - l.credit)"
            + " OVER (PARTITION BY l.account_id ORDER BY l.entry_date, l.created_at, l.line_number, l.id)"
            + " AS running_balance"
            + " FROM bk_ledger_entry l JOIN bk_journal_entry j ON j.id = l.journal_entry_id"
            + " JOIN bk_ledger_account a ON a.id = l.account_id"
            + " WHERE l.business_id = ?1"
            + (filter.accountId() != null ? " AND l.account_id = ?2" : "");
    String where =
        " WHERE 1 = 1"
            + (filter.journalEntryId() != null ? " AND t.journal_entry_id = ?3" : "")
            + (filter.from() != null ? " AND t.entry_date >= ?4" : "")
            + (filter.to() != null ? " AND t.entry_date <= ?5" : "");
    Query count = store.nativeQuery("SELECT count(*) FROM (" + lines + ") t" + where);
    Query rows =
        store.nativeQuery(
            "SELECT * FROM ("
                + lines
                + ") t"
                + where
                + " ORDER BY t.entry_date, t.created_at, t.entry_number, t.id OFFSET ?6 LIMIT ?7");
    for (Query q : List.of(count, rows)) {
      if (filter.accountId() != null) {
        q.setParameter(2, filter.accountId());
      }
      if (filter.journalEntryId() != null) {
        q.setParameter(3, filter.journalEntryId());
      }
      if (filter.from() != null) {
        q.setParameter(4, Date.valueOf(filter.from()));
      }
      if (filter.to() != null) {
        q.setParameter(5, Date.valueOf(filter.to()));
      }
    }
    rows.setParameter(6, page.offset()).setParameter(7, page.pageSize());
    List<LedgerLineView> results = new ArrayList<>();
    for (Object row : rows.getResultList()) {
      Object[] r = (Object[]) row;
      results.add(
          new LedgerLineView(
              (UUID) r[0],
              (UUID) r[1],
              ((Number) r[2]).longValue(),
              SqlValues.date(r[3]),
              (UUID) r[4],
              (String) r[5],
              (BigDecimal) r[6],
              (BigDecimal) r[7],
              (String) r[8],
              (BigDecimal) r[10]));
    }
    return new Page<>(((Number) count.getSingleResult()).longValue(), page, results);
  }
}
