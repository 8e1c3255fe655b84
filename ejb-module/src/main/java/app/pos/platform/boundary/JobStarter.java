package app.pos.platform.boundary;

import java.util.Map;
import java.util.UUID;

/**
 * A job that is started through its own use case rather than directly (the trial balance has its
 * own records and API), and keeps its own progress, which it reports on the run.
 */
public interface JobStarter {

  boolean starts(String jobName);

  /** Starts the job; returns the batch execution id. */
  long start(UUID run, Map<String, String> parameters);

  /** Copies the job's own status, progress and result onto the run. */
  void refresh(JobRuns.Run run);
}
