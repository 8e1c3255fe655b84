package app.pos.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.Shop;
import io.restassured.response.Response;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Jobs through the API: who may run what, progress, results, and demo data that balances. */
@SharedServer
@Order(5) // a long class: started first, so the run does not wait for it at the end
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsIT {

  static final String JOBS = "admin/api/jobs/";

  @ArquillianResource URL base;
  PosApi api;

  /**
   * The test's own new business, registered when the test first asks for it: see {@link #admin()}.
   */
  private Staff admin;

  /** A business that ran each of these jobs once, whose runs the tests only read. */
  Staff ranEachJob;

  Response trialBalance;
  Response valuation;
  Response salesReport;
  Response releaseDryRun;
  Response integrityCheck;

  /** A business with two runs: a trial balance over October 2026, then an integrity check. */
  Staff twoRuns;

  String octoberTrialBalance;

  /** The platform owner after initialising the system and seeding two demo businesses. */
  Staff platformOwner;

  Response initialised;
  Response seeded;
  long seed;

  @BeforeAll
  void runsTheTestsRead() throws Exception {
    api = new PosApi(base);
    ranEachJob = api.registerBusiness();
    trialBalance = run(ranEachJob, "trial-balance", Map.of());
    valuation = run(ranEachJob, "inventory-valuation", Map.of());
    salesReport =
        run(ranEachJob, "sales-report", Map.of("date_from", "2026-01-01", "date_to", "2026-01-03"));
    releaseDryRun = run(ranEachJob, "release-expired-reservations", Map.of("dry_run", true));
    integrityCheck = run(ranEachJob, "integrity-check", Map.of());

    twoRuns = api.registerBusiness();
    octoberTrialBalance =
        run(
                twoRuns,
                "trial-balance",
                Map.of("period_start", "2026-10-01", "period_end", "2026-10-31"))
            .path("id");
    run(twoRuns, "integrity-check", Map.of());

    platformOwner = api.platformOwner();
    initialised = run(platformOwner, "init-system", Map.of());
    seed = Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
    seeded =
        run(
            platformOwner,
            "seed-demo-data",
            Map.of("owners", 2, "sales", 8, "seed", seed, "max_storefronts", 2));
  }

  @BeforeEach
  void client() {
    api = new PosApi(base);
    admin = null;
  }

  /** The admin of a business of this test's own, which has run nothing yet. */
  Staff admin() {
    if (admin == null) {
      admin = api.registerBusiness();
    }
    return admin;
  }

  Response start(Staff who, String job, Map<String, Object> parameters) {
    return api.as(who).body(parameters).post(JOBS + job + "/");
  }

  /** Starts a job and waits for it to finish; returns the finished execution. */
  Response run(Staff who, String job, Map<String, Object> parameters) throws InterruptedException {
    Response started = start(who, job, parameters);
    started.then().statusCode(202).body("execution_id", notNullValue());
    return api.awaitFinished(who, JOBS + "executions/" + started.path("id") + "/");
  }

  @Test
  void anAdminSeesTheirBusinesssJobsButNotThePlatforms() {
    api.as(ranEachJob)
        .get(JOBS)
        .then()
        .statusCode(200)
        .body("results.name", hasItem("trial-balance"))
        .body("results.name", not(hasItem("seed-demo-data")));
  }

  @Test
  void aTrialBalanceRunsToCompletedWithABalancedResult() {
    trialBalance
        .then()
        .body("status", equalTo("COMPLETED"))
        .body("percent", equalTo(100))
        .body("result_url", endsWith("/result/"));
    api.as(ranEachJob)
        .get(JOBS + "executions/" + trialBalance.path("id") + "/result/")
        .then()
        .statusCode(200)
        .body("is_balanced", equalTo(true));
  }

  @Test
  void anInventoryValuationCompletesWithACsvFromItsHeaderRowToATotal() {
    valuation.then().body("status", equalTo("COMPLETED"));
    String csv =
        api.as(ranEachJob)
            .get(JOBS + "executions/" + valuation.path("id") + "/result/?format=csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines().skip(1).findFirst().orElse(""))
        .isEqualTo(
            "product_id,sku,product_name,location_id,location_name,in_transit,quantity_on_hand,value");
    assertThat(csv).contains("TOTAL");
  }

  @Test
  void aSalesReportCountsItsProgressInDays() {
    salesReport
        .then()
        .body("status", equalTo("COMPLETED"))
        .body("items_done", equalTo(3))
        .body("items_total", equalTo(3));
  }

  @Test
  void aDryRunOfReleasingExpiredReservationsCompletes() {
    releaseDryRun.then().body("status", equalTo("COMPLETED"));
  }

  @Test
  void anIntegrityCheckOfAHealthyBusinessFindsNothingWrong() {
    integrityCheck
        .then()
        .body("status", equalTo("COMPLETED"))
        .body("exit_status", equalTo("COMPLETED"));
    api.as(ranEachJob)
        .get(JOBS + "executions/" + integrityCheck.path("id") + "/result/")
        .then()
        .body("ok", equalTo(true));
  }

  @Test
  void theJobListShowsEachJobsRecentRuns() {
    api.as(ranEachJob)
        .get(JOBS)
        .then()
        .body("results.find { it.name == 'sales-report' }.recent_executions.size()", equalTo(1));
  }

  @Test
  void badJobParametersAreRefusedByField() {
    start(admin(), "trial-balance", Map.of("period_start", "yesterday"))
        .then()
        .statusCode(400)
        .body("errors.period_start", notNullValue());
    start(admin(), "sales-report", Map.of("date_from", "2026-02-01", "date_to", "2026-01-01"))
        .then()
        .statusCode(400)
        .body("errors.date_to", notNullValue());
  }

  @Test
  void aCallerCannotNameTheBusinessAJobRunsFor() {
    start(admin(), "trial-balance", Map.of("business_id", UUID.randomUUID().toString()))
        .then()
        .statusCode(400)
        .body("errors.business_id", notNullValue());
  }

  @Test
  void anUnknownJobIsNotFound() {
    start(admin(), "no-such-job", Map.of()).then().statusCode(404);
  }

  @Test
  void aBusinesssAdminCannotStartThePlatformsJobs() {
    start(admin(), "seed-demo-data", Map.of()).then().statusCode(403);
    start(admin(), "init-system", Map.of()).then().statusCode(403);
  }

  @Test
  void eachRoleGetsWhatTheRoleTableAllowsOnJobs() {
    Staff manager = api.addStaff(admin(), "MANAGER");
    api.as(manager).get(JOBS).then().statusCode(200);
    start(manager, "trial-balance", Map.of()).then().statusCode(403);
    Staff cashier = api.addStaff(admin(), "CASHIER");
    api.as(cashier).get(JOBS).then().statusCode(403);
  }

  @Test
  void scheduledWorkIsClaimedByOneInstanceOfACluster() throws Exception {
    String task = "task-" + UUID.randomUUID();
    List<Integer> claims = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Thread> timers = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread timer =
          new Thread(
              () -> {
                String won =
                    api.anonymous().post("test-support/scheduled/claim?task=" + task).asString();
                claims.add("true".equals(won) ? 1 : 0);
              });
      timer.start();
      timers.add(timer);
    }
    for (Thread timer : timers) {
      timer.join();
    }
    assertThat(claims).hasSize(4);
    assertThat(claims.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
  }

  @Test
  void anotherBusinessCannotSeeOrReadARun() throws Exception {
    Response run = run(admin(), "inventory-valuation", Map.of());
    Staff other = api.registerBusiness();
    api.as(other).get(JOBS + "executions/" + run.path("id") + "/").then().statusCode(404);
    api.as(other).get(JOBS + "executions/" + run.path("id") + "/result/").then().statusCode(404);
    api.as(other)
        .get(JOBS)
        .then()
        .body(
            "results.find { it.name == 'inventory-valuation' }.recent_executions.size()",
            equalTo(0));
  }

  @Test
  void thePlatformOwnerSeesThePlatformsJobs() {
    api.as(platformOwner).get(JOBS).then().body("results.name", hasItem("seed-demo-data"));
  }

  @Test
  void thePlatformOwnerInitialisesTheSystem() {
    initialised.then().body("status", equalTo("COMPLETED"));
  }

  @Test
  void seededDemoBusinessesHaveSalesWithBooksThatBalance() {
    seeded.then().body("status", equalTo("COMPLETED")).body("items_done", equalTo(2));
    List<String> emails =
        api.as(platformOwner)
            .get(JOBS + "executions/" + seeded.path("id") + "/result/")
            .then()
            .statusCode(200)
            .body("password", equalTo("DemoPass123!"))
            .body("created", equalTo(2))
            .extract()
            .path("businesses.owner_email");
    for (String email : emails) {
      String token = api.login(email, "DemoPass123!");
      api.as(token)
          .get("sales/api/sales/")
          .then()
          .body("count", org.hamcrest.Matchers.greaterThan(0));
      api.as(token).get("admin/api/integrity/").then().statusCode(200).body("ok", equalTo(true));
      api.as(token)
          .get("subscriptions/api/subscriptions/current/")
          .then()
          .body("status", equalTo("ACTIVE"))
          .body("plan_code", equalTo("business"));
    }
  }

  @Test
  void theSameSeedCanBeSeededAgain() throws Exception {
    // the same seed again adds nothing twice
    run(platformOwner, "seed-demo-data", Map.of("owners", 2, "sales", 8, "seed", seed))
        .then()
        .body("status", equalTo("COMPLETED"));
  }

  @Test
  void eachRunInTheHistoryShowsWhoStartedItForWhichPeriod() {
    api.as(twoRuns)
        .get(JOBS + "executions/?job=trial-balance")
        .then()
        .statusCode(200)
        .body("count", equalTo(1))
        .body("results[0].id", equalTo(octoberTrialBalance))
        .body("results[0].started_by", equalTo(twoRuns.userId().toString()))
        .body("results[0].started_by_name", equalTo("Olive Owner"))
        .body("results[0].period_start", equalTo("2026-10-01"))
        .body("results[0].period_end", equalTo("2026-10-31"))
        .body("results[0].csv_url", endsWith("/result/?format=csv"));
    api.as(twoRuns).get(JOBS + "executions/").then().body("count", equalTo(2));
  }

  @Test
  void aPeriodFilterKeepsTheRunsWhosePeriodOverlapsIt() {
    api.as(twoRuns)
        .get(JOBS + "executions/?job=trial-balance&period_from=2026-10-15&period_to=2026-11-15")
        .then()
        .body("count", equalTo(1));
    api.as(twoRuns)
        .get(JOBS + "executions/?job=trial-balance&period_from=2026-11-01")
        .then()
        .body("count", equalTo(0));
  }

  @Test
  void aRunLeftWithoutAPeriodRecordsTheDefaultPeriodItCovered() throws Exception {
    Response run = run(admin(), "sales-report", Map.of("date_to", "2026-03-10"));
    run.then()
        .body("parameters.date_from", equalTo("2026-03-04"))
        .body("period_start", equalTo("2026-03-04"))
        .body("period_end", equalTo("2026-03-10"));
  }

  @Test
  void aManagerReadsTheHistoryThatACashierCannot() {
    Staff manager = api.addStaff(twoRuns, "MANAGER");
    api.as(manager).get(JOBS + "executions/").then().statusCode(200).body("count", equalTo(2));
    Staff cashier = api.addStaff(twoRuns, "CASHIER");
    api.as(cashier).get(JOBS + "executions/").then().statusCode(403);
    api.anonymous().get(JOBS + "executions/").then().statusCode(401);
  }

  @Test
  void anotherBusinessSeesNoneOfABusinesssHistory() {
    // twoRuns has two runs; a business of this test's own sees none of them
    Staff other = admin();
    api.as(other).get(JOBS + "executions/").then().statusCode(200).body("count", equalTo(0));
  }

  @Test
  void platformRunsAreInThePlatformOwnersHistoryOnly() {
    String id = initialised.path("id");
    api.as(platformOwner)
        .get(JOBS + "executions/?job=init-system&page_size=200")
        .then()
        .statusCode(200)
        .body("results.id", hasItem(id));
    api.as(ranEachJob).get(JOBS + "executions/?job=init-system").then().body("count", equalTo(0));
  }

  @Test
  void historyFiltersThatAreNotDatesOrJobsAreRefusedByField() {
    api.as(admin())
        .get(JOBS + "executions/?job=nope&period_from=31/12/2026&period_to=2026-01-01")
        .then()
        .statusCode(400)
        .body("errors.job", notNullValue())
        .body("errors.period_from", notNullValue());
    api.as(admin())
        .get(JOBS + "executions/?period_from=2026-02-01&period_to=2026-01-01")
        .then()
        .statusCode(400)
        .body("errors.period_to", notNullValue());
  }

  @Test
  void twoTrialBalancesCompareRowByRowWithTheirDifferences() throws Exception {
    stockWorth50();
    String before =
        run(
                admin(),
                "trial-balance",
                Map.of("period_start", "2026-01-01", "period_end", "2026-01-31"))
            .path("id");
    String after = run(admin(), "trial-balance", Map.of()).path("id");
    api.as(admin())
        .get(JOBS + "executions/compare/?a=" + before + "&b=" + after)
        .then()
        .statusCode(200)
        .body("job_name", equalTo("trial-balance"))
        .body("figures", equalTo(List.of("debit", "credit")))
        .body("a.id", equalTo(before))
        .body("b.id", equalTo(after))
        .body("rows.find { it.key == '1200' }.a.debit", equalTo("0.00"))
        .body("rows.find { it.key == '1200' }.b.debit", equalTo("50.00"))
        .body("rows.find { it.key == '1200' }.difference.debit", equalTo("50.00"))
        .body("totals.difference.credit", equalTo("50.00"));
  }

  @Test
  void runsOfDifferentJobsOrUnfinishedOrMissingAreNotCompared() throws Exception {
    String tb = run(admin(), "trial-balance", Map.of()).path("id");
    String integrity = run(admin(), "integrity-check", Map.of()).path("id");
    api.as(admin())
        .get(JOBS + "executions/compare/?a=" + tb + "&b=" + integrity)
        .then()
        .statusCode(400)
        .body("errors.b", notNullValue());
    api.as(admin())
        .get(JOBS + "executions/compare/?a=" + integrity + "&b=" + integrity)
        .then()
        .statusCode(400)
        .body("errors.a", notNullValue());
    api.as(admin())
        .get(JOBS + "executions/compare/?a=not-an-id")
        .then()
        .statusCode(400)
        .body("errors.a", notNullValue())
        .body("errors.b", notNullValue());
    Staff other = api.registerBusiness();
    api.as(other).get(JOBS + "executions/compare/?a=" + tb + "&b=" + tb).then().statusCode(404);
  }

  @Test
  void everyResultWithRowsHasACsvNamedAfterTheBusinessThenJobThenPeriod() throws Exception {
    stockWorth50();
    String id =
        run(
                admin(),
                "trial-balance",
                Map.of("period_start", "2026-01-01", "period_end", "2026-12-31"))
            .path("id");
    Response csv = api.as(admin()).get(JOBS + "executions/" + id + "/result/?format=csv");
    csv.then().statusCode(200);
    // the business is "Shop <e-mail>": its name in lower case with dashes
    assertThat(csv.header("Content-Disposition"))
        .matches(
            "attachment; filename=\"shop-owner[a-z0-9-]*-trial-balance-2026-01-01_2026-12-31\\.csv\"");
    assertThat(csv.asString())
        .contains("\r\naccount_code,account_name,account_type,debit,credit\r\n")
        .contains("\"1200\"")
        .contains("\"TOTAL\",\"\",\"\",50.00,50.00");
  }

  @Test
  void aResultsFileSaysWhoseFiguresForWhichPeriodInWhichTimeZone() throws Exception {
    stockWorth50();
    String id =
        run(
                admin(),
                "trial-balance",
                Map.of("period_start", "2026-01-01", "period_end", "2026-12-31"))
            .path("id");
    String business = api.as(admin()).get("accounts/api/business/").path("name");
    String zone = api.as(admin()).get("accounts/api/business/").path("time_zone");
    String csv =
        api.as(admin())
            .get(JOBS + "executions/" + id + "/result/?format=csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines().findFirst().orElse(""))
        .isEqualTo(
            "# " + business + " - trial-balance - 2026-01-01 to 2026-12-31 - time zone " + zone);
  }

  @Test
  void theValuationFileNamesEachProductOrLocationBesideItsId() throws Exception {
    stockWorth50();
    String id = run(admin(), "inventory-valuation", Map.of()).path("id");
    String csv =
        api.as(admin())
            .get(JOBS + "executions/" + id + "/result/?format=csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv).contains("\"TEA\",\"Tea\"").contains("\"Main\"");
  }

  @Test
  void aTwoYearSalesReportRunsToCompletedWithItsStorefrontSplit() throws Exception {
    Response report =
        run(admin(), "sales-report", Map.of("date_from", "2024-01-01", "date_to", "2025-12-31"));
    report.then().body("status", equalTo("COMPLETED")).body("items_total", equalTo(731));
    api.as(admin())
        .get(JOBS + "executions/" + report.path("id") + "/result/")
        .then()
        .body("rows.size()", equalTo(0))
        .body("storefronts", notNullValue());
  }

  @Test
  void aJobPeriodOfMoreThanTenYearsIsRefused() {
    start(admin(), "sales-report", Map.of("date_from", "2000-01-01", "date_to", "2025-12-31"))
        .then()
        .statusCode(400)
        .body("errors.date_to", notNullValue());
  }

  /** Receives 10 units at 5.00: stock worth 50.00 (1200 debit, 2000 credit). */
  void stockWorth50() {
    Shop shop = Shop.of(api, admin(), "Main");
    shop.receive(shop.product("TEA", "Tea"), "10", "5.00", "9.00", "8.00");
  }
}
