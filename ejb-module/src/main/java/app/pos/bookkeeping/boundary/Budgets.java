package app.pos.bookkeeping.boundary;

import app.pos.bookkeeping.entity.AccountType;
import app.pos.bookkeeping.entity.LedgerAccount;
import app.pos.platform.control.Audited;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.SqlValues;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Budgets per account and period, with actual (from the ledger) and variance = actual - budget. */
@Stateless
public class Budgets {

  private static final String SELECT =
      "SELECT b.id, b.account_id, a.code, a.name, a.account_type, b.period_start, b.period_end, b.amount,"
          + " coalesce((SELECT sum(l.debit) FROM bk_ledger_entry l WHERE l.business_id = b.business_id"
          + "   AND l.account_id = b.account_id AND l.entry_date BETWEEN b.period_start AND b.period_end), 0),"
          + " coalesce((SELECT sum(l.credit) FROM bk_ledger_entry l WHERE l.business_id = b.business_id"
          + "   AND l.account_id = b.account_id AND l.entry_date BETWEEN b.period_start AND b.period_end), 0)"
          + " FROM bk_budget b JOIN bk_ledger_account a ON a.id = b.account_id WHERE b.business_id = ?1";

  @Inject TenantStore store;

  @Audited(value = "budget.set", entity = "Budget")
  public BudgetView set(SetBudget command) {
    if (command.periodEnd.isBefore(command.periodStart)) {
      throw new InvalidInputException("period_end", "must not be before period_start");
    }
    LedgerAccount account =
        store
            .findOptional(LedgerAccount.class, command.accountId)
            .orElseThrow(
                () ->
                    new InvalidInputException("account_id", "is not an account of this business"));
    UUID id = UUID.randomUUID();
    try {
      store
          .nativeQuery(
              "INSERT INTO bk_budget (business_id, id, account_id, period_start, period_end, amount, created_at, updated_at)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, now(), now())")
          .setParameter(2, id)
          .setParameter(3, account.getId())
          .setParameter(4, Date.valueOf(command.periodStart))
          .setParameter(5, Date.valueOf(command.periodEnd))
          .setParameter(6, command.amount)
          .executeUpdate();
    } catch (PersistenceException duplicate) {
      throw new InvalidInputException(
          "period_start", "a budget for this account and period exists");
    }
    return find(id);
  }

  public BudgetView find(UUID id) {
    List<BudgetView> found = query(SELECT + " AND b.id = ?2", id, PageRequest.first());
    if (found.isEmpty()) {
      throw new app.pos.platform.control.ResourceNotFoundException("Budget", id);
    }
    return found.get(0);
  }

  public Page<BudgetView> list(PageRequest page) {
    long count =
        ((Number)
                store
                    .nativeQuery("SELECT count(*) FROM bk_budget WHERE business_id = ?1")
                    .getSingleResult())
            .longValue();
    return new Page<>(
        count,
        page,
        query(SELECT + " ORDER BY b.period_start DESC, a.code OFFSET ?3 LIMIT ?4", null, page));
  }

  private List<BudgetView> query(String sql, UUID id, PageRequest page) {
    var q = store.nativeQuery(sql);
    if (id != null) {
      q.setParameter(2, id);
    } else {
      q.setParameter(3, page.offset()).setParameter(4, page.pageSize());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    List<BudgetView> views = new ArrayList<>();
    for (Object[] r : rows) {
      BigDecimal amount = (BigDecimal) r[7];
      BigDecimal actual =
          AccountType.valueOf((String) r[4]).balance((BigDecimal) r[8], (BigDecimal) r[9]);
      views.add(
          new BudgetView(
              (UUID) r[0],
              (UUID) r[1],
              (String) r[2],
              (String) r[3],
              SqlValues.date(r[5]),
              SqlValues.date(r[6]),
              amount,
              actual,
              actual.subtract(amount)));
    }
    return views;
  }
}
