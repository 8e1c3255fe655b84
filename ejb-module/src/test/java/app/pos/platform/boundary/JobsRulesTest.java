package app.pos.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.JobDefinition;
import app.pos.reporting.control.SalesReportJob;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JobsRulesTest {

  /** The jobs this test validates against, as their components offer them. */
  static JobDefinition job(String name) {
    return Stream.of(SalesReportJob.DEFINITION)
        .filter(j -> j.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aTrialBalanceWithoutDatesRecordsTheMonthToDate() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<String, String> resolved = Jobs.withPeriod("trial-balance", Map.of());
    assertThat(resolved)
        .containsEntry("period_start", today.withDayOfMonth(1).toString())
        .containsEntry("period_end", today.toString());
  }

  @Test
  void aSalesReportWithOnlyItsLastDayCoversTheSevenDaysToIt() {
    assertThat(Jobs.withPeriod("sales-report", Map.of("date_to", "2026-03-10")))
        .containsEntry("date_from", "2026-03-04")
        .containsEntry("date_to", "2026-03-10");
  }

  @Test
  void aJobWithoutAPeriodKeepsItsParametersAsGiven() {
    assertThat(Jobs.withPeriod("integrity-check", Map.of())).isEmpty();
  }

  @Test
  void aDefaultStartAfterTheGivenEndIsRefusedOnTheEnd() {
    String future = LocalDate.now(ZoneOffset.UTC).plusDays(3).toString();
    assertThatThrownBy(
            () ->
                Jobs.withPeriod(
                    "sales-report", Map.of("date_from", future, "date_to", "2020-01-01")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Jobs.withPeriod("trial-balance", Map.of("period_start", future)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors()).containsKey("period_end"));
  }

  @Test
  void aPeriodOfMoreThanTenYearsIsRefusedOnItsLastDay() {
    assertThatThrownBy(
            () ->
                Jobs.validate(
                    job("sales-report"),
                    Map.of("date_from", "2000-01-01", "date_to", "2025-12-31")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors()).containsKey("date_to"));
  }

  @Test
  void aTwoYearPeriodIsAccepted() {
    assertThat(
            Jobs.validate(
                job("sales-report"), Map.of("date_from", "2024-01-01", "date_to", "2025-12-31")))
        .containsEntry("date_from", "2024-01-01");
  }

  @Test
  void theFileNameOfABusinessIsItsNameInLowerCaseWithDashes() {
    assertThat(Jobs.slug("Café Zürich & Sons, Ltd.")).isEqualTo("cafe-zurich-sons-ltd");
    assertThat(Jobs.slug("  ")).isEqualTo("business");
    assertThat(Jobs.slug("x".repeat(100))).hasSize(60);
  }
}
