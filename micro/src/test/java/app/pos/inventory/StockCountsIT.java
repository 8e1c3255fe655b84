package app.pos.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.Shop;
import io.restassured.response.Response;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stock counts stored as taken, listed with the corrections they proposed and their fate. */
@SharedServer
class StockCountsIT {

  static final String API = Shop.INVENTORY;

  @ArquillianResource URL base;
  PosApi api;
  Shop shop;
  Staff admin;
  String rice;
  String oil;

  @BeforeEach
  void open() {
    api = new PosApi(base);
    shop = Shop.open(api);
    admin = shop.admin();
    rice = shop.product("RICE-5KG", "Jasmine rice 5kg");
    oil = shop.product("OIL-1L", "Palm oil 1l");
    shop.receive(rice, "10", "1.50", "3.00");
    shop.receive(oil, "4", "2.00", "3.00");
  }

  Response count(Staff who, List<Map<String, Object>> lines) {
    return api.as(who)
        .body(Map.of("location_id", shop.warehouse(), "counts", lines, "reason", "month end"))
        .post(API + "stock-counts/");
  }

  static Map<String, Object> line(String product, Object counted) {
    return Map.of("product_id", product, "counted_quantity", counted);
  }

  @Test
  void aCountIsStoredLineByLineWithTheCorrectionsItProposed() {
    Staff counter = api.addStaff(admin, "WAREHOUSE_STAFF");
    String correction =
        count(counter, List.of(line(rice, 7), line(oil, 4)))
            .then()
            .statusCode(200)
            .body("count", equalTo(1))
            .body("results[0].adjustment_type", equalTo("COUNT_VARIANCE"))
            .body("results[0].quantity", equalTo(-3.0f))
            .extract()
            .path("results[0].id");
    String countId =
        api.as(admin)
            .get(API + "adjustments/" + correction + "/")
            .then()
            .extract()
            .path("stock_count_id");
    api.as(admin)
        .get(API + "stock-counts/" + countId + "/")
        .then()
        .statusCode(200)
        .body("location_id", equalTo(shop.warehouse()))
        .body("location_name", equalTo("Main warehouse"))
        .body("counted_by", equalTo(counter.userId().toString()))
        .body("reason", equalTo("month end"))
        .body("lines.size()", equalTo(2))
        .body("lines[0].sku", equalTo("RICE-5KG"))
        .body("lines[0].counted_quantity", equalTo(7.0f))
        .body("lines[0].booked_quantity", equalTo(10.0f))
        .body("lines[0].difference", equalTo(-3.0f))
        .body("lines[0].adjustment_id", equalTo(correction))
        .body("lines[0].correction", equalTo("PENDING"))
        .body("lines[1].adjustment_id", nullValue())
        .body("lines[1].correction", equalTo("NONE"))
        .body("corrections_proposed", equalTo(1))
        .body("corrections_pending", equalTo(1));
  }

  @Test
  void aCountShowsItsCorrectionAppliedOnceApproved() {
    String correction =
        count(admin, List.of(line(rice, 12))).then().extract().path("results[0].id");
    api.as(admin).post(API + "adjustments/" + correction + "/approve/").then().statusCode(200);
    api.as(admin)
        .get(API + "stock-counts/")
        .then()
        .statusCode(200)
        .body("count", equalTo(1))
        .body("results[0].corrections_applied", equalTo(1))
        .body("results[0].corrections_pending", equalTo(0))
        .body("results[0].lines[0].correction", equalTo("APPLIED"));
    api.as(admin).get("admin/api/integrity/").then().body("ok", equalTo(true));
  }

  @Test
  void aCountAboveTheBooksIsAnInventoryGain() {
    String correction =
        count(admin, List.of(line(rice, 12))).then().extract().path("results[0].id");
    api.as(admin).post(API + "adjustments/" + correction + "/approve/").then().statusCode(200);
    String gains =
        api.as(admin)
            .get("bookkeeping/api/accounts/")
            .then()
            .extract()
            .path("results.find { it.code == '4200' }.balance");
    assertThat(gains).isEqualTo("3.00");
  }

