package app.pos.devkit;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

/**
 * Checks that another business cannot read, change or delete an object: every verb answers 404,
 * exactly as for an id that does not exist.
 */
public final class TenantIsolation {

  private TenantIsolation() {}

  public static void assertInvisible(PosApi api, PosApi.Staff outsider, String objectPath) {
    api.as(outsider).get(objectPath).then().statusCode(404).body("status", equalTo(404));
    api.as(outsider)
        .body(Map.of())
        .patch(objectPath)
        .then()
        .statusCode(404)
        .body("status", equalTo(404));
    api.as(outsider).delete(objectPath).then().statusCode(404).body("status", equalTo(404));
  }
}
