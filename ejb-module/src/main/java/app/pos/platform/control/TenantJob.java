package app.pos.platform.control;

import app.pos.platform.boundary.JobRuns;
import app.pos.platform.entity.Role;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The shape of every job started through the jobs API: read the run id, the business (set by the
 * server) and the caller's parameters from the job; act as that business inside a request context
 * of its own (batch threads have none), through the same use cases the API calls; record progress
 * and the result on the run.
 */
public abstract class TenantJob extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(TenantJob.class.getName());

  @Inject JobContext job;
  @Inject RequestContextController requestContext;
  @Inject protected CurrentTenant tenant;
  @Inject protected JobRuns runs;

  /** What a job produced: JSON for the API and console, optionally CSV, and its exit status. */
  public record Result(Object body, String csv, String exitStatus) {

    public Result(Object body, String csv) {
      this(body, csv, "COMPLETED");
    }
  }

  /** Reports how far the job is. */
  @FunctionalInterface
  public interface Progress {
    void done(int items, Integer total);
  }

  protected abstract Result work(Properties parameters, Progress progress) throws Exception;

  @Override
  public String process() throws Exception {
    Properties parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
    UUID run = UUID.fromString(parameters.getProperty("runId"));
    boolean activated = requestContext.activate();
    try {
      String business = parameters.getProperty("businessId");
      if (business != null) {
        String startedBy = parameters.getProperty("startedBy");
        tenant.bind(
            UUID.fromString(business),
            startedBy == null ? null : UUID.fromString(startedBy),
            Role.ADMIN,
            false);
      }
      runs.started(run, null);
      Result result = work(parameters, (done, total) -> runs.progress(run, done, total));
      runs.complete(run, PosJson.jsonb().toJson(result.body()), result.csv(), "COMPLETED");
      LOG.info(() -> job.getJobName() + " run " + run + " completed");
      return "COMPLETED";
    } catch (Exception e) {
      LOG.log(Level.WARNING, job.getJobName() + " run " + run + " failed", e);
      // a rule the job hit reads as its message; anything else is the server's to explain
      runs.fail(
          run,
          e instanceof DomainException
              ? e.getMessage()
              : "the job failed unexpectedly; the server log has the details of run " + run);
      throw e;
    } finally {
      if (activated) {
        requestContext.deactivate();
      }
    }
  }
}
