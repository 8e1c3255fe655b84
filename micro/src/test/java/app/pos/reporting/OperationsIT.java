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
import io.restassured.response.Response;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jobs through the API: who may run what, progress, results, and demo data that balances. */
@SharedServer
class OperationsIT {

  static final String JOBS = "admin/api/jobs/";

  @ArquillianResource URL base;
  PosApi api;
  Staff admin;

  @BeforeEach
  void business() {
    api = new PosApi(base);
    admin = api.registerBusiness();
  }

  Response start(Staff who, String job, Map<String, Object> parameters) {
    return api.as(who).body(parameters).post(JOBS + job + "/");
  }

  /** Starts a job and waits for it to finish; returns the finished execution. */
  Response run(Staff who, String job, Map<String, Object> parameters) throws InterruptedException {
    Response started = start(who, job, parameters);
    started.then().statusCode(202).body("execution_id", notNullValue());
    String id = started.path("id");
    Response execution = null;
    for (int i = 0; i < 600; i++) {
      execution = api.as(who).get(JOBS + "executions/" + id + "/");
      String status = execution.path("status");
      if (status.equals("COMPLETED") || status.equals("FAILED") || status.equals("STOPPED")) {
        break;
      }
      Thread.sleep(200);
    }
    return execution;
  }

  @Test
  void anAdminRunsTheirBusinessesJobsAndSeesProgressAndResults() throws Exception {
    api.as(admin)
        .get(JOBS)
        .then()
        .statusCode(200)
        .body("results.name", hasItem("trial-balance"))
        .body("results.name", not(hasItem("seed-demo-data")));
    Response tb = run(admin, "trial-balance", Map.of());
    tb.then()
        .body("status", equalTo("COMPLETED"))
        .body("percent", equalTo(100))
        .body("result_url", endsWith("/result/"));
    api.as(admin)
        .get(JOBS + "executions/" + tb.path("id") + "/result/")
        .then()
        .statusCode(200)
        .body("is_balanced", equalTo(true));

    Response valuation = run(admin, "inventory-valuation", Map.of());
    valuation.then().body("status", equalTo("COMPLETED"));
    String csv =
        api.as(admin)
            .get(JOBS + "executions/" + valuation.path("id") + "/result/?format=csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv).startsWith("product_id,sku").contains("TOTAL");

    run(admin, "sales-report", Map.of("date_from", "2026-01-01", "date_to", "2026-01-03"))
        .then()
        .body("status", equalTo("COMPLETED"))
        .body("items_done", equalTo(3))
        .body("items_total", equalTo(3));
    run(admin, "release-expired-reservations", Map.of("dry_run", true))
        .then()
        .body("status", equalTo("COMPLETED"));
    Response integrity = run(admin, "integrity-check", Map.of());
    integrity.then().body("status", equalTo("COMPLETED")).body("exit_status", equalTo("COMPLETED"));
    api.as(admin)
        .get(JOBS + "executions/" + integrity.path("id") + "/result/")
        .then()
        .body("ok", equalTo(true));
    api.as(admin)
        .get(JOBS)
        .then()
        .body("results.find { it.name == 'sales-report' }.recent_executions.size()", equalTo(1));
  }

  @Test
  void parametersAreCheckedAndTheBusinessIsNeverTheCallers() {
    start(admin, "trial-balance", Map.of("business_id", UUID.randomUUID().toString()))
        .then()
        .statusCode(400)
        .body("errors.business_id", notNullValue());
    start(admin, "trial-balance", Map.of("period_start", "yesterday"))
        .then()
        .statusCode(400)
        .body("errors.period_start", notNullValue());
    start(admin, "sales-report", Map.of("date_from", "2026-02-01", "date_to", "2026-01-01"))
        .then()
        .statusCode(400)
        .body("errors.date_to", notNullValue());
    start(admin, "no-such-job", Map.of()).then().statusCode(404);
    start(admin, "seed-demo-data", Map.of()).then().statusCode(403);
    start(admin, "init-system", Map.of()).then().statusCode(403);
    Staff manager = api.addStaff(admin, "MANAGER");
    api.as(manager).get(JOBS).then().statusCode(200);
    start(manager, "trial-balance", Map.of()).then().statusCode(403);
    Staff cashier = api.addStaff(admin, "CASHIER");
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
    Response run = run(admin, "inventory-valuation", Map.of());
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
  void thePlatformOwnerInitialisesAndSeedsDemoBusinessesWhoseBooksBalance() throws Exception {
    Staff owner = api.platformOwner();
    api.as(owner).get(JOBS).then().body("results.name", hasItem("seed-demo-data"));
    run(owner, "init-system", Map.of()).then().body("status", equalTo("COMPLETED"));
    long seed = Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
    Response seeded =
        run(
            owner,
            "seed-demo-data",
            Map.of("owners", 2, "sales", 8, "seed", seed, "max_storefronts", 2));
    seeded.then().body("status", equalTo("COMPLETED")).body("items_done", equalTo(2));
    List<String> emails =
        api.as(owner)
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
    // the same seed again adds nothing twice
    run(owner, "seed-demo-data", Map.of("owners", 2, "sales", 8, "seed", seed))
        .then()
        .body("status", equalTo("COMPLETED"));
  }
}
