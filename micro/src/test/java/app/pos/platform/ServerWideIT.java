package app.pos.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.pos.devkit.ApiContract;
import app.pos.devkit.Inbox;
import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.TestDatabaseSession;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The checks of the platform spine that see the whole server: every table's rows, every pooled
 * connection, the whole application log, the platform owner every class signs in as (a sign-in
 * speaks for the membership used last). They run alone; the rest of the spine is {@link
 * PlatformIT}, beside other classes.
 */
@SharedServer
@Isolated(
    "it counts every table's rows around its hostile sweep, drops the pool's database connections,"
        + " reads the whole application log and gives the shared platform owner a second membership")
class ServerWideIT {

  @ArquillianResource URL base;

  private static final String PROBE = "test-support/idempotency-probe/";

  private RequestSpecification api() {
    return given().baseUri(base.toString()).urlEncodingEnabled(true);
  }

  private String root() {
    // the health and metrics endpoints of the server itself
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/";
  }

  @Test
  void thePlatformOwnerInvitedIntoAnotherBusinessHoldsOnlyTheRoleGivenThere() {
    PosApi pos = new PosApi(base);
    Staff owner = pos.platformOwner();
    Staff shop = pos.registerBusiness();
    pos.as(shop)
        .body(Map.of("email", owner.email(), "role", "CASHIER"))
        .post("accounts/api/invitations/")
        .then()
        .statusCode(201);
    String link =
        Inbox.latest(owner.email(), "You are invited to join", 1).token("/accept-invitation");
    String asCashier =
        pos.anonymous()
            .body(Map.of("token", link, "password", owner.password()))
            .post("accounts/api/invitations/accept/")
            .then()
            .statusCode(200)
            .body("user.role", equalTo("CASHIER"))
            .extract()
            .path("token");
    pos.as(asCashier)
        .get("accounts/api/users/me/")
        .then()
        .body("role", equalTo("CASHIER"))
        .body("is_superuser", equalTo(false));
    given()
        .header("Authorization", "Bearer " + asCashier)
        .get(root() + "metrics")
        .then()
        .statusCode(403);
    // back home, the owner is the superuser again (and the next sign-in speaks for home)
    String home =
        pos.as(asCashier)
            .body(Map.of("business_id", owner.businessId().toString()))
            .post("accounts/api/auth/switch-business/")
            .then()
            .statusCode(200)
            .extract()
            .path("token");
    pos.as(home).get("accounts/api/users/me/").then().body("is_superuser", equalTo(true));
  }

  @Test
  void clientMistakesLeaveNoStackTraceInTheLog() throws Exception {
    Path log = Path.of(System.getProperty("it.log.dir"), "pos.log");
    long before = Files.exists(log) ? Files.size(log) : 0;
    api()
        .header("X-Test-Business", UUID.randomUUID().toString())
        .contentType(ContentType.JSON)
        .body("{oops")
        .post(PROBE)
        .then()
        .statusCode(400);
    api().get("no/such/thing").then().statusCode(404);
    api()
        .body("x".repeat(2_000_000))
        .contentType(ContentType.JSON)
        .post(PROBE)
        .then()
        .statusCode(413);
    // the access line is written as the response leaves
    String content =
        org.awaitility.Awaitility.await("the access line of the 404")
            .atMost(java.time.Duration.ofSeconds(20))
            .until(() -> logSince(log, before), c -> c.contains("GET /no/such/thing 404"));
    assertThat(content).doesNotContain("SEVERE").doesNotContain("\tat ");
  }

