package app.pos.bookkeeping.boundary;

import app.pos.bookkeeping.control.TrialBalanceJob;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.control.SqlValues;
import app.pos.platform.control.TenantStore;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Trial balances: a request commits its row, then starts the Jakarta Batch job that fills it (a job
 * started inside the transaction could run before the row exists).
 */
@Stateless
public class TrialBalances {

  private static final String COLUMNS =
      "id, period_start, period_end, status, job_execution_id, accounts_done, total_debit,"
          + " total_credit, is_balanced, created_at, completed_at";

  @Inject TenantStore store;
  @Inject TrialBalanceRecords records;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public TrialBalanceView request(RequestTrialBalance command) {
    if (command.periodEnd.isBefore(command.periodStart)) {
      throw new InvalidInputException("period_end", "must not be before period_start");
    }
    UUID id = records.create(command.periodStart, command.periodEnd);
    long execution =
        BatchRuntime.getJobOperator()
            .start(
                TrialBalanceJob.NAME,
                new TrialBalanceJob(id, store.businessId(), command.periodStart, command.periodEnd)
                    .toProperties());
    records.attach(id, execution);
    return find(id);
  }

  public TrialBalanceView find(UUID id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT " + COLUMNS + " FROM bk_trial_balance WHERE business_id = ?1 AND id = ?2")
            .setParameter(2, id)
            .getResultList();
    if (rows.isEmpty()) {
      throw new ResourceNotFoundException("Trial balance", id);
    }
    return view(rows.get(0), lines(id));
  }

  public Page<TrialBalanceView> list(PageRequest page) {
    long count =
        ((Number)
                store
                    .nativeQuery("SELECT count(*) FROM bk_trial_balance WHERE business_id = ?1")
                    .getSingleResult())
            .longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT "
                    + COLUMNS
                    + " FROM bk_trial_balance WHERE business_id = ?1"
                    + " ORDER BY created_at DESC, id OFFSET ?2 LIMIT ?3")
            .setParameter(2, page.offset())
            .setParameter(3, page.pageSize())
            .getResultList();
    List<TrialBalanceView> views = new ArrayList<>();
    for (Object[] row : rows) {
      views.add(view(row, List.of()));
    }
    return new Page<>(count, page, views);
  }

  private List<TrialBalanceView.Line> lines(UUID id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT account_code, account_name, account_type, debit, credit FROM bk_trial_balance_line"
                    + " WHERE business_id = ?1 AND trial_balance_id = ?2 ORDER BY account_code")
            .setParameter(2, id)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new TrialBalanceView.Line(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (BigDecimal) r[3],
                    (BigDecimal) r[4]))
        .toList();
  }

  private static TrialBalanceView view(Object[] r, List<TrialBalanceView.Line> lines) {
    return new TrialBalanceView(
        (UUID) r[0],
        SqlValues.date(r[1]),
        SqlValues.date(r[2]),
        (String) r[3],
        r[4] == null ? null : ((Number) r[4]).longValue(),
        ((Number) r[5]).intValue(),
        (BigDecimal) r[6],
        (BigDecimal) r[7],
        (Boolean) r[8],
        SqlValues.instant(r[9]),
        SqlValues.instant(r[10]),
        lines);
  }
}
