package app.pos.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.pos.devkit.Deployments;
import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.ReplicaCluster;
import app.pos.devkit.Shop;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reads on a real streaming replica: the application runs with POS_DB_REPLICA_URL on a primary and
 * replica of its own ({@link ReplicaCluster}, started before the server), and the tests look at
 * what each server actually executed (pg_stat_statements on each).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(3) // a long class: started first, so the run does not wait for it at the end
class ReplicaIT {

  static final String INVENTORY = "inventory/api/";
  static final String REPORT = "sales/api/reports/sales/";
  static final String SALES_REPORT_SQL = "%FROM sal_sale s JOIN sal_sale_item i%";
  static final String TRIAL_BALANCE_SQL = "%SELECT account_id, sum(debit) AS debits%";

  static ReplicaCluster cluster;

  @Deployment(testable = false)
  @TargetsContainer("payara-micro-replica")
  static WebArchive deployment() throws Exception {
    cluster =
        ReplicaCluster.start(
            Integer.parseInt(System.getProperty("it.replica.primary.port")),
            Integer.parseInt(System.getProperty("it.replica.port")),
            "pos_replica_it");
    return Deployments.application();
  }

  @AfterAll
  static void stopServers() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @ArquillianResource URL base;
  PosApi api;
  Staff admin;
  String warehouse;
  String storefront;
  String rice;

  @BeforeEach
  void shop() throws Exception {
    api = new PosApi(base);
    awaitReplica("UP");
    admin = api.registerBusiness();
    warehouse = create(INVENTORY + "warehouses/", Map.of("name", "Main warehouse"));
    storefront =
        create(
            INVENTORY + "storefronts/", Map.of("name", "High street", "warehouse_id", warehouse));
    rice = product("RICE-" + UUID.randomUUID().toString().substring(0, 6), null);
    api.as(admin)
        .body(Shop.receipt(warehouse, rice, "50", "12.00", "20.00", "17.50"))
        .post(INVENTORY + "batches/")
        .then()
        .statusCode(201);
    String transfer =
        create(
            INVENTORY + "transfers/",
            Map.of(
                "from_warehouse_id", warehouse,
                "to_storefront_id", storefront,
                "items", List.of(Map.of("product_id", rice, "quantity", "40"))));
    api.as(admin).post(INVENTORY + "transfers/" + transfer + "/complete/").then().statusCode(200);
    sell(admin, "2");
  }

  @Test
  @Order(1)
  void aSalesReportIsServedByTheReplicaNotThePrimary() throws Exception {
    // the admin wrote the shop: the replica serves them once it has replayed all of it
    untilFromReplica(() -> api.as(admin).get(REPORT));
    resetStatements();
    Response report = api.as(admin).get(REPORT);
    assertThat(report.header("X-Data-Source")).isEqualTo("replica");
    report.then().statusCode(200).body("totals.sales_count", equalTo(1));
    Instant asOf = Instant.parse(report.header("X-Data-As-Of"));
    assertThat(asOf).isBetween(Instant.now().minusSeconds(10), Instant.now().plusSeconds(1));
    assertThat(calls(cluster.replica(), SALES_REPORT_SQL)).isPositive();
    assertThat(calls(cluster.primary(), SALES_REPORT_SQL)).isZero();
    // the same report as CSV is served there too
    Response csv = api.as(admin).queryParam("format", "csv").get(REPORT);
    csv.then().statusCode(200);
    assertThat(csv.header("X-Data-Source")).isEqualTo("replica");
  }

  @Test
  @Order(2)
  void everyListedReadIsServedByTheReplica() throws Exception {
    String barcode = "BC" + UUID.randomUUID().toString().substring(0, 8);
    product("OIL-" + barcode, barcode);
    for (String path :
        List.of(
            REPORT + "?group_by=product",
            "bookkeeping/api/reports/profit-and-loss/?date_from=2026-01-01&date_to=2027-12-31",
            "bookkeeping/api/reports/balance-sheet/",
            "bookkeeping/api/ledger-entries/",
            "accounts/api/audit-logs/",
            INVENTORY + "products/?search=oil",
            INVENTORY + "products/by-barcode/" + barcode + "/",
            INVENTORY + "reports/valuation/")) {
      Response r = untilFromReplica(() -> api.as(admin).get(path));
      assertThat(r.statusCode()).as(path).isEqualTo(200);
    }
  }

