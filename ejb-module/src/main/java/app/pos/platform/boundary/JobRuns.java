package app.pos.platform.boundary;

import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.SqlValues;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The record of each job run: status, progress (items done of total) and result. Written in its own
 * short transactions, so progress shows while the job runs and survives the job's failure.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@CrossTenant("job runs are written from batch threads; each row names its business")
public class JobRuns {

  @PersistenceContext EntityManager em;
  @jakarta.inject.Inject app.pos.platform.control.BusinessMetrics metrics;

  /** A run as stored. */
  public record Run(
      UUID id,
      UUID businessId,
      String jobName,
      Long executionId,
      String parameters,
      BatchStatus status,
      int itemsDone,
      Integer itemsTotal,
      String exitStatus,
      String resultJson,
      String resultCsv,
      UUID startedBy,
      String startedByName,
      LocalDate periodStart,
      LocalDate periodEnd,
      boolean hasCsv,
      Instant startedAt,
      Instant endedAt) {

    public boolean finished() {
      return status == BatchStatus.COMPLETED
          || status == BatchStatus.FAILED
          || status == BatchStatus.STOPPED;
    }
  }

  private static final String COLUMNS =
      "id, business_id, job_name, execution_id, parameters, status, items_done, items_total,"
          + " exit_status, result_json, result_csv, started_by, started_by_name, period_start,"
          + " period_end, result_csv IS NOT NULL, started_at, ended_at";

  /** The same without the results, for lists: each row says only whether it has a CSV. */
  private static final String LIST_COLUMNS =
      COLUMNS.replace("result_json, result_csv,", "NULL, NULL,");

  /**
   * A new run; the name of who started it is copied from their account now, so the history keeps
   * the name they had then.
   */
  public void create(
      UUID id,
      UUID business,
      String job,
      String parameters,
      UUID startedBy,
      LocalDate periodStart,
      LocalDate periodEnd) {
    em.createNativeQuery(
            "INSERT INTO ops_job_run (id, business_id, job_name, parameters, status, started_by,"
                + " started_by_name, period_start, period_end, started_at) VALUES (?1, ?2, ?3, ?4,"
                + " 'STARTING', ?5, (SELECT first_name || ' ' || last_name FROM acc_user WHERE id"
                + " = ?5), ?6, ?7, now())")
        .setParameter(1, id)
        .setParameter(2, business)
        .setParameter(3, job)
        .setParameter(4, parameters)
        .setParameter(5, startedBy)
        .setParameter(6, periodStart)
        .setParameter(7, periodEnd)
        .executeUpdate();
  }

  public void attach(UUID id, long executionId) {
    update("UPDATE ops_job_run SET execution_id = ?2 WHERE id = ?1", id, executionId);
  }

  public void started(UUID id, Integer total) {
    update(
        "UPDATE ops_job_run SET status = 'STARTED', items_total = ?2 WHERE id = ?1 AND status = 'STARTING'",
        id,
        total);
  }

  public void progress(UUID id, int done, Integer total) {
    update(
        "UPDATE ops_job_run SET status = 'STARTED', items_done = ?2, items_total = ?3 WHERE id = ?1",
        id,
        done,
        total);
  }

  public void complete(UUID id, String json, String csv, String exitStatus) {
    find(id).ifPresent(run -> metrics.jobRun(run.jobName(), "COMPLETED"));
    update(
        "UPDATE ops_job_run SET status = 'COMPLETED', result_json = ?2, result_csv = ?3,"
            + " exit_status = ?4, items_done = coalesce(items_total, items_done), ended_at = now()"
            + " WHERE id = ?1",
        id,
        json,
        csv,
        exitStatus);
  }

  public void fail(UUID id, String message) {
    find(id).ifPresent(run -> metrics.jobRun(run.jobName(), "FAILED"));
    update(
        "UPDATE ops_job_run SET status = 'FAILED', exit_status = ?2, ended_at = now() WHERE id = ?1",
        id,
        message == null ? "failed" : message.length() > 500 ? message.substring(0, 500) : message);
  }

  /** Status and progress taken from elsewhere (the trial-balance job keeps its own). */
  public void sync(UUID id, BatchStatus status, int done, Integer total, String json) {
    sync(id, status, done, total, json, null);
  }

