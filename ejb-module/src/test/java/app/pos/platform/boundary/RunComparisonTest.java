package app.pos.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.BatchStatus;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RunComparisonTest {

  static Jobs.ExecutionView run(String job) {
    UUID id = UUID.randomUUID();
    return new Jobs.ExecutionView(
        id,
        id,
        job,
        job,
        1L,
        BatchStatus.COMPLETED,
        null,
        1,
        1,
        100,
        Map.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        "COMPLETED",
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void trialBalancesMatchByAccountShowingTheSecondRunLessTheFirst() {
    String a =
        "{\"lines\":[{\"account_code\":\"1200\",\"account_name\":\"Inventory\",\"debit\":\"40.00\","
            + "\"credit\":\"0.00\"}]}";
    String b =
        "{\"lines\":[{\"account_code\":\"1200\",\"account_name\":\"Inventory\",\"debit\":\"50.00\","
            + "\"credit\":\"0.00\"},{\"account_code\":\"2000\",\"account_name\":\"Payables\","
            + "\"debit\":\"0.00\",\"credit\":\"50.00\"}]}";
    RunComparison.Comparison c = RunComparison.of(run("trial-balance"), a, run("trial-balance"), b);
    assertThat(c.rows()).hasSize(2);
    RunComparison.Row stock = c.rows().get(0);
    assertThat(stock.key()).isEqualTo("1200");
    assertThat(stock.difference()).containsEntry("debit", "10.00");
    RunComparison.Row payables = c.rows().get(1);
    assertThat(payables.a()).containsEntry("credit", "0.00");
    assertThat(payables.difference()).containsEntry("credit", "50.00");
    assertThat(c.totals().b()).containsEntry("debit", "50.00").containsEntry("credit", "50.00");
  }

  @Test
  void salesReportsMatchByStorefront() {
    String a =
        "{\"storefronts\":[{\"key\":\"s1\",\"label\":\"Main\",\"figures\":{\"sales_count\":2,"
            + "\"gross\":\"20.00\",\"discounts\":\"0.00\",\"tax\":\"2.00\",\"net\":\"18.00\","
            + "\"margin\":\"8.00\"}}]}";
    RunComparison.Comparison c =
        RunComparison.of(run("sales-report"), a, run("sales-report"), "{}");
    assertThat(c.rows().get(0).label()).isEqualTo("Main");
    assertThat(c.rows().get(0).difference()).containsEntry("sales_count", "-2");
  }

  @Test
  void onlyJobsWithRowsCompare() {
    assertThat(RunComparison.comparable("trial-balance")).isTrue();
    assertThat(RunComparison.comparable("integrity-check")).isFalse();
  }
}
