package app.pos.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import app.pos.devkit.PosApi;
import app.pos.devkit.SharedServer;
import app.pos.devkit.TestDatabaseSession;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The platform spine against a running Payara Micro and a real PostgreSQL. */
@SharedServer
class PlatformIT {

  private static final String PROBE = "test-support/idempotency-probe/";

  @ArquillianResource URL base;

  @BeforeAll
  static void createProbeTable() throws SQLException {
    try (Connection c = TestDatabaseSession.connect();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS it_probe_effect (id UUID PRIMARY KEY, business_id UUID NOT"
              + " NULL, label TEXT NOT NULL, amount NUMERIC(19,4) NOT NULL, created_at TIMESTAMPTZ"
              + " NOT NULL)");
    }
  }

  private RequestSpecification api() {
    return given().baseUri(base.toString()).urlEncodingEnabled(true);
  }

  private String root() {
    // the health, metrics and OpenAPI endpoints of the server itself
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/";
  }

  @Test
  void applicationIsServedAtTheRootContext() {
    assertThat(base.getPath()).isIn("/", "");
  }

  @Test
  void readinessIsUpWithTheDatabaseCheck() {
    given()
        .get(root() + "health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("database"))
        .body("checks.find { it.name == 'database' }.data.migrations", hasToString("true"));
  }

  @Test
  void livenessIsUp() {
    given().get(root() + "health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void theHealthSummaryAnswers() {
    given().get(root() + "health").then().statusCode(200);
  }

  @Test
  void metricsAreExposedToThePlatformOwnerOnly() {
    given().get(root() + "metrics").then().statusCode(401).contentType("application/problem+json");
    given()
        .header("Authorization", "Bearer " + new PosApi(base).registerBusiness().token())
        .get(root() + "metrics")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", "Bearer " + new PosApi(base).platformOwner().token())
        .get(root() + "metrics")
        .then()
        .statusCode(200);
  }

  @Test
  void openApiDocumentIsServedAtApiSchema() {
    api()
        .accept(ContentType.JSON)
        .get("api/schema/")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("openapi", startsWith("3."))
        .body("paths", notNullValue())
        .body("components.schemas.Problem.properties.errors", notNullValue())
        .body(
            "paths.'/accounts/api/users/'.get.responses.'403'.content.'application/problem+json'",
            notNullValue());
    api().get("api/schema/?format=yaml").then().statusCode(200).body(containsString("openapi:"));
  }

  @Test
  void theApiReferencePagesRenderFromBundledAssets() {
    String swagger =
        api().get("api/schema/swagger-ui/").then().statusCode(200).extract().asString();
    assertThat(swagger)
        .contains("/api/schema/swagger-ui/swagger-ui-bundle.js")
        .doesNotContain("//cdn");
    api()
        .get("api/schema/swagger-ui/swagger-ui-bundle.js")
        .then()
        .statusCode(200)
        .contentType(containsString("javascript"));
    api().get("api/schema/swagger-ui/swagger-ui.css").then().statusCode(200);
    String redoc = api().get("api/schema/redoc/").then().statusCode(200).extract().asString();
    assertThat(redoc).contains("/api/schema/redoc/redoc.standalone.js");
    api().get("api/schema/redoc/redoc.standalone.js").then().statusCode(200);
  }

  @Test
  void anAssetPathCannotClimbOutOfTheBundle() {
    api().get("api/schema/redoc/..%2F..%2Fpom.properties").then().statusCode(404);
  }

  @Test
  void unknownPathAnswersProblemJson404() {
    api()
        .get("no/such/path/")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("type", containsString("not-found"))
        .body("title", notNullValue());
  }

  @Test
  void malformedJsonIsRefusedWithNothingWritten() throws SQLException {
    UUID business = UUID.randomUUID();
    for (String body :
        List.of("{\"label\": ", "[1,2]", "{\"label\":\"x\",\"amount\":\"twelve\"}", "nonsense")) {
      probe(business, body)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("status", equalTo(400));
    }
    assertThat(rowsFor(business)).isZero();
  }

  @Test
  void invalidFieldsAnswer400WithErrorsPerField() {
    probe(UUID.randomUUID(), "{\"label\": \"\", \"amount\": \"-1.005\"}")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.label", notNullValue())
        .body("errors.amount", notNullValue());
  }

  @Test
  void anEmptyBodyAnswers400() {
    probe(UUID.randomUUID(), "").then().statusCode(400).contentType("application/problem+json");
  }

  @Test
  void bodyOverTheLimitAnswers413() throws SQLException {
    UUID business = UUID.randomUUID();
    String huge = "{\"label\": \"" + "x".repeat(1_200_000) + "\", \"amount\": 1}";
    probe(business, huge)
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("status", equalTo(413));
    assertThat(rowsFor(business)).isZero();
  }

  @Test
  void aMethodTheCallDoesNotTakeIsAProblem() {
    api().delete(PROBE).then().statusCode(405).contentType("application/problem+json");
  }

  @Test
  void aMediaTypeTheCallDoesNotTakeIsAProblem() {
    api()
        .header("X-Test-Business", UUID.randomUUID().toString())
        .contentType(ContentType.XML)
        .body("<probe/>")
        .post(PROBE)
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }

  @Test
  void aPathWithoutItsTrailingSlashIsServedToo() {
    api()
        .header("X-Test-Business", UUID.randomUUID().toString())
        .contentType(ContentType.JSON)
        .body("{\"label\": \"no slash\", \"amount\": 12.5}")
        .post("test-support/idempotency-probe")
        .then()
        .statusCode(201)
        .header("Location", containsString("/test-support/idempotency-probe/"))
        .body("created_at", notNullValue());
  }

  @Test
  void moneyIsAnsweredAsAStringWithTwoDecimals() {
    probe(UUID.randomUUID(), "{\"label\": \"twelve fifty\", \"amount\": 12.5}")
        .then()
        .statusCode(201)
        .body("amount", equalTo("12.50"));
  }

  @Test
  void aListPageCountsEveryRowWithLinksToTheNextOrPreviousPage() {
    UUID business = UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      probe(business, "{\"label\": \"row " + i + "\", \"amount\": \"1.00\"}")
          .then()
          .statusCode(201);
    }
    api()
        .header("X-Test-Business", business.toString())
        .get(PROBE + "?page=1&page_size=2")
        .then()
        .statusCode(200)
        .body("count", equalTo(3))
        .body("results.size()", equalTo(2))
        .body("next", containsString("page=2"))
        .body("previous", nullValue());
    api()
        .header("X-Test-Business", business.toString())
        .get(PROBE + "?page=2&page_size=2")
        .then()
        .body("results.size()", equalTo(1))
        .body("next", nullValue())
        .body("previous", containsString("page=1"));
  }

  @Test
  void aPageSizeOverTheLimitOrAPageThatIsNoNumberIsRefused() {
    UUID business = UUID.randomUUID();
    api()
        .header("X-Test-Business", business.toString())
        .get(PROBE + "?page_size=500")
        .then()
        .statusCode(400)
        .body("errors.page_size", notNullValue());
    api()
        .header("X-Test-Business", business.toString())
        .get(PROBE + "?page=abc")
        .then()
        .statusCode(400);
  }

  @Test
  void aRepeatedIdempotencyKeyReplaysTheFirstAnswer() throws SQLException {
    UUID business = UUID.randomUUID();
    String body = "{\"label\": \"once\", \"amount\": \"10.00\"}";
    Response first = probe(business, body, "key-1");
    Response second = probe(business, body, "key-1");
    first.then().statusCode(201);
    second.then().statusCode(201);
    assertThat(second.asString()).isEqualTo(first.asString());
    assertThat(second.header("Location")).isEqualTo(first.header("Location"));
    assertThat(rowsFor(business)).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyAnswers422() throws SQLException {
    UUID business = UUID.randomUUID();
    probe(business, "{\"label\": \"a\", \"amount\": \"1.00\"}", "key-2").then().statusCode(201);
    probe(business, "{\"label\": \"b\", \"amount\": \"1.00\"}", "key-2")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", containsString("idempotency-key-reused"));
    assertThat(rowsFor(business)).isEqualTo(1);
  }

  @Test
  void keysAreScopedToTheBusiness() throws SQLException {
    UUID one = UUID.randomUUID();
    UUID two = UUID.randomUUID();
    String body = "{\"label\": \"shared key\", \"amount\": \"1.00\"}";
    probe(one, body, "same-key").then().statusCode(201);
    probe(two, body, "same-key").then().statusCode(201);
    assertThat(rowsFor(one)).isEqualTo(1);
    assertThat(rowsFor(two)).isEqualTo(1);
  }

  @Test
  void concurrentTwinsWithOneKeyHaveOneEffectWithIdenticalAnswers() throws Exception {
    UUID business = UUID.randomUUID();
    String body = "{\"label\": \"concurrent\", \"amount\": \"5.00\"}";
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Callable<Response>> calls = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        calls.add(() -> probe(business, body, "key-concurrent"));
      }
      List<String> answers = new ArrayList<>();
      for (Future<Response> f : pool.invokeAll(calls)) {
        Response r = f.get();
        assertThat(r.statusCode()).isEqualTo(201);
        answers.add(r.asString());
      }
      assertThat(answers).allMatch(a -> a.equals(answers.get(0)));
    } finally {
      pool.shutdownNow();
    }
    assertThat(rowsFor(business)).isEqualTo(1);
  }

  private Response probe(UUID business, String body) {
    return api()
        .header("X-Test-Business", business.toString())
        .contentType(ContentType.JSON)
        .body(body)
        .post(PROBE);
  }

  private Response probe(UUID business, String body, String key) {
    return api()
        .header("X-Test-Business", business.toString())
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .post(PROBE);
  }

  private static long rowsFor(UUID business) throws SQLException {
    try (Connection c = TestDatabaseSession.connect();
        var s = c.prepareStatement("SELECT count(*) FROM it_probe_effect WHERE business_id = ?")) {
      s.setObject(1, business);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
