package app.pos.bookkeeping.control;

import app.pos.bookkeeping.boundary.TrialBalanceRuns;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Writes a chunk of trial balance lines in the chunk's transaction. */
@Named
@Dependent
public class TrialBalanceWriter extends AbstractItemWriter {

  @Inject JobContext jobContext;
  @Inject TrialBalanceRuns runs;

  @Override
  public void writeItems(List<Object> items) {
    TrialBalanceJob job = TrialBalanceJob.of(jobContext);
    runs.writeLines(
        job.trialBalanceId(),
        job.businessId(),
        items.stream().map(AccountSum.class::cast).toList());
  }
}