  /** The same with the result's CSV, once the job that keeps its own results has one. */
  public void sync(UUID id, BatchStatus status, int done, Integer total, String json, String csv) {
    update(
        "UPDATE ops_job_run SET status = ?2, items_done = ?3, items_total = ?4, result_json = ?5,"
            + " result_csv = coalesce(?6, result_csv),"
            + " ended_at = CASE WHEN ?2 IN ('COMPLETED', 'FAILED', 'STOPPED') THEN coalesce(ended_at, now())"
            + " END, exit_status = CASE WHEN ?2 IN ('COMPLETED', 'FAILED', 'STOPPED') THEN ?2 END"
            + " WHERE id = ?1",
        id,
        status.name(),
        done,
        total,
        json,
        csv);
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Run> find(UUID id) {
    return rows("SELECT " + COLUMNS + " FROM ops_job_run WHERE id = ?1", id).stream().findFirst();
  }

  /** Recent runs of a job, of one business (or the platform's when {@code business} is null). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Run> recent(String job, UUID business, int limit) {
    return business == null
        ? rows(
            "SELECT "
                + COLUMNS
                + " FROM ops_job_run WHERE job_name = ?1 AND business_id IS NULL"
                + " ORDER BY started_at DESC LIMIT "
                + limit,
            job)
        : rows(
            "SELECT "
                + COLUMNS
                + " FROM ops_job_run WHERE job_name = ?1 AND business_id = ?2"
                + " ORDER BY started_at DESC LIMIT "
                + limit,
            job,
            business);
  }

  /**
   * Runs of one business (and, with {@code platform}, the platform's own runs), newest first,
   * optionally of one job and overlapping a period (a run without one counts on the day it started,
   * UTC).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public app.pos.platform.control.Page<Run> history(
      UUID business,
      boolean platform,
      String job,
      LocalDate from,
      LocalDate to,
      app.pos.platform.control.PageRequest page) {
    StringBuilder where =
        new StringBuilder(business == null ? " WHERE (FALSE" : " WHERE (business_id = ?1");
    where.append(platform ? " OR business_id IS NULL)" : ")");
    if (job != null) {
      where.append(" AND job_name = ?2");
    }
    if (from != null) {
      where.append(" AND coalesce(period_end, CAST(started_at AT TIME ZONE 'UTC' AS date)) >= ?3");
    }
    if (to != null) {
      where.append(
          " AND coalesce(period_start, CAST(started_at AT TIME ZONE 'UTC' AS date)) <= ?4");
    }
    Object[] params = {business, job, from, to};
    var count = em.createNativeQuery("SELECT count(*) FROM ops_job_run" + where);
    bind(count, params);
    long total = ((Number) count.getSingleResult()).longValue();
    List<Run> rows =
        rows(
            "SELECT "
                + LIST_COLUMNS
                + " FROM ops_job_run"
                + where
                + " ORDER BY started_at DESC, id LIMIT "
                + page.pageSize()
                + " OFFSET "
                + page.offset(),
            params);
    return new app.pos.platform.control.Page<>(total, page, rows);
  }

  private static void bind(jakarta.persistence.Query query, Object[] params) {
    for (int i = 0; i < params.length; i++) {
      if (params[i] != null) {
        query.setParameter(i + 1, params[i]);
      }
    }
  }

  private void update(String sql, Object... params) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    query.executeUpdate();
  }

  private List<Run> rows(String sql, Object... params) {
    var query = em.createNativeQuery(sql);
    bind(query, params);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new Run(
                    (UUID) r[0],
                    (UUID) r[1],
                    (String) r[2],
                    r[3] == null ? null : ((Number) r[3]).longValue(),
                    (String) r[4],
                    BatchStatus.valueOf((String) r[5]),
                    ((Number) r[6]).intValue(),
                    r[7] == null ? null : ((Number) r[7]).intValue(),
                    (String) r[8],
                    (String) r[9],
                    (String) r[10],
                    (UUID) r[11],
                    (String) r[12],
                    SqlValues.date(r[13]),
                    SqlValues.date(r[14]),
                    Boolean.TRUE.equals(r[15]),
                    SqlValues.instant(r[16]),
                    SqlValues.instant(r[17])))
        .toList();
  }
}
