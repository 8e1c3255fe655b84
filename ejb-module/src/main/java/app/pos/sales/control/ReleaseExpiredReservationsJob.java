package app.pos.sales.control;

import app.pos.platform.control.TenantJob;
import app.pos.sales.boundary.Reservations;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/** release-expired-reservations: the business's expired reservations, released unless a dry run. */
@Named("releaseExpiredReservationsJob")
@Dependent
public class ReleaseExpiredReservationsJob extends TenantJob {

  @Inject Reservations reservations;

  @Override
  protected Result work(Properties parameters, Progress progress) {
    Reservations.ReleaseReport report =
        reservations.releaseExpired(Boolean.parseBoolean(parameters.getProperty("dry_run")));
    progress.done(report.reservations().size(), report.reservations().size());
    return new Result(report, null);
  }
}
