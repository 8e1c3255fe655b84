package app.pos.bookkeeping.boundary;

import app.pos.bookkeeping.control.TrialBalanceJob;
import app.pos.platform.boundary.DatabaseMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start-up, starts again the trial balances a stopped server left PENDING or RUNNING. The batch
 * runtime's own job repository may not survive a restart (Payara Micro keeps it in memory), so the
 * product resumes from its own tables: the new execution continues after the last line written.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrialBalanceResumption {

  private static final Logger LOG = Logger.getLogger(TrialBalanceResumption.class.getName());

  @Inject TrialBalanceRuns runs;
  @Inject DatabaseMigrator migrated; // the schema must exist first

  @PostConstruct
  void atStartUp() {
    resumeUnfinished();
  }

  public void resumeUnfinished() {
    for (TrialBalanceJob job : runs.unfinished()) {
      long execution =
          BatchRuntime.getJobOperator().start(TrialBalanceJob.NAME, job.toProperties());
      runs.markRunning(job.trialBalanceId(), execution);
      LOG.info(
          () -> "Resumed trial balance " + job.trialBalanceId() + " as execution " + execution);
    }
  }
}