  @Test
  @Order(3)
  void aWriteThenAnImmediateReadBySameUserIsNeverStale() throws Exception {
    Staff reader = api.addStaff(admin, "MANAGER");
    untilFromReplica(() -> api.as(reader).get(INVENTORY + "products/by-barcode/none/"));
    cluster.pauseReplay(); // the replica now falls behind with every write
    int staleForOthers = 0;
    try {
      for (int i = 0; i < 5; i++) {
        String barcode = "RW" + UUID.randomUUID().toString().substring(0, 8);
        product("RW-" + barcode, barcode);
        // the writer at once sees what they wrote (the primary answers them)...
        Response mine = api.as(admin).get(INVENTORY + "products/by-barcode/" + barcode + "/");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.header("X-Data-Source")).isEqualTo("primary");
        // ...while another user is still served the (stale) replica: the test can tell
        Response theirs = api.as(reader).get(INVENTORY + "products/by-barcode/" + barcode + "/");
        if ("replica".equals(theirs.header("X-Data-Source"))) {
          assertThat(theirs.statusCode()).isEqualTo(404);
          staleForOthers++;
        }
        sell(admin, "1");
        api.as(admin)
            .get(REPORT)
            .then()
            .statusCode(200)
            .body("totals.sales_count", equalTo(2 + i))
            .header("X-Data-Source", "primary");
      }
    } finally {
      cluster.resumeReplay();
    }
    assertThat(staleForOthers).as("reads of another user served stale by the replica").isPositive();
  }

  @Test
  @Order(4)
  void aReplicaTooFarBehindIsReportedDegradedWhileThePrimaryServesReads() throws Exception {
    Staff finance = api.addStaff(admin, "MANAGER");
    untilFromReplica(() -> api.as(finance).get(REPORT));
    cluster.pauseReplay();
    try {
      assertThat(awaitReplica("DEGRADED")).isEqualTo("UP");
      Response report = api.as(finance).get(REPORT);
      report.then().statusCode(200).body("totals.sales_count", equalTo(1));
      assertThat(report.header("X-Data-Source")).isEqualTo("primary");
      assertThat(metric("pos_replica_degraded")).isEqualTo(1.0);
      assertThat(metric("pos_replica_lag_seconds")).isGreaterThan(5.0);
    } finally {
      cluster.resumeReplay();
    }
    awaitReplica("UP");
    assertThat(metric("pos_replica_degraded")).isEqualTo(0.0);
    assertThat(untilFromReplica(() -> api.as(finance).get(REPORT)).statusCode()).isEqualTo(200);
  }

  @Test
  @Order(5)
  void stoppingTheReplicaSendsReadsToThePrimaryWithNoFailedRequest() throws Exception {
    Staff finance = api.addStaff(admin, "MANAGER");
    untilFromReplica(() -> api.as(finance).get(REPORT));
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService readers = Executors.newFixedThreadPool(4);
    List<Future<?>> results = new ArrayList<>();
    List<String> paths =
        List.of(
            REPORT + "?group_by=day",
            "bookkeeping/api/reports/balance-sheet/",
            "bookkeeping/api/ledger-entries/",
            INVENTORY + "products/?search=rice");
    List<Queue<String>> seen = new ArrayList<>();
    for (String path : paths) {
      Queue<String> answers = new ConcurrentLinkedQueue<>();
      seen.add(answers);
      results.add(
          readers.submit(
              () -> {
                while (running.get()) {
                  Response r = api.as(finance).get(path);
                  answers.add(r.statusCode() + " " + r.header("X-Data-Source"));
                }
              }));
    }
    // every reader is answered a few times before, and a few times after, the replica stops
    awaitEachReaderAnswered(seen, results, 3);
    cluster.stopReplica();
    try {
      awaitReplica("DEGRADED");
      awaitEachReaderAnswered(seen, results, 3);
    } finally {
      running.set(false);
      readers.shutdown();
      readers.awaitTermination(30, TimeUnit.SECONDS);
      cluster.startReplica();
    }
    for (Future<?> reader : results) {
      reader.get(); // a reader that failed fails the test
    }
    List<String> all = new ArrayList<>();
    seen.forEach(all::addAll);
    assertThat(all).allMatch(s -> s.startsWith("200 "), "every read answered 200");
    assertThat(all).anyMatch(s -> s.endsWith("replica")).anyMatch(s -> s.endsWith("primary"));
    awaitReplica("UP");
  }

  @Test
  @Order(6)
  void theTrialBalanceJobReadsItsSumsFromTheReplica() throws Exception {
    untilFromReplica(() -> api.as(admin).get(REPORT)); // the replica has the shop's sale
    resetStatements();
    String id =
        api.as(admin)
            .body(Map.of("period_start", "2026-01-01", "period_end", "2027-12-31"))
            .post("bookkeeping/api/trial-balances/")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    Response done = null;
    for (int i = 0; i < 120; i++) {
      done = api.as(admin).get("bookkeeping/api/trial-balances/" + id + "/");
      if ("COMPLETED".equals(done.path("status"))) {
        break;
      }
      Thread.sleep(250);
    }
    assertThat(done.<String>path("status")).isEqualTo("COMPLETED");
    assertThat(done.<Boolean>path("is_balanced")).isTrue();
    assertThat(calls(cluster.replica(), TRIAL_BALANCE_SQL)).isPositive();
    assertThat(calls(cluster.primary(), TRIAL_BALANCE_SQL)).isZero();
  }

  // --- helpers

  String create(String path, Map<String, Object> body) {
    return api.as(admin).body(body).post(path).then().statusCode(201).extract().path("id");
  }

  String product(String sku, String barcode) {
    Map<String, Object> body = new HashMap<>(Map.of("sku", sku, "name", "Product " + sku));
    if (barcode != null) {
      body.put("barcode", barcode);
    }
    return create(INVENTORY + "products/", body);
  }

  void sell(Staff who, String quantity) {
    api.as(who)
        .body(
            Map.of(
                "storefront_id",
                storefront,
                "sale_type",
                "RETAIL",
                "items",
                List.of(Map.of("product_id", rice, "quantity", quantity)),
                "payments",
                List.of(Map.of("method", "CASH", "amount", "100"))))
        .post("sales/api/sales/")
        .then()
        .statusCode(201);
  }

  /** Repeats a read until the replica serves it (it has replayed the caller's writes). */
  static Response untilFromReplica(Supplier<Response> read) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (true) {
      Response r = read.get();
      if ("replica".equals(r.header("X-Data-Source")) || Instant.now().isAfter(deadline)) {
        assertThat(r.header("X-Data-Source")).isEqualTo("replica");
        return r;
      }
      Thread.sleep(200);
    }
  }

  /** Waits until every reader has had {@code more} answers beyond those it has now. */
  static void awaitEachReaderAnswered(
      List<Queue<String>> readers, List<Future<?>> running, int more) throws Exception {
    int[] wanted = readers.stream().mapToInt(r -> r.size() + more).toArray();
    Instant deadline = Instant.now().plusSeconds(60);
    for (int i = 0; i < wanted.length; i++) {
      while (readers.get(i).size() < wanted[i]) {
        if (running.get(i).isDone()) {
          running.get(i).get(); // a reader that failed fails the test with its own exception
        }
        assertThat(Instant.now())
            .as("reader %d answered %d more times", i, more)
            .isBefore(deadline);
        Thread.sleep(50);
      }
    }
  }

  /** Waits until health says the replica is in that state; returns the overall status. */
  String awaitReplica(String state) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      Response r = RestAssured.given().get(root() + "health/ready");
      Object seen = r.jsonPath().get("checks.find { it.name == 'database' }.data.replica");
      if (state.equals(seen)) {
        return r.jsonPath().getString("status");
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("replica never " + state + ": " + r.asString());
      }
      Thread.sleep(250);
    }
  }

  /** The server's own endpoints (health, metrics) are at its root. */
  String root() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/";
  }

  double metric(String name) {
    // /metrics answers the platform owner only
    String text =
        api.as(api.platformOwner())
            .accept("text/plain")
            .get("metrics")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return text.lines()
        .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
        .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in /metrics"));
  }

  static void resetStatements() throws SQLException {
    for (Connection c : List.of(cluster.primary(), cluster.replica())) {
      try (c;
          Statement s = c.createStatement()) {
        s.execute("SELECT pg_stat_statements_reset()");
      }
    }
  }

  /** How often statements like {@code pattern} ran on that server since the last reset. */
  static long calls(Connection server, String pattern) throws SQLException {
    try (server;
        var s =
            server.prepareStatement(
                "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE query LIKE ?")) {
      s.setString(1, pattern);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