  @Test
  void aCountThatAgreesWithTheBooksIsStoredWithNoCorrection() {
    count(admin, List.of(line(rice, 10))).then().statusCode(200).body("count", equalTo(0));
    api.as(admin)
        .get(API + "stock-counts/")
        .then()
        .body("count", equalTo(1))
        .body("results[0].corrections_proposed", equalTo(0));
  }

  @Test
  void countsAreListedByLocation() {
    String storefront = shop.storefront("High street");
    count(admin, List.of(line(rice, 10))).then().statusCode(200);
    api.as(admin)
        .get(API + "stock-counts/?location_id=" + storefront)
        .then()
        .body("count", equalTo(0));
    api.as(admin)
        .get(API + "stock-counts/?location_id=" + shop.warehouse())
        .then()
        .body("count", equalTo(1));
  }

  @Test
  void aProductCountedTwiceIsRefusedWithNothingStored() {
    count(admin, List.of(line(rice, 7), line(rice, 8)))
        .then()
        .statusCode(400)
        .body(
            "errors.'counts[1].product_id'[0]", equalTo("is counted twice: one line per product"));
    api.as(admin).get(API + "stock-counts/").then().body("count", equalTo(0));
    api.as(admin).get(API + "adjustments/").then().body("count", equalTo(0));
  }

  @Test
  void cashiersMayNotCountButMayReadCounts() {
    Staff cashier = api.addStaff(admin, "CASHIER");
    count(cashier, List.of(line(rice, 7))).then().statusCode(403);
    api.as(cashier).get(API + "stock-counts/").then().statusCode(200);
  }

  @Test
  void anotherBusinessDoesNotSeeACount() {
    String correction = count(admin, List.of(line(rice, 7))).then().extract().path("results[0].id");
    String countId =
        api.as(admin)
            .get(API + "adjustments/" + correction + "/")
            .then()
            .extract()
            .path("stock_count_id");
    Staff other = api.registerBusiness();
    api.as(other).get(API + "stock-counts/" + countId + "/").then().statusCode(404);
    api.as(other).get(API + "stock-counts/").then().body("count", equalTo(0));
  }

  @Test
  void aRecountSupersedesTheCorrectionStillPending() {
    String first = count(admin, List.of(line(rice, 8))).then().extract().path("results[0].id");
    count(admin, List.of(line(rice, 8))).then().statusCode(200).body("count", equalTo(1));
    api.as(admin)
        .get(API + "adjustments/" + first + "/")
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"));
  }

  @Test
  void approvingACorrectionOfAnEarlierCountIsRefused() {
    String first = count(admin, List.of(line(rice, 8))).then().extract().path("results[0].id");
    count(admin, List.of(line(rice, 8)));
    api.as(admin).post(API + "adjustments/" + first + "/approve/").then().statusCode(409);
  }

  @Test
  void aDifferenceCountedTwiceIsAppliedOnce() {
    String first = count(admin, List.of(line(rice, 8))).then().extract().path("results[0].id");
    String second = count(admin, List.of(line(rice, 8))).then().extract().path("results[0].id");
    api.as(admin).post(API + "adjustments/" + first + "/approve/");
    api.as(admin)
        .post(API + "adjustments/" + second + "/approve/")
        .then()
        .statusCode(200)
        .body("quantity_after", equalTo(8.0f));
  }

  @Test
  void aRecountOfAnotherProductLeavesTheCorrectionPending() {
    String first = count(admin, List.of(line(rice, 8))).then().extract().path("results[0].id");
    count(admin, List.of(line(oil, 3)));
    api.as(admin).get(API + "adjustments/" + first + "/").then().body("status", equalTo("PENDING"));
  }

  @Test
  void unassignedWarehouseStaffDoNotCountOnceTheBusinessAssigns() {
    String north = shop.create(API + "warehouses/", Map.of("name", "North warehouse"));
    api.as(admin)
        .body(
            Map.of("user_ids", List.of(api.addStaff(admin, "WAREHOUSE_STAFF").userId().toString())))
        .put(API + "warehouses/" + north + "/staff/")
        .then()
        .statusCode(200);
    count(api.addStaff(admin, "WAREHOUSE_STAFF"), List.of(line(rice, 7))).then().statusCode(403);
  }
}
