package app.pos.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Controls on transfers: availability when asked for, a human reference, cancelling stock in
 * transit, nobody approving their own request, warehouse staff assignments, the availability check
 * and the insufficient-stock problem's short lines.
 */
@SharedServer
class TransferControlsIT {

  static final String API = Shop.INVENTORY;

  @ArquillianResource URL base;
  PosApi api;
  Shop shop;
  Staff admin;
  String storefront;
  String rice;

  @BeforeEach
  void shop() {
    api = new PosApi(base);
    shop = Shop.open(api);
    admin = shop.admin();
    storefront = shop.storefront("High street");
    rice = shop.product("RICE-5KG", "Jasmine rice 5kg");
  }

  Response ask(Staff who, String warehouse, String quantity) {
    return api.as(who)
        .body(
            Map.of(
                "from_warehouse_id",
                warehouse,
                "to_storefront_id",
                storefront,
                "items",
                List.of(Map.of("product_id", rice, "quantity", quantity))))
        .post(API + "transfers/");
  }

  String asked(Staff who, String quantity) {
    return ask(who, shop.warehouse(), quantity).then().statusCode(201).extract().path("id");
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

  String balance(String code) {
    return api.as(admin)
        .get("bookkeeping/api/accounts/")
        .then()
        .extract()
        .path("results.find { it.code == '" + code + "' }.balance");
  }

  void integrityHolds() {
    api.as(admin).get("admin/api/integrity/").then().statusCode(200).body("ok", equalTo(true));
  }

  @Test
  void fifteenRequestedOfTenAvailableIsRefusedWhenAskedFor() {
    shop.receive(rice, "10", "2.00", "5.00");
    ask(admin, shop.warehouse(), "15")
        .then()
        .statusCode(409)
        .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
        .body("type", endsWith("/insufficient-stock"))
        .body("short_lines", hasSize(1))
        .body("short_lines[0].product_id", equalTo(rice))
        .body("short_lines[0].available", Quantity.of("10"))
        .body("short_lines[0].requested", Quantity.of("15"));
    api.as(admin).get(API + "transfers/").then().body("count", Quantity.of("0"));
  }

  @Test
  void aTransferHasAHumanReferenceItCanBeFoundBy() {
    shop.receive(rice, "10", "2.00", "5.00");
    Response created = ask(admin, shop.warehouse(), "1");
    String reference = created.then().statusCode(201).extract().path("reference");
    String day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString().replace("-", "");
    assertThat(reference).matches("TRF-" + day + "-[0-9A-Z]{6}");
    asked(admin, "1");
    api.as(admin)
        .get(API + "transfers/?search=" + reference)
        .then()
        .body("count", Quantity.of("1"))
        .body("results[0].reference", equalTo(reference));
    api.as(admin)
        .get(API + "transfers/?search=" + reference.toLowerCase())
        .then()
        .body("count", Quantity.of("1"));
    api.as(admin).get(API + "transfers/?search=TRF-" + day).then().body("count", Quantity.of("2"));
    api.as(admin)
        .get(API + "transfers/?search=TRF-19990101")
        .then()
        .body("count", Quantity.of("0"));
  }

  @Test
  void anInTransitTransferCancelledPutsItsStockBackToItsLots() {
    shop.receive(rice, "10", "2.50", "5.00");
    String transfer = asked(admin, "4");
    api.as(admin).post(API + "transfers/" + transfer + "/dispatch/").then().statusCode(200);
    assertThat(onHand(shop.warehouse())).isEqualTo("6");
    api.as(admin)
        .post(API + "transfers/" + transfer + "/cancel/")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("cancelled_at", org.hamcrest.Matchers.notNullValue());
    assertThat(onHand(shop.warehouse())).isEqualTo("10");
    assertThat(onHand(storefront)).isEqualTo("0");
    api.as(admin)
        .get(API + "reports/valuation/")
        .then()
        .body("total_value", equalTo("25.00"))
        .body("rows.findAll { it.in_transit }.size()", Quantity.of("0"));
    assertThat(balance("1200")).isEqualTo("25.00");
    api.as(admin).post(API + "transfers/" + transfer + "/receive/").then().statusCode(409);
    integrityHolds();
  }

  @Test
  void aCompletedTransferCannotBeCancelled() {
    shop.receive(rice, "10", "2.50", "5.00");
    String transfer = asked(admin, "4");
    api.as(admin).post(API + "transfers/" + transfer + "/complete/").then().statusCode(200);
    api.as(admin).post(API + "transfers/" + transfer + "/cancel/").then().statusCode(409);
    assertThat(onHand(storefront)).isEqualTo("4");
  }

  @Test
  void theOriginsTransferOfThreeLeavesSeventeenAtTheWarehouse() {
    shop.receive(rice, "20", "1.00", "2.00");
    String transfer = asked(admin, "3");
    api.as(admin)
        .post(API + "transfers/" + transfer + "/complete/")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"));
    assertThat(onHand(shop.warehouse())).isEqualTo("17");
    assertThat(onHand(storefront)).isEqualTo("3");
    assertThat(balance("1200")).isEqualTo("20.00");
    integrityHolds();
  }

  @Test
  void warehouseStaffCannotApproveTheirOwnRequest() {
    shop.receive(rice, "10", "1.00", "2.00");
    Staff asker = api.addStaff(admin, "WAREHOUSE_STAFF");
    String transfer = asked(asker, "2");
    api.as(asker)
        .post(API + "transfers/" + transfer + "/approve/")
        .then()
        .statusCode(403)
        .body("type", endsWith("/own-request"));
    api.as(asker).post(API + "transfers/" + transfer + "/complete/").then().statusCode(403);
    api.as(asker).post(API + "transfers/" + transfer + "/dispatch/").then().statusCode(403);
    assertThat(onHand(shop.warehouse())).isEqualTo("10");
    Staff colleague = api.addStaff(admin, "WAREHOUSE_STAFF");
    api.as(colleague)
        .post(API + "transfers/" + transfer + "/approve/")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
    // approved by someone else, the asker may send it
    api.as(asker).post(API + "transfers/" + transfer + "/complete/").then().statusCode(200);
  }

  @Test
  void assignedWarehouseStaffActOnlyForTheirWarehouses() {
    String north = shop.create(API + "warehouses/", Map.of("name", "North warehouse"));
    Staff assigned = api.addStaff(admin, "WAREHOUSE_STAFF");
    api.as(admin)
        .body(Map.of("user_ids", List.of(assigned.userId().toString())))
        .put(API + "warehouses/" + north + "/staff/")
        .then()
        .statusCode(200)
        .body("user_ids", equalTo(List.of(assigned.userId().toString())));
    api.as(admin).get(API + "warehouses/" + north + "/staff/").then().body("user_ids", hasSize(1));
    receiveAs(assigned, north).then().statusCode(201);
    receiveAs(assigned, shop.warehouse())
        .then()
        .statusCode(403)
        .body("type", endsWith("/warehouse-not-assigned"));
    ask(assigned, shop.warehouse(), "1").then().statusCode(403);
    integrityHolds();
  }

  void assign(String warehouse, Staff... staff) {
    api.as(admin)
        .body(
            Map.of(
                "user_ids",
                java.util.Arrays.stream(staff).map(m -> m.userId().toString()).toList()))
        .put(API + "warehouses/" + warehouse + "/staff/")
        .then()
        .statusCode(200);
  }

  @Test
  void warehouseStaffActEverywhereUntilTheBusinessAssignsAnyone() {
    String north = shop.create(API + "warehouses/", Map.of("name", "North warehouse"));
    Staff free = api.addStaff(admin, "WAREHOUSE_STAFF");
    receiveAs(free, north).then().statusCode(201);
  }

  @Test
  void unassignedWarehouseStaffActNowhereOnceTheBusinessAssigns() {
    String north = shop.create(API + "warehouses/", Map.of("name", "North warehouse"));
    assign(north, api.addStaff(admin, "WAREHOUSE_STAFF"));
    Staff free = api.addStaff(admin, "WAREHOUSE_STAFF");
    receiveAs(free, shop.warehouse())
        .then()
        .statusCode(403)
        .body("type", endsWith("/warehouse-not-assigned"));
  }

  @Test
  void removingTheLastAssignmentLeavesTheStaffMemberActingNowhere() {
    String north = shop.create(API + "warehouses/", Map.of("name", "North warehouse"));
    Staff assigned = api.addStaff(admin, "WAREHOUSE_STAFF");
    assign(north, assigned);
    assign(north);
    receiveAs(assigned, shop.warehouse()).then().statusCode(403);
  }

  Response receiveAs(Staff who, String warehouse) {
    return api.as(who)
        .body(
            Map.of(
                "warehouse_id",
                warehouse,
                "supplier",
                "Acme",
                "reference",
                "INV-" + UUID.randomUUID(),
                "items",
                List.of(
                    Map.of(
                        "product_id",
                        rice,
                        "quantity",
                        "2",
                        "unit_cost",
                        "1.00",
                        "retail_price",
                        "2.00",
                        "wholesale_price",
                        "2.00"))))
        .post(API + "batches/");
  }

  @Test
  void onlyAnAdminAssignsWarehouseStaff() {
    Staff manager = api.addStaff(admin, "MANAGER");
    Staff staff = api.addStaff(admin, "WAREHOUSE_STAFF");
    api.as(manager)
        .body(Map.of("user_ids", List.of(staff.userId().toString())))
        .put(API + "warehouses/" + shop.warehouse() + "/staff/")
        .then()
        .statusCode(403);
    api.as(staff)
        .body(Map.of("user_ids", List.of(staff.userId().toString())))
        .put(API + "warehouses/" + shop.warehouse() + "/staff/")
        .then()
        .statusCode(403);
  }

  @Test
  void onlyWarehouseStaffAreAssignedToWarehouses() {
    Staff cashier = api.addStaff(admin, "CASHIER");
    api.as(admin)
        .body(Map.of("user_ids", List.of(cashier.userId().toString())))
        .put(API + "warehouses/" + shop.warehouse() + "/staff/")
        .then()
        .statusCode(400)
        .body("errors.'user_ids[0]'", org.hamcrest.Matchers.notNullValue());
    api.as(admin)
        .body(Map.of("user_ids", List.of(UUID.randomUUID().toString())))
        .put(API + "warehouses/" + shop.warehouse() + "/staff/")
        .then()
        .statusCode(400);
    api.as(admin)
        .body(Map.of("user_ids", List.of()))
        .put(API + "warehouses/" + storefront + "/staff/")
        .then()
        .statusCode(404);
    api.as(admin)
        .get(API + "warehouses/" + shop.warehouse() + "/staff/")
        .then()
        .body("user_ids", hasSize(0));
  }

  @Test
  void theAvailabilityCheckAnswersPerLineWithoutMovingStock() {
    shop.receive(rice, "10", "1.00", "2.00");
    String oil = shop.product("OIL-1L", "Sunflower oil 1l");
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(storefront));
    api.as(cashier)
        .body(
            Map.of(
                "location_id",
                shop.warehouse(),
                "items",
                List.of(
                    Map.of("product_id", rice, "quantity", "10"),
                    Map.of("product_id", oil, "quantity", "1"))))
        .post(API + "availability/")
        .then()
        .statusCode(200)
        .body("sufficient", equalTo(false))
        .body("lines[0].product_id", equalTo(rice))
        .body("lines[0].requested", Quantity.of("10.0"))
        .body("lines[0].available", Quantity.of("10.0"))
        .body("lines[0].sufficient", equalTo(true))
        .body("lines[1].available", Quantity.of("0"))
        .body("lines[1].sufficient", equalTo(false));
    assertThat(onHand(shop.warehouse())).isEqualTo("10");
  }

