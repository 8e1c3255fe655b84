package app.pos.bookkeeping.control;

import app.pos.bookkeeping.boundary.TrialBalanceRuns;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Marks the trial balance FAILED when the job ends in failure, so no one waits for it. */
@Named
@Dependent
public class TrialBalanceJobListener extends AbstractJobListener {

  @Inject JobContext jobContext;
  @Inject TrialBalanceRuns runs;

  @Override
  public void afterJob() {
    if (jobContext.getBatchStatus() == BatchStatus.FAILED
        || jobContext.getBatchStatus() == BatchStatus.STOPPED) {
      runs.fail(TrialBalanceJob.of(jobContext).trialBalanceId());
    }
  }
}
