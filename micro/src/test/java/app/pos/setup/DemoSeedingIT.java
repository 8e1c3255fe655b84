package app.pos.setup;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import io.restassured.response.Response;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/** Demo businesses with more storefronts than the Business plan's ten. */
@SharedServer
class DemoSeedingIT {

  static final String JOBS = "admin/api/jobs/";

  @ArquillianResource URL base;

  Response run(PosApi api, Staff who, Map<String, Object> parameters) {
    Response started = api.as(who).body(parameters).post(JOBS + "seed-demo-data/");
    started.then().statusCode(202).body("execution_id", notNullValue());
    return api.awaitFinished(who, JOBS + "executions/" + started.path("id") + "/");
  }

  @Test
  void aDemoBusinessGetsExactlyTheStorefrontsAskedForOnAPlanWithRoomForThem() {
    PosApi api = new PosApi(base);
    Staff owner = api.platformOwner();
    long seed = Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
    Response seeded =
        run(api, owner, Map.of("owners", 1, "storefronts", 12, "sales", 1, "seed", seed));
    seeded.then().body("status", equalTo("COMPLETED"));
    api.as(owner)
        .get(JOBS + "executions/" + seeded.path("id") + "/result/")
        .then()
        .body("businesses[0].storefronts", equalTo(12));
    String token = api.login("owner1@demo" + seed + ".pos", "DemoPass123!");
    api.as(token).get("inventory/api/storefronts/").then().body("count", equalTo(12));
    api.as(token)
        .get("subscriptions/api/subscriptions/current/")
        .then()
        .body("plan_code", equalTo("enterprise"));
    api.as(token).get("admin/api/integrity/").then().body("ok", equalTo(true));
  }

  @Test
  void moreThanFiftyStorefrontsAreRefused() {
    PosApi api = new PosApi(base);
    Staff owner = api.platformOwner();
    run(api, owner, Map.of("owners", 1, "storefronts", 51, "sales", 0))
        .then()
        .body("status", equalTo("FAILED"));
  }
}
