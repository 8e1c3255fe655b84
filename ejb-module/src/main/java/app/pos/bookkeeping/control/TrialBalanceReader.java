package app.pos.bookkeeping.control;

import app.pos.bookkeeping.boundary.TrialBalanceRuns;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads account sums a page at a time, in account-code order; the checkpoint is the last code
 * handed out.
 */
@Named
@Dependent
public class TrialBalanceReader extends AbstractItemReader {

  private static final int PAGE = 500;

  @Inject JobContext jobContext;
  @Inject TrialBalanceRuns runs;

  private TrialBalanceJob job;
  private String lastCode = "";
  private final Deque<AccountSum> buffer = new ArrayDeque<>();
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    job = TrialBalanceJob.of(jobContext);
    runs.markRunning(job.trialBalanceId(), jobContext.getExecutionId());
    // a checkpoint when the batch runtime restarts this execution; otherwise resume after the
    // lines an interrupted earlier execution already wrote (none for a new trial balance)
    lastCode =
        checkpoint != null ? (String) checkpoint : runs.lastWrittenCode(job.trialBalanceId());
  }

  @Override
  public Object readItem() {
    if (buffer.isEmpty() && !exhausted) {
      var page = runs.sums(job.businessId(), job.start(), job.end(), lastCode, PAGE);
      buffer.addAll(page);
      exhausted = page.size() < PAGE;
    }
    AccountSum next = buffer.poll();
    if (next != null) {
      lastCode = next.code();
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastCode;
  }
}
