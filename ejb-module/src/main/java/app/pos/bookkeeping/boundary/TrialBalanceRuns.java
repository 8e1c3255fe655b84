package app.pos.bookkeeping.boundary;

import app.pos.audit.boundary.AuditTrail;
import app.pos.bookkeeping.control.AccountSum;
import app.pos.bookkeeping.control.TrialBalanceJob;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.ReadsReplica;
import app.pos.platform.control.SqlValues;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the trial-balance job does in the database, and the one writer of its run row ({@code
 * bk_trial_balance}). The aggregation is a GROUP BY in PostgreSQL (reading every line into Java
 * costs several times more), a page of accounts at a time.
 *
 * <p>Every method runs in a transaction of its own: the batch runtime keeps its job repository on
 * another, non-XA, datasource inside the chunk transaction, and a transaction takes only one non-XA
 * resource. Writes are idempotent (lines keyed by account), so a chunk replayed after a restart
 * from the last checkpoint changes nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@CrossTenant("runs in a batch job: the business is a job parameter, named in every statement")
public class TrialBalanceRuns {

  @PersistenceContext EntityManager em;
  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject AuditTrail audit;

  /**
   * A PENDING trial balance of the caller's business computed by the job run {@code run}; committed
   * on its own so the job that fills it can see it.
   */
  public UUID create(LocalDate start, LocalDate end, UUID run) {
    UUID id = UUID.randomUUID();
    store
        .nativeQuery(
            "INSERT INTO bk_trial_balance (business_id, id, period_start, period_end, status,"
                + " requested_by, job_run_id, created_at, updated_at)"
                + " VALUES (?1, ?2, ?3, ?4, 'PENDING', ?5, ?6, now(), now())")
        .setParameter(2, id)
        .setParameter(3, Date.valueOf(start))
        .setParameter(4, Date.valueOf(end))
        .setParameter(5, tenant.userId().orElse(null))
        .setParameter(6, run)
        .executeUpdate();
    audit.record(
        "trial_balance.requested",
        "TrialBalance",
        id.toString(),
        Map.of("period_start", start.toString(), "period_end", end.toString()));
    return id;
  }

  public void attach(UUID id, long execution) {
    store
        .nativeQuery(
            "UPDATE bk_trial_balance SET job_execution_id = ?3 WHERE business_id = ?1 AND id = ?2"
                + " AND job_execution_id IS NULL")
        .setParameter(2, id)
        .setParameter(3, execution)
        .executeUpdate();
  }

  /** The sums of the next accounts after {@code afterCode}, in code order. */
  @ReadsReplica
  public List<AccountSum> sums(
      UUID business, LocalDate start, LocalDate end, String afterCode, int limit) {
    EntityManager reads = store.unscopedReads();
    reads.createNativeQuery("SET LOCAL work_mem = '64MB'").executeUpdate();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        reads
            .createNativeQuery(
                // MATERIALIZED: the GROUP BY runs once. As a plain subquery the planner, taking the
                // chart for one row, ran it once per account (15 × 0.5 s over 5 M lines).
                "WITH s AS MATERIALIZED ("
                    + "   SELECT account_id, sum(debit) AS debits, sum(credit) AS credits"
                    + "   FROM bk_ledger_entry WHERE business_id = ?1 AND entry_date BETWEEN ?2 AND ?3"
                    + "   GROUP BY account_id)"
                    + " SELECT a.id, a.code, a.name, a.account_type,"
                    + " coalesce(s.debits, 0), coalesce(s.credits, 0)"
                    + " FROM bk_ledger_account a LEFT JOIN s ON s.account_id = a.id"
                    + " WHERE a.business_id = ?1 AND a.code > ?4 ORDER BY a.code LIMIT ?5")
            .setParameter(1, business)
            .setParameter(2, Date.valueOf(start))
            .setParameter(3, Date.valueOf(end))
            .setParameter(4, afterCode)
            .setParameter(5, limit)
            .getResultList();
    List<AccountSum> sums = new ArrayList<>();
    for (Object[] r : rows) {
      sums.add(
          new AccountSum(
              (UUID) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (BigDecimal) r[4],
              (BigDecimal) r[5]));
    }
    return sums;
  }

  /**
   * Writes a chunk of lines; a line already written by a chunk before a restart stays as it was.
   */
  public void writeLines(UUID trialBalance, UUID business, List<AccountSum> sums) {
    for (AccountSum sum : sums) {
      em.createNativeQuery(
              "INSERT INTO bk_trial_balance_line (trial_balance_id, business_id, account_id,"
                  + " account_code, account_name, account_type, debit, credit)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                  + " ON CONFLICT (trial_balance_id, account_id) DO NOTHING")
          .setParameter(1, trialBalance)
          .setParameter(2, business)
          .setParameter(3, sum.accountId())
          .setParameter(4, sum.code())
          .setParameter(5, sum.name())
          .setParameter(6, sum.type())
          .setParameter(7, sum.netDebit())
          .setParameter(8, sum.netCredit())
          .executeUpdate();
    }
    em.createNativeQuery(
            "UPDATE bk_trial_balance SET accounts_done = (SELECT count(*) FROM bk_trial_balance_line"
                + " WHERE trial_balance_id = ?1), updated_at = now() WHERE id = ?1")
        .setParameter(1, trialBalance)
        .executeUpdate();
  }

  /** The last account code already written: where a resumed run continues. */
  public String lastWrittenCode(UUID trialBalance) {
    Object last =
        em.createNativeQuery(
                "SELECT max(account_code) FROM bk_trial_balance_line WHERE trial_balance_id = ?1")
            .setParameter(1, trialBalance)
            .getSingleResult();
    return last == null ? "" : (String) last;
  }

  /** Trial balances a stopped server left unfinished, with their job parameters. */
  public List<TrialBalanceJob> unfinished() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, business_id, period_start, period_end FROM bk_trial_balance"
                    + " WHERE status IN ('PENDING', 'RUNNING') ORDER BY created_at")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new TrialBalanceJob(
                    (UUID) r[0], (UUID) r[1], SqlValues.date(r[2]), SqlValues.date(r[3])))
        .toList();
  }

  public void markRunning(UUID trialBalance, long execution) {
    em.createNativeQuery(
            "UPDATE bk_trial_balance SET status = 'RUNNING', job_execution_id = ?2, updated_at = now()"
                + " WHERE id = ?1 AND status <> 'COMPLETED'")
        .setParameter(1, trialBalance)
        .setParameter(2, execution)
        .executeUpdate();
  }

  /** Totals the lines and says whether they balance. */
  public void complete(UUID trialBalance) {
    em.createNativeQuery(
            "UPDATE bk_trial_balance t SET total_debit = s.d, total_credit = s.c, is_balanced = (s.d = s.c),"
                + " status = 'COMPLETED', completed_at = now(), updated_at = now()"
                + " FROM (SELECT coalesce(sum(debit), 0) AS d, coalesce(sum(credit), 0) AS c"
                + " FROM bk_trial_balance_line WHERE trial_balance_id = ?1) s WHERE t.id = ?1")
        .setParameter(1, trialBalance)
        .executeUpdate();
  }

  public void fail(UUID trialBalance) {
    em.createNativeQuery(
            "UPDATE bk_trial_balance SET status = 'FAILED', updated_at = now() WHERE id = ?1 AND status <> 'COMPLETED'")
        .setParameter(1, trialBalance)
        .executeUpdate();
  }
}
