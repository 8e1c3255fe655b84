package app.pos.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.pos.devkit.AtOnce;
import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.Shop;
import io.restassured.response.Response;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Storefronts asking for stock: NEW, ASSIGNED to a warehouse (its transfer), FULFILLED when that
 * transfer completes, or CANCELLED.
 */
@SharedServer
class TransferRequestsIT {

  static final String API = Shop.INVENTORY;

  @ArquillianResource URL base;
  PosApi api;
  Shop shop;
  Staff admin;
  String storefront;
  String rice;
  Staff cashier;

  @BeforeEach
  void shop() {
    api = new PosApi(base);
    shop = Shop.open(api);
    admin = shop.admin();
    storefront = shop.storefront("High street");
    rice = shop.product("RICE-5KG", "Jasmine rice 5kg");
    shop.receive(rice, "20", "4.00", "9.00");
    cashier = api.addStaff(admin, "CASHIER", List.of(storefront));
  }

  Response ask(Staff who, String quantity, String priority) {
    Map<String, Object> body = new HashMap<>();
    body.put("storefront_id", storefront);
    body.put("items", List.of(Map.of("product_id", rice, "quantity", quantity)));
    if (priority != null) {
      body.put("priority", priority);
    }
    return api.as(who).body(body).post(API + "transfer-requests/");
  }

  String asked(Staff who, String quantity) {
    return ask(who, quantity, "HIGH").then().statusCode(201).extract().path("id");
  }

  Response assign(Staff who, String request, Map<String, Object> body) {
    return api.as(who).body(body).post(API + "transfer-requests/" + request + "/assign/");
  }

  String onHand(String location) {
    List<Object> rows =
        api.as(admin)
            .get(API + "inventory/?product_id=" + rice + "&location_id=" + location)
            .then()
            .extract()
            .path("results.quantity_on_hand");
    return rows.isEmpty()
        ? "0"
        : new java.math.BigDecimal(rows.get(0).toString()).stripTrailingZeros().toPlainString();
  }

