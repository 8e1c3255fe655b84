package app.pos.bookkeeping.boundary;

import app.pos.audit.boundary.AuditTrail;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The trial balance row, committed on its own so the job that fills it can see it. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TrialBalanceRecords {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject AuditTrail audit;

  /** A PENDING trial balance computed by the job run {@code run}. */
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
}