  @Test
  void theAvailabilityCheckRefusesAnotherBusinesssStockOrAnEmptyList() {
    Shop other = Shop.open(api);
    String theirs = other.product("X-1", "Theirs");
    api.as(admin)
        .body(
            Map.of(
                "location_id",
                shop.warehouse(),
                "items",
                List.of(Map.of("product_id", theirs, "quantity", "1"))))
        .post(API + "availability/")
        .then()
        .statusCode(400)
        .body("errors.'items[0].product_id'", org.hamcrest.Matchers.notNullValue());
    api.as(admin)
        .body(
            Map.of(
                "location_id",
                other.warehouse(),
                "items",
                List.of(Map.of("product_id", rice, "quantity", "1"))))
        .post(API + "availability/")
        .then()
        .statusCode(400);
    api.as(admin)
        .body(Map.of("location_id", shop.warehouse(), "items", List.of()))
        .post(API + "availability/")
        .then()
        .statusCode(400);
  }

  @Test
  void aShortCheckoutNamesEveryShortLine() {
    shop.receive(rice, "10", "1.00", "2.00");
    String oil = shop.product("OIL-1L", "Sunflower oil 1l");
    shop.receive(oil, "10", "1.00", "3.00");
    shop.stock(storefront, rice, "5");
    shop.stock(storefront, oil, "2");
    api.as(admin)
        .body(
            Map.of(
                "storefront_id",
                storefront,
                "items",
                List.of(Shop.line(rice, "6"), Shop.line(oil, "3")),
                "payments",
                List.of(Shop.pay("CASH", "100.00"))))
        .post("sales/api/sales/")
        .then()
        .statusCode(409)
        .body("type", endsWith("/insufficient-stock"))
        .body("short_lines", hasSize(2))
        .body("short_lines.find { it.product_id == '" + rice + "' }.available", Quantity.of("5"))
        .body("short_lines.find { it.product_id == '" + rice + "' }.requested", Quantity.of("6"))
        .body("short_lines.find { it.product_id == '" + oil + "' }.available", Quantity.of("2"));
    assertThat(onHand(storefront)).isEqualTo("5");
  }