  @Test
  void aCashierAsksForStockAtTheirStorefront() {
    ask(cashier, "3", "URGENT")
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.containsString("/transfer-requests/"))
        .body("status", equalTo("NEW"))
        .body("priority", equalTo("URGENT"))
        .body("storefront_id", equalTo(storefront))
        .body("requested_by", equalTo(cashier.userId().toString()))
        .body("transfer_id", nullValue())
        .body("items[0].quantity", Quantity.of("3.0"));
  }

  @Test
  void aRequestWithoutPriorityIsNormal() {
    ask(cashier, "1", null).then().statusCode(201).body("priority", equalTo("NORMAL"));
  }

  @Test
  void aCashierOfAnotherStorefrontCannotAskForThisOne() {
    String other = shop.storefront("Market square");
    Staff elsewhere = api.addStaff(admin, "CASHIER", List.of(other));
    ask(elsewhere, "1", null).then().statusCode(403);
    api.as(admin).get(API + "transfer-requests/").then().body("count", Quantity.of("0"));
  }

  @Test
  void aCashierSeesOnlyTheirStorefrontsRequests() {
    String other = shop.storefront("Market square");
    String theirs = asked(cashier, "1");
    Staff elsewhere = api.addStaff(admin, "CASHIER", List.of(other));
    api.as(elsewhere).get(API + "transfer-requests/").then().body("count", Quantity.of("0"));
    api.as(elsewhere).get(API + "transfer-requests/" + theirs + "/").then().statusCode(404);
    api.as(cashier).get(API + "transfer-requests/").then().body("count", Quantity.of("1"));
  }

  @Test
  void aRequestAssignedToAWarehouseIsFulfilledWhenItsTransferCompletes() {
    String request = asked(cashier, "3");
    Staff manager = api.addStaff(admin, "MANAGER");
    Response assigned = assign(manager, request, Map.of("warehouse_id", shop.warehouse()));
    assigned
        .then()
        .statusCode(200)
        .body("status", equalTo("ASSIGNED"))
        .body("warehouse_id", equalTo(shop.warehouse()))
        .body("assigned_by", equalTo(manager.userId().toString()))
        .body("transfer_reference", matchesPattern("TRF-\\d{8}-[0-9A-Z]{6}"));
    String transfer = assigned.path("transfer_id");
    api.as(admin)
        .get(API + "transfers/" + transfer + "/")
        .then()
        .body("status", equalTo("APPROVED"))
        .body("to_storefront_id", equalTo(storefront))
        .body("items[0].quantity", Quantity.of("3.0"));
    Staff warehouseStaff = api.addStaff(admin, "WAREHOUSE_STAFF");
    api.as(warehouseStaff)
        .post(API + "transfers/" + transfer + "/complete/")
        .then()
        .statusCode(200);
    api.as(cashier)
        .get(API + "transfer-requests/" + request + "/")
        .then()
        .body("status", equalTo("FULFILLED"))
        .body("fulfilled_at", notNullValue());
    // the origin's case: 20 received, 3 asked for; 17 stay at the warehouse, 3 are on the shelf
    assertThat(onHand(shop.warehouse())).isEqualTo("17");
    assertThat(onHand(storefront)).isEqualTo("3");
    api.as(admin).get("admin/api/integrity/").then().statusCode(200).body("ok", equalTo(true));
  }

  @Test
  void theRequesterCannotAssignTheirOwnRequest() {
    Staff manager = api.addStaff(admin, "MANAGER");
    String request = asked(manager, "2");
    assign(manager, request, Map.of("warehouse_id", shop.warehouse()))
        .then()
        .statusCode(403)
        .body("type", org.hamcrest.Matchers.endsWith("/own-request"));
    api.as(admin)
        .get(API + "transfer-requests/" + request + "/")
        .then()
        .body("status", equalTo("NEW"));
  }

  @Test
  void aCashierCannotAssignARequest() {
    String request = asked(admin, "2");
    assign(cashier, request, Map.of("warehouse_id", shop.warehouse())).then().statusCode(403);
  }

  @Test
  void assigningMoreThanTheWarehouseHasIsRefusedWithItsShortLine() {
    String request = asked(cashier, "25");
    assign(admin, request, Map.of("warehouse_id", shop.warehouse()))
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.endsWith("/insufficient-stock"))
        .body("short_lines[0].product_id", equalTo(rice))
        .body("short_lines[0].available", Quantity.of("20"))
        .body("short_lines[0].requested", Quantity.of("25"));
    api.as(admin)
        .get(API + "transfer-requests/" + request + "/")
        .then()
        .body("status", equalTo("NEW"));
    api.as(admin).get(API + "transfers/").then().body("count", Quantity.of("0"));
  }

  @Test
  void aRequestIsAnsweredByALinkedTransferToTheSameStorefront() {
    String request = asked(cashier, "2");
    String transfer = transferOf("2");
    assign(admin, request, Map.of("transfer_id", transfer))
        .then()
        .statusCode(200)
        .body("transfer_id", equalTo(transfer));
    String second = asked(cashier, "1");
    assign(admin, second, Map.of("transfer_id", transfer))
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.endsWith("/transfer-linked"));
  }

  /** A call's answer as "status type" (the problem type's last segment, or "-"). */
  static Callable<String> answer(Supplier<Response> call) {
    return () -> {
      Response r = call.get();
      String type = r.statusCode() >= 400 ? r.path("type") : null;
      return r.statusCode()
          + " "
          + (type == null ? "-" : type.substring(type.lastIndexOf('/') + 1));
    };
  }

  String transferOf(String quantity) {
    return shop.create(
        API + "transfers/",
        Map.of(
            "from_warehouse_id",
            shop.warehouse(),
            "to_storefront_id",
            storefront,
            "items",
            List.of(Map.of("product_id", rice, "quantity", quantity))));
  }

  @Test
  void twoRequestsLinkedToOneTransferAtOnceLeaveOneAssigned() throws Exception {
    for (int round = 0; round < 5; round++) {
      String transfer = transferOf("1");
      String first = asked(cashier, "1");
      String second = asked(cashier, "1");
      List<String> answers =
          AtOnce.run(
              List.of(
                  answer(() -> assign(admin, first, Map.of("transfer_id", transfer))),
                  answer(() -> assign(admin, second, Map.of("transfer_id", transfer)))));
      assertThat(answers)
          .as("round " + round)
          .containsExactlyInAnyOrder("200 -", "409 transfer-linked");
    }
  }

  @Test
  void cancellingARequestWhileItsTransferIsCancelledNeverDeadlocks() throws Exception {
    for (int round = 0; round < 5; round++) {
      String request = asked(cashier, "1");
      String transfer =
          assign(admin, request, Map.of("warehouse_id", shop.warehouse())).path("transfer_id");
      List<String> answers =
          AtOnce.run(
              List.of(
                  answer(
                      () ->
                          api.as(cashier).post(API + "transfer-requests/" + request + "/cancel/")),
                  answer(() -> api.as(admin).post(API + "transfers/" + transfer + "/cancel/"))));
      // whichever goes first, the other sees its outcome; neither loses to a deadlock
      assertThat(answers.get(0)).as("round " + round).isEqualTo("200 -");
      assertThat(answers.get(1)).as("round " + round).isIn("200 -", "409 transfer-state");
      api.as(admin)
          .get(API + "transfer-requests/" + request + "/")
          .then()
          .body("status", equalTo("CANCELLED"));
      api.as(admin)
          .get(API + "transfers/" + transfer + "/")
          .then()
          .body("status", equalTo("CANCELLED"));
    }
  }

  @Test
  void assigningNeedsEitherAWarehouseOrATransfer() {
    String request = asked(cashier, "2");
    assign(admin, request, Map.of()).then().statusCode(400);
    assign(
            admin,
            request,
            Map.of("warehouse_id", shop.warehouse(), "transfer_id", shop.warehouse()))
        .then()
        .statusCode(400);
    assign(admin, request, Map.of("warehouse_id", storefront)).then().statusCode(400);
  }

  @Test
  void aCancelledTransferPutsItsRequestBackToNew() {
    String request = asked(cashier, "2");
    String transfer =
        assign(admin, request, Map.of("warehouse_id", shop.warehouse())).path("transfer_id");
    api.as(admin).post(API + "transfers/" + transfer + "/cancel/").then().statusCode(200);
    api.as(admin)
        .get(API + "transfer-requests/" + request + "/")
        .then()
        .body("status", equalTo("NEW"))
        .body("transfer_id", nullValue());
  }

  @Test
  void cancellingAnAssignedRequestCancelsItsUnsentTransfer() {
    String request = asked(cashier, "2");
    String transfer =
        assign(admin, request, Map.of("warehouse_id", shop.warehouse())).path("transfer_id");
    api.as(cashier)
        .post(API + "transfer-requests/" + request + "/cancel/")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    api.as(admin)
        .get(API + "transfers/" + transfer + "/")
        .then()
        .body("status", equalTo("CANCELLED"));
    api.as(cashier).post(API + "transfer-requests/" + request + "/cancel/").then().statusCode(409);
  }

  @Test
  void anotherCashierOfTheStorefrontCannotCancelSomeoneElsesRequest() {
    String request = asked(cashier, "2");
    Staff colleague = api.addStaff(admin, "CASHIER", List.of(storefront));
    api.as(colleague)
        .post(API + "transfer-requests/" + request + "/cancel/")
        .then()
        .statusCode(403);
  }

  @Test
  void requestsAreListedByStatusStorefrontOrPriority() {
    asked(cashier, "1");
    ask(cashier, "1", "LOW").then().statusCode(201);
    String cancelled = asked(cashier, "1");
    api.as(admin).post(API + "transfer-requests/" + cancelled + "/cancel/").then().statusCode(200);
    api.as(admin).get(API + "transfer-requests/?status=NEW").then().body("count", Quantity.of("2"));
    api.as(admin)
        .get(API + "transfer-requests/?priority=LOW")
        .then()
        .body("count", Quantity.of("1"));
    api.as(admin)
        .get(API + "transfer-requests/?storefront_id=" + storefront + "&status=CANCELLED")
        .then()
        .body("count", Quantity.of("1"));
    api.as(admin).get(API + "transfer-requests/?priority=SOON").then().statusCode(400);
  }

  @Test
  void aBadRequestIsRefusedWithNothingWritten() {
    api.as(cashier)
        .body(Map.of("storefront_id", storefront, "items", List.of()))
        .post(API + "transfer-requests/")
        .then()
        .statusCode(400);
    api.as(cashier)
        .body(
            Map.of(
                "storefront_id",
                storefront,
                "items",
                List.of(Map.of("product_id", rice, "quantity", "-1"))))
        .post(API + "transfer-requests/")
        .then()
        .statusCode(400);
    api.as(cashier)
        .body(
            Map.of(
                "storefront_id",
                storefront,
                "priority",
                "SOON",
                "items",
                List.of(Map.of("product_id", rice, "quantity", "1"))))
        .post(API + "transfer-requests/")
        .then()
        .statusCode(400);
    api.as(admin)
        .body(
            Map.of(
                "storefront_id",
                shop.warehouse(),
                "items",
                List.of(Map.of("product_id", rice, "quantity", "1"))))
        .post(API + "transfer-requests/")
        .then()
        .statusCode(400);
    api.as(admin).get(API + "transfer-requests/").then().body("count", Quantity.of("0"));
  }

  @Test
  void anotherBusinessCannotSeeOrTouchARequest() {
    String request = asked(cashier, "1");
    Staff other = api.registerBusiness();
    api.as(other).get(API + "transfer-requests/" + request + "/").then().statusCode(404);
    api.as(other).get(API + "transfer-requests/").then().body("count", Quantity.of("0"));
    assign(other, request, Map.of("warehouse_id", shop.warehouse())).then().statusCode(404);
    api.as(other).post(API + "transfer-requests/" + request + "/cancel/").then().statusCode(404);
  }

  @Test
  void anAssignmentRepeatedWithItsIdempotencyKeyCreatesOneTransfer() {
    String request = asked(cashier, "2");
    String key = java.util.UUID.randomUUID().toString();
    String first =
        api.as(admin)
            .header("Idempotency-Key", key)
            .body(Map.of("warehouse_id", shop.warehouse()))
            .post(API + "transfer-requests/" + request + "/assign/")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String again =
        api.as(admin)
            .header("Idempotency-Key", key)
            .body(Map.of("warehouse_id", shop.warehouse()))
            .post(API + "transfer-requests/" + request + "/assign/")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(again).isEqualTo(first);
    api.as(admin).get(API + "transfers/").then().body("count", Quantity.of("1"));
  }
}
