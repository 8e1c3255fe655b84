package app.pos.reporting.control;

import app.pos.platform.control.JobDefinition;
import app.pos.platform.control.TenantJob;
import app.pos.reporting.boundary.IntegrityChecks;
import app.pos.reporting.boundary.IntegrityReport;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;

/** integrity-check: the integrity checks of the business, as the endpoint runs them. */
@Named("integrityCheckJob")
@Dependent
public class IntegrityCheckJob extends TenantJob {

  /** The jobs API offers this job (see {@code Jobs}). */
  @Produces
  public static final JobDefinition DEFINITION =
      new JobDefinition(
          "integrity-check",
          "The integrity checks of the business: balanced entries, stock and receivables"
              + " against the books, completed sales posted and paid",
          false,
          List.of());

  @Inject IntegrityChecks checks;

  @Override
  protected Result work(Properties parameters, Progress progress) {
    IntegrityReport report = checks.run();
    progress.done(report.checks().size(), report.checks().size());
    // the run completes either way (the report is its result); its exit status says which
    return new Result(report, null, report.ok() ? "COMPLETED" : "VIOLATIONS FOUND");
  }
}
