package app.pos.bookkeeping.boundary;

import app.pos.bookkeeping.control.TrialBalanceJob;
import app.pos.bookkeeping.entity.TrialBalanceStatus;
import app.pos.platform.boundary.JobRuns;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.JsonCodec;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.control.SqlValues;
import app.pos.platform.control.TenantStore;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
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
      "id, period_start, period_end, status, job_run_id, job_execution_id, accounts_done,"
          + " total_debit, total_credit, is_balanced, created_at, completed_at";

  @Inject TenantStore store;
  @Inject TrialBalanceRuns trialBalanceRuns;
  @Inject JobRuns runs;
  @Inject CurrentTenant tenant;

  /** Starts a trial balance with its own job run (what {@code POST trial-balances} does). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public TrialBalanceView request(RequestTrialBalance command) {
    check(command);
    UUID run = UUID.randomUUID();
    runs.create(
        run,
        store.businessId(),
        TrialBalanceJob.NAME,
        JsonCodec.JSON
            .createObjectBuilder()
            .add("period_start", command.periodStart.toString())
            .add("period_end", command.periodEnd.toString())
            .build()
            .toString(),
        tenant.userId().orElse(null),
        command.periodStart,
        command.periodEnd);
    TrialBalanceView started = request(command, run);
    runs.attach(run, started.batchExecutionId());
    return started;
  }

  /**
   * Starts a trial balance computed under the job run {@code run} (created by the caller): the
   * run's result names the trial balance until the job completes.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public TrialBalanceView request(RequestTrialBalance command, UUID run) {
    check(command);
    UUID id = trialBalanceRuns.create(command.periodStart, command.periodEnd, run);
    long execution =
        BatchRuntime.getJobOperator()
            .start(
                TrialBalanceJob.NAME,
                new TrialBalanceJob(id, store.businessId(), command.periodStart, command.periodEnd)
                    .toProperties());
    trialBalanceRuns.attach(id, execution);
    runs.sync(
        run,
        BatchStatus.STARTED,
        0,
        null,
        JsonCodec.JSON.createObjectBuilder().add("id", id.toString()).build().toString());
    return find(id);
  }

  private static void check(RequestTrialBalance command) {
    if (command.periodEnd.isBefore(command.periodStart)) {
      throw new InvalidInputException("period_end", "must not be before period_start");
    }
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
        TrialBalanceStatus.valueOf((String) r[3]),
        (UUID) r[4],
        r[5] == null ? null : ((Number) r[5]).longValue(),
        ((Number) r[6]).intValue(),
        (BigDecimal) r[7],
        (BigDecimal) r[8],
        (Boolean) r[9],
        SqlValues.instant(r[10]),
        SqlValues.instant(r[11]),
        lines);
  }
}
