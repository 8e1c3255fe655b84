package app.pos.sales.control;

import app.pos.platform.control.JobDefinition;
import app.pos.platform.control.JobDefinition.Parameter;
import app.pos.platform.control.TenantJob;
import app.pos.sales.boundary.Reservations;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;

/** release-expired-reservations: the business's expired reservations, released unless a dry run. */
@Named("releaseExpiredReservationsJob")
@Dependent
public class ReleaseExpiredReservationsJob extends TenantJob {

  /** The jobs API offers this job (see {@code Jobs}). */
  @Produces
  public static final JobDefinition DEFINITION =
      new JobDefinition(
          "release-expired-reservations",
          "Release the stock of pending sales whose reservation has expired",
          false,
          List.of(Parameter.of("dry_run", "boolean", false, "false", "only list them")));

  @Inject Reservations reservations;

  @Override
  protected Result work(Properties parameters, Progress progress) {
    Reservations.ReleaseReport report =
        reservations.releaseExpired(Boolean.parseBoolean(parameters.getProperty("dry_run")));
    progress.done(report.reservations().size(), report.reservations().size());
    return new Result(report, null);
  }
}