  private static String logSince(Path log, long offset) throws java.io.IOException {
    byte[] all = Files.exists(log) ? Files.readAllBytes(log) : new byte[0];
    return new String(
        all, (int) offset, all.length - (int) offset, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void afterTheDatabaseDropsEveryConnectionTheNextRequestsAllSucceed() throws Exception {
    for (int i = 0; i < 5; i++) {
      api().get("subscriptions/api/plans/").then().statusCode(200);
    }
    try (Connection c = TestDatabaseSession.connect();
        Statement s = c.createStatement();
        ResultSet dropped =
            s.executeQuery(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND application_name = 'pos'"
                    + " AND pid <> pg_backend_pid()")) {
      dropped.next();
      assertThat(dropped.getInt(1)).isPositive();
    }
    Thread.sleep(2_500); // a restart takes longer than the pool's validation period
    for (int i = 0; i < 20; i++) {
      api().get("subscriptions/api/plans/").then().statusCode(200);
    }
    new PosApi(base).registerBusiness(); // writes too
  }

  /**
   * Every POST in the OpenAPI document, called by a signed-in ADMIN with hostile bodies: each
   * answer is a 4xx problem, and no business table gains a row.
   */
  @Test
  void hostileBodiesToEveryPostAreRefusedWithNothingWritten() throws Exception {
    PosApi.Staff admin = new PosApi(base).registerBusiness();
    Map<String, Object> paths =
        api().accept(ContentType.JSON).get("api/schema/").then().extract().path("paths");
    List<String> hostile =
        List.of(
            "[]",
            "\"text\"",
            "null",
            "{}",
            "{\"name\": \"" + "x".repeat(100_000) + "\"}",
            "{\"quantity\": 1e308, \"amount\": -1, \"items\": [{\"quantity\": 0}]}",
            "{\"items\": {\"not\": \"an array\"}, \"lines\": \"nope\", \"date\": 20261124}",
            "{\"email\": \"' OR 1=1 --\", \"password\": \"<script>alert(1)</script>\"}",
            "{\"account_type\": \"LIABILITIES\", \"role\": \"GOD\", \"status\": \"COMPLETED\"}",
            "{\"id\": \"not-a-uuid\", \"warehouse_id\": \"not-a-uuid\", \"\\u0000\": \"\\ud800\"}");
    Map<String, Long> before = rowCounts();
    int calls = 0;
    for (String path : paths.keySet()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> operations = (Map<String, Object>) paths.get(path);
      if (!operations.containsKey("post")
          || path.startsWith("/test-support")
          || path.endsWith("/logout/")) {
        continue;
      }
      String concrete = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()).substring(1);
      @SuppressWarnings("unchecked")
      boolean readsBody = ((Map<String, Object>) operations.get("post")).containsKey("requestBody");
      for (String body : hostile) {
        if (!readsBody && (body.equals("null") || body.equals("{}"))) {
          continue; // a call that reads no body accepts these as "nothing" (ApiResourcesIT)
        }
        Response r =
            api()
                .filter(ApiContract.hostileRequest()) // bad on purpose
                .header("Authorization", "Bearer " + admin.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post(concrete);
        calls++;
        assertThat(r.statusCode())
            .as("POST " + path + " with " + body.substring(0, Math.min(60, body.length())))
            .isBetween(400, 499);
        assertThat(r.contentType()).startsWith("application/problem+json");
      }
    }
    assertThat(calls).isGreaterThan(200);
    assertThat(rowCounts()).isEqualTo(before);
  }

  /**
   * Rows per table, except those that record attempts themselves (audit, throttling, keys) and the
   * scheduler's claims, which the server's timers write at any minute.
   */
  private static Map<String, Long> rowCounts() throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection c = TestDatabaseSession.connect();
        Statement s = c.createStatement();
        ResultSet tables =
            s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_type = 'BASE TABLE' AND table_name NOT IN ('aud_audit_log',"
                    + " 'acc_throttle_counter', 'acc_sign_in_backoff', 'pf_idempotency_record', 'flyway_schema_history',"
                    + " 'ops_scheduled_run')")) {
      List<String> names = new ArrayList<>();
      while (tables.next()) {
        names.add(tables.getString(1));
      }
      for (String table : names) {
        try (Statement count = c.createStatement();
            ResultSet rs = count.executeQuery("SELECT count(*) FROM " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }
}
