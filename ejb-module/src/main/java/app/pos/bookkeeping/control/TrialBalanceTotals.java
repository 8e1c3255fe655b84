package app.pos.bookkeeping.control;

import app.pos.bookkeeping.boundary.TrialBalanceRuns;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The last step: totals, is_balanced, COMPLETED. */
@Named
@Dependent
public class TrialBalanceTotals extends AbstractBatchlet {

  @Inject JobContext jobContext;
  @Inject TrialBalanceRuns runs;

  @Override
  public String process() {
    runs.complete(TrialBalanceJob.of(jobContext).trialBalanceId());
    return "COMPLETED";
  }
}