  @Test
  void aHeldCartLineBeyondTheShelfNamesItsShortLine() {
    shop.receive(rice, "10", "1.00", "2.00");
    shop.stock(storefront, rice, "4");
    String cart =
        api.as(admin)
            .body(Map.of("storefront_id", storefront, "sale_type", "RETAIL"))
            .post("sales/api/carts/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    api.as(admin)
        .body(Map.of("product_id", rice, "quantity", "5"))
        .post("sales/api/carts/" + cart + "/items/")
        .then()
        .statusCode(409)
        .body("short_lines[0].product_id", equalTo(rice))
        .body("short_lines[0].available", Quantity.of("4"))
        .body("short_lines[0].requested", Quantity.of("5"));
  }

  @Test
  void aCompletionRepeatedWithItsIdempotencyKeyMovesStockOnce() {
    shop.receive(rice, "10", "1.00", "2.00");
    String transfer = asked(admin, "4");
    String key = UUID.randomUUID().toString();
    String first =
        api.as(admin)
            .header("Idempotency-Key", key)
            .post(API + "transfers/" + transfer + "/complete/")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String again =
        api.as(admin)
            .header("Idempotency-Key", key)
            .post(API + "transfers/" + transfer + "/complete/")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(again).isEqualTo(first);
    assertThat(onHand(storefront)).isEqualTo("4");
    assertThat(first).contains("\"reference\":\"TRF-");
    assertThat(first).matches("(?s).*\"status\":\"COMPLETED\".*");
  }

  @Test
  void cashiersCannotCancelOrSendTransfers() {
    shop.receive(rice, "10", "1.00", "2.00");
    String transfer = asked(admin, "1");
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(storefront));
    api.as(cashier).post(API + "transfers/" + transfer + "/cancel/").then().statusCode(403);
    api.as(cashier).post(API + "transfers/" + transfer + "/complete/").then().statusCode(403);
    api.as(admin)
        .get(API + "transfers/" + transfer + "/")
        .then()
        .body("reference", matchesPattern("TRF-\\d{8}-[0-9A-Z]{6}"))
        .body("status", equalTo("PENDING"));
  }
}
