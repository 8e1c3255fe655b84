package app.pos.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import app.pos.devkit.InTheSharedBusiness;
import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.Shop;
import io.restassured.response.Response;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

/** Catalogue, receiving, stock levels, transfers and valuation end to end. */
@SharedServer
// most tests move stock and money, each in a shop of its own; the few that only read or are
// refused share one shop opened once, sparing each a sign-up
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InventoryIT {

  static final String API = "inventory/api/";

  /** A shop as a test finds it: its owner, main warehouse, storefront and rice (reorder at 3). */
  record Opened(Staff admin, String warehouse, String storefront, String product) {}

  @ArquillianResource URL base;
  PosApi api;
  Opened shared;
  Staff admin;
  String warehouse;
  String storefront;
  String product;

  /** The shared shop's one goods receipt: 10 rice at 12.3456 a unit. */
  Response received;

  @BeforeAll
  void sharedShop() {
    api = new PosApi(base);
    shared = open();
    use(shared);
    received = receive(admin, List.of(item(product, "10", "12.3456", null)));
  }

  @BeforeEach
  void shop(TestInfo test) {
    use(
        test.getTestMethod().orElseThrow().isAnnotationPresent(InTheSharedBusiness.class)
            ? shared
            : open());
  }

  void use(Opened shop) {
    admin = shop.admin();
    warehouse = shop.warehouse();
    storefront = shop.storefront();
    product = shop.product();
  }

  Opened open() {
    Shop shop = Shop.open(api);
    return new Opened(
        shop.admin(),
        shop.warehouse(),
        shop.storefront("High street"),
        shop.product(
            "RICE-5KG", "Jasmine rice 5kg", Map.of("barcode", "600100200300", "reorder_level", 3)));
  }

  String create(String path, Map<String, Object> body) {
    return api.as(admin).body(body).post(API + path).then().statusCode(201).extract().path("id");
  }

  Map<String, Object> item(String productId, String qty, String cost, String expiry) {
    Map<String, Object> item =
        new HashMap<>(
            Map.of(
                "product_id",
                productId,
                "quantity",
                qty,
                "unit_cost",
                cost,
                "retail_price",
                "20.00",
                "wholesale_price",
                "17.50"));
    if (expiry != null) {
      item.put("expiry_date", expiry);
    }
    return item;
  }

  Response receive(Staff who, List<Map<String, Object>> items) {
    return api.as(who)
        .body(
            Map.of(
                "warehouse_id",
                warehouse,
                "supplier",
                "Acme Foods",
                "reference",
                "INV-1",
                "items",
                items))
        .post(API + "batches/");
  }

  /** The owner receives one lot of the product at that cost; answers the lot's id. */
  String lot(String qty, String cost) {
    return receive(admin, List.of(item(product, qty, cost, null)))
        .then()
        .statusCode(201)
        .extract()
        .path("items[0].id");
  }

  String transfer(Staff who, String qty) {
    return api.as(who)
        .body(
            Map.of(
                "from_warehouse_id",
                warehouse,
                "to_storefront_id",
                storefront,
                "items",
                List.of(Map.of("product_id", product, "quantity", qty))))
        .post(API + "transfers/")
        .then()
        .statusCode(201)
        .body("status", equalTo("PENDING"))
        .extract()
        .path("id");
  }

  String onHand(String location) {
    List<Object> rows =
        api.as(admin)
            .get(API + "inventory/?product_id=" + product + "&location_id=" + location)
            .then()
            .statusCode(200)
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

  @Test
  @InTheSharedBusiness
  void aReceivedBatchIsOnHandAtTheWarehouseAtItsPrices() {
    received
        .then()
        .statusCode(201)
        .body("items", hasSize(1))
        .body("items[0].retail_price", equalTo("20.00"));
    api.as(admin)
        .get(API + "inventory/?location_type=WAREHOUSE")
        .then()
        .statusCode(200)
        .body("count", equalTo(1))
        .body("results[0].sku", equalTo("RICE-5KG"))
        .body("results[0].quantity_on_hand", equalTo(10.0f))
        .body("results[0].quantity_reserved", equalTo(0f))
        .body("results[0].quantity_available", equalTo(10.0f))
        .body("results[0].retail_price", equalTo("20.00"))
        .body("results[0].wholesale_price", equalTo("17.50"));
  }

  @Test
  @InTheSharedBusiness
  void aReceivedBatchPostsItsCostToTheCentAsInventoryOwedToTheSupplier() {
    received.then().statusCode(201).body("total_cost", equalTo("123.46"));
    assertThat(balance("1200")).isEqualTo("123.46");
    assertThat(balance("2000")).isEqualTo("123.46");
    api.as(admin)
        .get("bookkeeping/api/journal-entries/" + received.path("journal_entry_id") + "/")
        .then()
        .statusCode(200)
        .body("source_type", equalTo("GOODS_RECEIPT"));
  }

  @Test
  @InTheSharedBusiness
  void aReceiptOfNoneOrLessIsRefusedWithNothingPosted() {
    received.then().statusCode(201);
    receive(admin, List.of(item(product, "0", "1", null))).then().statusCode(400);
    receive(admin, List.of(item(product, "-1", "1", null))).then().statusCode(400);
    assertThat(balance("1200")).isEqualTo("123.46");
  }

  @Test
  void transfersMoveExactlyTheQuantityOrRefuseWith409() {
    receive(admin, List.of(item(product, "10", "5.00", null))).then().statusCode(201);
    // both are available when asked for; once the 6 are gone, the 5 are not
    String tooMuch = transfer(admin, "5");
    String six = transfer(admin, "6");
    api.as(admin).post(API + "transfers/" + six + "/complete/").then().statusCode(200);
    api.as(admin)
        .post(API + "transfers/" + tooMuch + "/complete/")
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.containsString("insufficient-stock"))
        .body("short_lines[0].product_id", equalTo(product))
        .body("short_lines[0].available", equalTo(4))
        .body("short_lines[0].requested", equalTo(5));
    api.as(admin).get(API + "transfers/" + tooMuch + "/").then().body("status", equalTo("PENDING"));
    assertThat(onHand(warehouse)).isEqualTo("4");
    String ok = transfer(admin, "4");
    api.as(admin)
        .post(API + "transfers/" + ok + "/complete/")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"));
    assertThat(onHand(warehouse)).isEqualTo("0");
    assertThat(onHand(storefront)).isEqualTo("10");
    api.as(admin).post(API + "transfers/" + ok + "/complete/").then().statusCode(409);
    api.as(admin)
        .post(API + "transfers/" + tooMuch + "/cancel/")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    api.as(admin).post(API + "transfers/" + tooMuch + "/cancel/").then().statusCode(409);
    api.as(admin)
        .get(API + "inventory/?location_id=" + storefront)
        .then()
        .body("results[0].retail_price", equalTo("20.00"));
    assertThat(balance("1200")).isEqualTo("50.00");
  }

  @Test
  void anExpiredLotIsNeitherAvailableNorTransferred() {
    LocalDate today = LocalDate.now();
    receive(
            admin,
            List.of(
                item(product, "5", "1.00", today.minusDays(1).toString()),
                item(product, "3", "1.00", today.plusDays(30).toString()),
                item(product, "2", "1.00", today.plusDays(5).toString())))
        .then()
        .statusCode(201);
    api.as(admin)
        .get(API + "inventory/?location_id=" + warehouse)
        .then()
        .body("results[0].quantity_available", equalTo(5.0f));
    // the expired lot is not available: 6 of 5 are refused when asked for
    api.as(admin)
        .body(
            Map.of(
                "from_warehouse_id",
                warehouse,
                "to_storefront_id",
                storefront,
                "items",
                List.of(Map.of("product_id", product, "quantity", "6"))))
        .post(API + "transfers/")
        .then()
        .statusCode(409)
        .body("short_lines[0].available", equalTo(5));
    String two = transfer(admin, "2");
    api.as(admin).post(API + "transfers/" + two + "/complete/").then().statusCode(200);
    // the 2 came from the lots still in date: what stays available is 3, not 5
    api.as(admin)
        .get(API + "inventory/?location_id=" + warehouse)
        .then()
        .body("results[0].quantity_available", equalTo(3.0f));
  }

  @Test
  void valuationEqualsTheInventoryAccountAfterAMixedScenario() {
    receive(admin, List.of(item(product, "7", "3.3333", null))).then().statusCode(201);
    receive(admin, List.of(item(product, "2.5", "0.0101", null), item(product, "1", "9.99", null)))
        .then()
        .statusCode(201);
    for (String qty : List.of("1", "2.5", "3", "0.5")) {
      String t = transfer(admin, qty);
      api.as(admin).post(API + "transfers/" + t + "/complete/").then().statusCode(200);
    }
    String total =
        api.as(admin)
            .get(API + "reports/valuation/")
            .then()
            .statusCode(200)
            .extract()
            .path("total_value");
    assertThat(total).isEqualTo(balance("1200"));
    String atStore =
        api.as(admin)
            .get(API + "reports/valuation/?location_id=" + storefront)
            .then()
            .extract()
            .path("total_value");
    assertThat(new java.math.BigDecimal(atStore)).isPositive();
  }

  @Test
  void twentyConcurrentTransfersNeverDriveStockNegative() throws Exception {
    receive(admin, List.of(item(product, "10", "2.00", null))).then().statusCode(201);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(transfer(admin, "1"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (String id : ids) {
        calls.add(() -> api.as(admin).post(API + "transfers/" + id + "/complete/").statusCode());
      }
      for (Future<Integer> f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(statuses).allMatch(s -> s == 200 || s == 409);
    assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(10);
    assertThat(onHand(warehouse)).isEqualTo("0");
    assertThat(onHand(storefront)).isEqualTo("10");
    assertThat(balance("1200")).isEqualTo("20.00");
  }

  @Test
  void warehouseStaffMoveStockButDoNotEditTheCatalogue() {
    Staff warehouseStaff = api.addStaff(admin, "WAREHOUSE_STAFF");
    receive(warehouseStaff, List.of(item(product, "4", "1.00", null))).then().statusCode(201);
    String t = transfer(admin, "1");
    api.as(warehouseStaff).post(API + "transfers/" + t + "/complete/").then().statusCode(200);
    api.as(warehouseStaff)
        .body(Map.of("sku", "X", "name", "X"))
        .post(API + "products/")
        .then()
        .statusCode(403);
  }

  @Test
  @InTheSharedBusiness
  void cashiersOnlyReadTheStockLevelsOfTheCatalogue() {
    Staff cashier = api.addStaff(admin, "CASHIER");
    receive(cashier, List.of(item(product, "4", "1.00", null))).then().statusCode(403);
    api.as(cashier)
        .body(
            Map.of(
                "from_warehouse_id",
                warehouse,
                "to_storefront_id",
                storefront,
                "items",
                List.of(Map.of("product_id", product, "quantity", 1))))
        .post(API + "transfers/")
        .then()
        .statusCode(403);
    api.as(cashier).body(Map.of("name", "W2")).post(API + "warehouses/").then().statusCode(403);
    api.as(cashier).get(API + "inventory/").then().statusCode(200);
    api.as(cashier).get(API + "products/").then().statusCode(200);
    api.as(cashier).get(API + "reports/valuation/").then().statusCode(403);
  }

  @Test
  void anotherBusinessGets404OnEveryInventoryObject() {
    String batch =
        receive(admin, List.of(item(product, "4", "1.00", null)))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String t = transfer(admin, "1");
    Staff other = api.registerBusiness();
    for (String path :
        List.of("products/" + product + "/", "batches/" + batch + "/", "transfers/" + t + "/")) {
      api.as(other).get(API + path).then().statusCode(404);
    }
    api.as(other).post(API + "transfers/" + t + "/complete/").then().statusCode(404);
    api.as(other).post(API + "transfers/" + t + "/cancel/").then().statusCode(404);
    api.as(other).get(API + "products/by-sku/RICE-5KG/").then().statusCode(404);
    api.as(other).get(API + "inventory/").then().body("count", equalTo(0));
    api.as(other).get(API + "warehouses/").then().body("count", equalTo(0));
    api.as(other)
        .body(
            Map.of(
                "warehouse_id",
                warehouse,
                "supplier",
                "S",
                "items",
                List.of(item(product, "1", "1", null))))
        .post(API + "batches/")
        .then()
        .statusCode(400);
    api.as(admin).get(API + "transfers/" + t + "/").then().body("status", equalTo("PENDING"));
  }

  @Test
  void aSearchCountsEveryMatchOnEachPageInNameOrder() {
    create("products/", Map.of("sku", "RICE-1KG", "name", "Basmati RICE 1kg"));
    create("products/", Map.of("sku", "OIL-1L", "name", "Palm oil 1l"));
    api.as(admin)
        .get(API + "products/?search=Rice&page_size=1")
        .then()
        .body("count", equalTo(2))
        .body("results.name", contains("Basmati RICE 1kg"));
    api.as(admin)
        .get(API + "products/?search=rice&page_size=1&page=2")
        .then()
        .body("count", equalTo(2))
        .body("results.name", contains("Jasmine rice 5kg"));
    api.as(admin)
        .get(API + "products/?search=rice&page_size=1&page=3")
        .then()
        .statusCode(200)
        .body("count", equalTo(2))
        .body("results", hasSize(0));
  }

  @Test
  void aSearchLeavesRetiredProductsOutUnlessAsked() {
    String retired = create("products/", Map.of("sku", "RICE-OLD", "name", "Old rice"));
    api.as(admin)
        .body(Map.of("is_active", false))
        .patch(API + "products/" + retired + "/")
        .then()
        .statusCode(200);
    api.as(admin).get(API + "products/?search=rice").then().body("count", equalTo(1));
    api.as(admin)
        .get(API + "products/?search=rice&include_inactive=true")
        .then()
        .body("count", equalTo(2));
    api.as(admin)
        .get(API + "products/?search=rice&is_active=false")
        .then()
        .body("results.id", contains(retired));
  }

  @Test
  @InTheSharedBusiness
  void aProductIsFoundByItsNameBarcodeOrSku() {
    api.as(admin)
        .get(API + "products/?search=jasmine")
        .then()
        .statusCode(200)
        .body("count", equalTo(1));
    api.as(admin).get(API + "products/?search=600100200300").then().body("count", equalTo(1));
    api.as(admin).get(API + "products/?search=nothing-like-it").then().body("count", equalTo(0));
    api.as(admin)
        .get(API + "products/by-barcode/600100200300/")
        .then()
        .statusCode(200)
        .body("id", equalTo(product));
    api.as(admin)
        .get(API + "products/by-sku/RICE-5KG/")
        .then()
        .statusCode(200)
        .body("id", equalTo(product));
  }

  @Test
  @InTheSharedBusiness
  void aSecondProductWithTheSameSkuIsRefused() {
    api.as(admin)
        .body(Map.of("sku", "RICE-5KG", "name", "Duplicate"))
        .post(API + "products/")
        .then()
        .statusCode(400)
        .body("errors.sku", org.hamcrest.Matchers.notNullValue());
  }

  Response adjust(Staff who, String type, String qty, String lot) {
    Map<String, Object> body =
        new HashMap<>(
            Map.of(
                "location_id",
                warehouse,
                "product_id",
                product,
                "adjustment_type",
                type,
                "quantity",
                qty,
                "reason",
                "counted"));
    if (lot != null) {
      body.put("lot_id", lot);
    }
    return api.as(who).body(body).post(API + "adjustments/");
  }

  @Test
  void anApprovedShrinkageAdjustmentPostsAtLotCost() {
    String lot = lot("10", "2.50");
    Staff manager = api.addStaff(admin, "MANAGER");
    Staff warehouseStaff = api.addStaff(admin, "WAREHOUSE_STAFF");
    Staff cashier = api.addStaff(admin, "CASHIER");
    String damage =
        adjust(warehouseStaff, "DAMAGE", "2", null)
            .then()
            .statusCode(201)
            .body("status", equalTo("PENDING"))
            .body("quantity", equalTo(-2))
            .extract()
            .path("id");
    adjust(cashier, "DAMAGE", "1", null).then().statusCode(403);
    assertThat(onHand(warehouse)).isEqualTo("10");
    api.as(warehouseStaff).post(API + "adjustments/" + damage + "/approve/").then().statusCode(403);
    api.as(manager)
        .post(API + "adjustments/" + damage + "/approve/")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("value", equalTo("5.00"));
    api.as(manager).post(API + "adjustments/" + damage + "/approve/").then().statusCode(409);
    assertThat(onHand(warehouse)).isEqualTo("8");
    assertThat(balance("1200")).isEqualTo("20.00");
    assertThat(balance("5100")).isEqualTo("5.00");

    String rejected = adjust(admin, "THEFT", "1", null).then().statusCode(201).extract().path("id");
    api.as(manager)
        .post(API + "adjustments/" + rejected + "/reject/")
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"));
    assertThat(onHand(warehouse)).isEqualTo("8");

    adjust(admin, "FOUND", "1", null)
        .then()
        .statusCode(400)
        .body("errors.lot_id", org.hamcrest.Matchers.notNullValue());
    String found = adjust(admin, "FOUND", "1", lot).then().statusCode(201).extract().path("id");
    api.as(admin).post(API + "adjustments/" + found + "/approve/").then().statusCode(200);
    assertThat(balance("1200")).isEqualTo("22.50");
    assertThat(balance("5100")).isEqualTo("5.00");
    assertThat(balance("4200")).isEqualTo("2.50");

    String back =
        adjust(admin, "RETURN_TO_SUPPLIER", "4", lot).then().statusCode(201).extract().path("id");
    api.as(admin).post(API + "adjustments/" + back + "/approve/").then().statusCode(200);
    assertThat(balance("2000")).isEqualTo("15.00");
    String tooMany = adjust(admin, "LOSS", "100", null).then().statusCode(201).extract().path("id");
    api.as(admin).post(API + "adjustments/" + tooMany + "/approve/").then().statusCode(409);
    adjust(admin, "LOSS", "-1", null).then().statusCode(400);
    String total =
        api.as(admin).get(API + "reports/valuation/").then().extract().path("total_value");
    assertThat(total).isEqualTo(balance("1200"));
  }

  @Test
  void managersRepriceLotsWarehouseStaffMayNot() {
    String lot = lot("3", "1.00");
    Staff warehouseStaff = api.addStaff(admin, "WAREHOUSE_STAFF");
    api.as(warehouseStaff)
        .body(Map.of("retail_price", "25.00"))
        .post(API + "lots/" + lot + "/reprice/")
        .then()
        .statusCode(403);
    api.as(admin)
        .body(Map.of("retail_price", "25.00"))
        .post(API + "lots/" + lot + "/reprice/")
        .then()
        .statusCode(200)
        .body("retail_price", equalTo("25.00"))
        .body("wholesale_price", equalTo("17.50"));
    api.as(admin)
        .get(API + "inventory/?location_id=" + warehouse)
        .then()
        .body("results[0].retail_price", equalTo("25.00"));
    api.as(admin)
        .get("accounts/api/audit-logs/?action=lot.repriced")
        .then()
        .body("count", equalTo(1));
    api.as(api.registerBusiness())
        .body(Map.of("retail_price", "1.00"))
        .post(API + "lots/" + lot + "/reprice/")
        .then()
        .statusCode(404);
  }

  @Test
  void stockAtOrUnderTheReorderLevelRaisesOneAlertResolvedWhenRestocked() {
    receive(admin, List.of(item(product, "10", "1.00", null))).then().statusCode(201);
    String t = transfer(admin, "8");
    api.as(admin).post(API + "transfers/" + t + "/complete/").then().statusCode(200);
    api.as(admin)
        .get(API + "stock-alerts/?status=OPEN")
        .then()
        .statusCode(200)
        .body("count", equalTo(1))
        .body("results[0].alert_type", equalTo("LOW_STOCK"))
        .body("results[0].location_id", equalTo(warehouse));
    String rest = transfer(admin, "2");
    api.as(admin).post(API + "transfers/" + rest + "/complete/").then().statusCode(200);
    api.as(admin)
        .get(API + "stock-alerts/?status=OPEN")
        .then()
        .body("count", equalTo(1))
        .body("results[0].alert_type", equalTo("OUT_OF_STOCK"));
    receive(admin, List.of(item(product, "10", "1.00", null))).then().statusCode(201);
    api.as(admin).get(API + "stock-alerts/?status=OPEN").then().body("count", equalTo(0));
    api.as(admin).get(API + "stock-alerts/?status=RESOLVED").then().body("count", equalTo(2));
    api.as(admin).get(API + "stock-alerts/?status=BOGUS").then().statusCode(400);
  }

  @Test
  void raisingTheReorderLevelToTheStockOpensALowStockAlert() {
    receive(admin, List.of(item(product, "10", "1.00", null))).then().statusCode(201);
    reorderAt("10");
    api.as(admin)
        .get(API + "stock-alerts/?status=OPEN")
        .then()
        .body("count", equalTo(1))
        .body("results[0].alert_type", equalTo("LOW_STOCK"))
        .body("results[0].message", equalTo("RICE-5KG: 10 available"));
  }

  @Test
  void loweringTheReorderLevelUnderTheStockResolvesItsLowStockAlert() {
    receive(admin, List.of(item(product, "10", "1.00", null))).then().statusCode(201);
    reorderAt("12");
    reorderAt("9");
    api.as(admin).get(API + "stock-alerts/?status=OPEN").then().body("count", equalTo(0));
    api.as(admin).get(API + "stock-alerts/?status=RESOLVED").then().body("count", equalTo(1));
  }

  @Test
  void theDailyLevelCheckResolvesAnAlertTheStockNoLongerBearsOut() throws Exception {
    receive(admin, List.of(item(product, "10", "1.00", null))).then().statusCode(201);
    // an alert left open by a check that failed after the stock came back
    sql(
        "INSERT INTO inv_stock_alert (id, business_id, product_id, location_id, alert_type, status,"
            + " available, message, created_at, updated_at) VALUES (gen_random_uuid(), ?::uuid,"
            + " ?::uuid, ?::uuid, 'LOW_STOCK', 'OPEN', 2, 'RICE-5KG: 2 available', now(), now())",
        admin.businessId().toString(),
        product,
        warehouse);
    checkLevels();
    api.as(admin).get(API + "stock-alerts/?status=OPEN").then().body("count", equalTo(0));
  }

  @Test
  void theDailyLevelCheckOpensAnAlertAMissedCheckLeftOut() throws Exception {
    receive(admin, List.of(item(product, "10", "1.00", null))).then().statusCode(201);
    // a level raised without its check (straight in the database)
    sql("UPDATE inv_product SET reorder_level = 12 WHERE id = ?::uuid", product);
    checkLevels();
    api.as(admin)
        .get(API + "stock-alerts/?status=OPEN")
        .then()
        .body("count", equalTo(1))
        .body("results[0].message", equalTo("RICE-5KG: 10 available"));
  }

  private void checkLevels() {
    api.anonymous()
        .queryParam("business_id", admin.businessId().toString())
        .post("test-support/stock-alerts/levels")
        .then()
        .statusCode(204);
  }

  private static void sql(String statement, String... values) throws Exception {
    try (java.sql.Connection c = app.pos.devkit.TestDatabaseSession.connect();
        java.sql.PreparedStatement s = c.prepareStatement(statement)) {
      for (int i = 0; i < values.length; i++) {
        s.setString(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }

  private void reorderAt(String level) {
    api.as(admin)
        .body(Map.of("reorder_level", level))
        .patch(API + "products/" + product + "/")
        .then()
        .statusCode(200);
  }

  @Test
  void theValuationIsAlsoCsv() {
    receive(admin, List.of(item(product, "4", "1.25", null))).then().statusCode(201);
    String csv =
        api.as(admin)
            .get(API + "reports/valuation/?format=csv")
            .then()
            .statusCode(200)
            .contentType(org.hamcrest.Matchers.containsString("text/csv"))
            .extract()
            .asString();
    assertThat(csv)
        .startsWith("product_id,sku,location_id,quantity_on_hand,value")
        .contains("\"RICE-5KG\"")
        .contains(",,,\"total\",5.00");
  }

  @Test
  void theDailyCheckWarnsOnceAboutLotsCloseToExpiry() {
    String soon = LocalDate.now().plusDays(5).toString();
    receive(
            admin,
            List.of(
                item(product, "4", "1.00", soon),
                item(product, "4", "1.00", LocalDate.now().plusDays(300).toString())))
        .then()
        .statusCode(201);
    api.anonymous().post("test-support/stock-alerts/expiry").then().statusCode(204);
    api.anonymous().post("test-support/stock-alerts/expiry").then().statusCode(204);
    api.as(admin)
        .get(API + "stock-alerts/?status=OPEN")
        .then()
        .body("results.findAll { it.alert_type == 'EXPIRY_WARNING' }.size()", equalTo(1))
        .body(
            "results.find { it.alert_type == 'EXPIRY_WARNING' }.message",
            org.hamcrest.Matchers.containsString(soon));
  }

  @Test
  void aTransferGoesThroughEachStateInTurnMovingStockOnDispatchThenOnReceipt() {
    receive(admin, List.of(item(product, "10", "3.00", null))).then().statusCode(201);
    String t = transfer(admin, "4");
    api.as(admin).post(API + "transfers/" + t + "/receive/").then().statusCode(409);
    api.as(admin)
        .post(API + "transfers/" + t + "/approve/")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
    api.as(admin).post(API + "transfers/" + t + "/approve/").then().statusCode(409);
    api.as(admin)
        .post(API + "transfers/" + t + "/dispatch/")
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_TRANSIT"))
        .body("dispatched_at", org.hamcrest.Matchers.notNullValue());
    assertThat(onHand(warehouse)).isEqualTo("6");
    assertThat(onHand(storefront)).isEqualTo("0");
    api.as(admin)
        .get(API + "reports/valuation/")
        .then()
        .body("total_value", equalTo("30.00"))
        .body("rows.find { it.in_transit }.value", equalTo("12.00"));
    api.as(admin).post(API + "transfers/" + t + "/dispatch/").then().statusCode(409);
    api.as(admin)
        .post(API + "transfers/" + t + "/receive/")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"));
    assertThat(onHand(storefront)).isEqualTo("4");
    api.as(admin)
        .get(API + "reports/valuation/")
        .then()
        .body("total_value", equalTo("30.00"))
        .body("rows.findAll { it.in_transit }.size()", equalTo(0));
    assertThat(balance("1200")).isEqualTo("30.00");
  }

  @Test
  void aRejectedTransferIsNeverDispatched() {
    receive(admin, List.of(item(product, "10", "3.00", null))).then().statusCode(201);
    String refused = transfer(admin, "1");
    api.as(admin).post(API + "transfers/" + refused + "/approve/").then().statusCode(200);
    api.as(admin)
        .post(API + "transfers/" + refused + "/reject/")
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"));
    api.as(admin).post(API + "transfers/" + refused + "/dispatch/").then().statusCode(409);
    assertThat(onHand(warehouse)).isEqualTo("10");
    api.as(admin).get(API + "transfers/?status=REJECTED").then().body("count", equalTo(1));
  }

  @Test
  @InTheSharedBusiness
  void transfersAreNotListedByAnUnknownStatus() {
    api.as(admin).get(API + "transfers/?status=NOPE").then().statusCode(400);
  }

  /** A receipt line of 4 at 2.00 a unit, with 0.30 of tax and 0.20 of other landed costs each. */
  Map<String, Object> landedLine() {
    Map<String, Object> line = new HashMap<>(item(product, "4", "2.00", null));
    line.put("tax_per_unit", "0.30");
    line.put("additional_cost_per_unit", "0.20");
    return line;
  }

  @Test
  void aLotFromASupplierCostsItsPricePlusTaxPlusOtherLandedCosts() {
    String supplier =
        create("suppliers/", Map.of("name", "Acme Foods Ltd", "email", "orders@acme.test"));
    api.as(admin)
        .body(
            Map.of(
                "warehouse_id", warehouse, "supplier_id", supplier, "items", List.of(landedLine())))
        .post(API + "batches/")
        .then()
        .statusCode(201)
        .body("supplier", equalTo("Acme Foods Ltd"))
        .body("items[0].unit_cost", equalTo("2.50"))
        .body("total_cost", equalTo("10.00"));
    api.as(admin).get(API + "suppliers/").then().body("count", equalTo(1));
  }

  @Test
  @InTheSharedBusiness
  void aReceiptNamingNoSupplierIsRefused() {
    api.as(admin)
        .body(Map.of("warehouse_id", warehouse, "items", List.of(landedLine())))
        .post(API + "batches/")
        .then()
        .statusCode(400)
        .body("errors.supplier", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void aStockCountTurnsDifferencesIntoCorrectionsToApprove() {
    receive(admin, List.of(item(product, "10", "1.50", null))).then().statusCode(201);
    List<String> ids =
        api.as(admin)
            .body(
                Map.of(
                    "location_id",
                    warehouse,
                    "counts",
                    List.of(Map.of("product_id", product, "counted_quantity", 7))))
            .post(API + "stock-counts/")
            .then()
            .statusCode(200)
            .body("count", equalTo(1))
            .body("results[0].adjustment_type", equalTo("COUNT_VARIANCE"))
            .body("results[0].status", equalTo("PENDING"))
            .extract()
            .path("results.id");
    api.as(admin)
        .post(API + "adjustments/" + ids.get(0) + "/approve/")
        .then()
        .statusCode(200)
        .body("value", equalTo("4.50"));
    assertThat(onHand(warehouse)).isEqualTo("7");
    String up =
        api.as(admin)
            .body(
                Map.of(
                    "location_id",
                    warehouse,
                    "counts",
                    List.of(Map.of("product_id", product, "counted_quantity", "9"))))
            .post(API + "stock-counts/")
            .then()
            .statusCode(200)
            .extract()
            .path("results[0].id");
    api.as(admin).post(API + "adjustments/" + up + "/approve/").then().statusCode(200);
    assertThat(onHand(warehouse)).isEqualTo("9");
    api.as(admin)
        .body(
            Map.of(
                "location_id",
                warehouse,
                "counts",
                List.of(Map.of("product_id", product, "counted_quantity", "9"))))
        .post(API + "stock-counts/")
        .then()
        .body("count", equalTo(0));
    assertThat(balance("1200")).isEqualTo("13.50");
  }

  @Test
  void theIntegrityCheckPassesAfterAMixedScenario() {
    lot("6", "1.25");
    String t = transfer(admin, "2");
    api.as(admin).post(API + "transfers/" + t + "/complete/").then().statusCode(200);
    String damage = adjust(admin, "DAMAGE", "1", null).then().statusCode(201).extract().path("id");
    api.as(admin).post(API + "adjustments/" + damage + "/approve/").then().statusCode(200);
    api.as(admin)
        .get("admin/api/integrity/")
        .then()
        .statusCode(200)
        .body("ok", equalTo(true))
        .body("checks.size()", equalTo(8));
  }

  @Test
  @InTheSharedBusiness
  void aManagerDoesNotRunTheIntegrityCheck() {
    api.as(api.addStaff(admin, "MANAGER")).get("admin/api/integrity/").then().statusCode(403);
  }

  @Test
  void theIntegrityCheckNamesAForgedMovementInItsOwnBusinessOnly() throws Exception {
    String lot = lot("6", "1.25");
    try (java.sql.Connection c = app.pos.devkit.TestDatabaseSession.connect();
        java.sql.PreparedStatement forged =
            c.prepareStatement(
                "INSERT INTO inv_stock_movement (id, business_id, lot_id, location_id, product_id, movement_type, quantity,"
                    + " unit_cost, value, document_type, document_id, created_at) VALUES (?, ?, ?, ?, ?, 'ADJUSTMENT', 1, 1.25, 0, 'FORGED', ?, now())")) {
      forged.setObject(1, java.util.UUID.randomUUID());
      forged.setObject(2, admin.businessId());
      forged.setObject(3, java.util.UUID.fromString(lot));
      forged.setObject(4, java.util.UUID.fromString(warehouse));
      forged.setObject(5, java.util.UUID.fromString(product));
      forged.setObject(6, java.util.UUID.randomUUID());
      forged.executeUpdate();
    }
    api.as(admin)
        .get("admin/api/integrity/")
        .then()
        .body("ok", equalTo(false))
        .body(
            "checks.find { it.name == 'on-hand-equals-movements' }.violations[0].lot_id",
            equalTo(lot))
        .body("checks.find { it.name == 'journal-entries-balance' }.ok", equalTo(true));
    api.as(api.registerBusiness()).get("admin/api/integrity/").then().body("ok", equalTo(true));
  }
}
