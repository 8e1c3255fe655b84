package app.pos.bookkeeping.boundary;

import app.pos.bookkeeping.control.TrialBalanceJob;
import app.pos.platform.boundary.JobRuns;
import app.pos.platform.boundary.JobStarter;
import app.pos.platform.control.CsvTable;
import app.pos.platform.control.JobDefinition;
import app.pos.platform.control.JobDefinition.Parameter;
import app.pos.platform.control.JsonCodec;
import app.pos.platform.control.PosJson;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The trial balance through the jobs API: started as the bookkeeping API starts it (its own record,
 * resumable), its progress and lines copied onto the run when asked.
 */
@Dependent
public class TrialBalanceJobStarter implements JobStarter {

  /** The jobs API offers this job (see {@code Jobs}). */
  @Produces
  public static final JobDefinition DEFINITION =
      new JobDefinition(
          "trial-balance",
          "Debits and credits per account for a period",
          false,
          List.of(
              Parameter.of("period_start", "date", false, null, "default: the 1st of this month"),
              Parameter.of("period_end", "date", false, null, "default: today")));

  @Inject TrialBalances trialBalances;
  @Inject JobRuns runs;

  @Override
  public boolean starts(String jobName) {
    return TrialBalanceJob.NAME.equals(jobName);
  }

  @Override
  public long start(UUID run, Map<String, String> parameters) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    RequestTrialBalance command = new RequestTrialBalance();
    command.periodStart =
        parameters.containsKey("period_start")
            ? LocalDate.parse(parameters.get("period_start"))
            : today.withDayOfMonth(1);
    command.periodEnd =
        parameters.containsKey("period_end")
            ? LocalDate.parse(parameters.get("period_end"))
            : today;
    return trialBalances.request(command, run).batchExecutionId();
  }

  @Override
  public void refresh(JobRuns.Run run) {
    UUID id;
    try (var reader = JsonCodec.JSON.createReader(new StringReader(run.resultJson()))) {
      id = UUID.fromString(reader.readObject().getString("id"));
    }
    TrialBalanceView view = trialBalances.find(id);
    BatchStatus status =
        switch (view.status()) {
          case COMPLETED -> BatchStatus.COMPLETED;
          case FAILED -> BatchStatus.FAILED;
          default -> BatchStatus.STARTED;
        };
    runs.sync(
        run.id(),
        status,
        view.accountsDone(),
        status == BatchStatus.COMPLETED ? view.accountsDone() : null,
        PosJson.jsonb().toJson(view),
        status == BatchStatus.COMPLETED ? csv(view) : null);
  }

  /** The lines as CSV (through the product's one CSV writer), then the totals. */
  static String csv(TrialBalanceView view) {
    CsvTable csv = new CsvTable("account_code", "account_name", "account_type", "debit", "credit");
    for (TrialBalanceView.Line line :
        view.lines() == null ? List.<TrialBalanceView.Line>of() : view.lines()) {
      csv.row(
          line.accountCode(),
          line.accountName(),
          line.accountType(),
          CsvTable.money(line.debit()),
          CsvTable.money(line.credit()));
    }
    csv.row("TOTAL", "", "", CsvTable.money(view.totalDebit()), CsvTable.money(view.totalCredit()));
    return csv.toString();
  }
}
