package app.pos.bookkeeping.control;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.time.LocalDate;
import java.util.Properties;
import java.util.UUID;

/** The parameters of one run of the trial-balance job, read back from the job context. */
public record TrialBalanceJob(
    UUID trialBalanceId, UUID businessId, LocalDate start, LocalDate end) {

  public static final String NAME = "trial-balance";

  public Properties toProperties() {
    Properties p = new Properties();
    p.setProperty("trialBalanceId", trialBalanceId.toString());
    p.setProperty("businessId", businessId.toString());
    p.setProperty("periodStart", start.toString());
    p.setProperty("periodEnd", end.toString());
    return p;
  }

  public static TrialBalanceJob of(JobContext job) {
    Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
    return new TrialBalanceJob(
        UUID.fromString(p.getProperty("trialBalanceId")),
        UUID.fromString(p.getProperty("businessId")),
        LocalDate.parse(p.getProperty("periodStart")),
        LocalDate.parse(p.getProperty("periodEnd")));
  }
}
