package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.Shop;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The till end to end: a shop with a warehouse and a storefront stocked with rice (cost 12.00,
 * retail 20.00, wholesale 17.50, tax 15 %) and oil (cost 7.50, retail 10.00, wholesale 9.00, no tax
 * of its own: the business default of 0 %).
 */
@SharedServer
class SalesIT {

  static final String CUSTOMERS = "sales/api/customers/";
  static final String SALES = "sales/api/sales/";
  static final String REFUNDS = "sales/api/refunds/";
  static final String INVENTORY = "inventory/api/";

  @ArquillianResource URL base;
  PosApi api;
  Shop shop;
  Staff admin;
  String warehouse;
  String storefront;
  String rice;
  String oil;

  @BeforeEach
  void shop() {
    api = new PosApi(base);
    shop = Shop.open(api);
    admin = shop.admin();
    warehouse = shop.warehouse();
    storefront = shop.storefront("High street");
    rice = shop.product("RICE-5KG", "Jasmine rice 5kg", Map.of("tax_rate", "15"));
    oil = shop.product("OIL-1L", "Palm oil 1l");
    shop.receive(rice, "50", "12.00", "20.00", "17.50");
    shop.receive(oil, "50", "7.50", "10.00", "9.00");
    shop.stock(storefront, rice, "20");
    shop.stock(storefront, oil, "20");
  }

  Map<String, Object> sale(List<Map<String, Object>> items, List<Map<String, Object>> payments) {
    Map<String, Object> body = new HashMap<>();
    body.put("storefront_id", storefront);
    body.put("sale_type", "RETAIL");
    body.put("items", items);
    if (payments != null) {
      body.put("payments", payments);
    }
    return body;
  }

  Response sell(Staff who, Map<String, Object> body) {
    return api.as(who).body(body).post(SALES);
  }

  /** A sale that is bad on purpose: only the answer is checked against the document. */
  Response sellBadly(Staff who, Map<String, Object> body) {
    return api.hostile(who).body(body).post(SALES);
  }

  String stock(String product, String field) {
    List<Object> rows =
        api.as(admin)
            .get(INVENTORY + "inventory/?product_id=" + product + "&location_id=" + storefront)
            .then()
            .statusCode(200)
            .extract()
            .path("results." + field);
    return rows.isEmpty()
        ? "0"
        : new BigDecimal(rows.get(0).toString()).stripTrailingZeros().toPlainString();
  }

  String balance(String code) {
    return api.as(admin)
        .get("bookkeeping/api/accounts/")
        .then()
        .extract()
        .path("results.find { it.code == '" + code + "' }.balance");
  }

  String customer(String type, String limit, int termsDays) {
    return shop.customer(type, limit, termsDays);
  }

  int count(String path) {
    return api.as(admin).get(path).then().statusCode(200).extract().path("count");
  }

  @Test
  void completedSalesShowAtMetricsWithTheirCheckoutLatency() {
    sell(admin, sale(List.of(line(oil, "1")), List.of(pay("CASH", "10")))).then().statusCode(201);
    sell(admin, sale(List.of(line(oil, "99")), List.of(pay("CASH", "990")))).then().statusCode(409);
    String metrics =
        api.as(api.platformOwner())
            .accept("text/plain")
            .get("metrics")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(metrics)
        .containsPattern("pos_sales_completed_total\\{[^}]*sale_type=\"RETAIL\"[^}]*} [1-9]")
        .contains("pos_checkout_seconds")
        .containsPattern("pos_checkout_seconds_bucket\\{[^}]*outcome=\"409\"");
  }

  /** Each product's stock, the cost of the lots it takes and its stock alert. */
  @Test
  void eachProductOfOneSaleIsTakenAsIfSoldAlone() {
    String tea =
        shop.create(
            INVENTORY + "products/",
            Map.of("sku", "TEA-100", "name", "Black tea 100g", "reorder_level", 5));
    String salt =
        shop.create(
            INVENTORY + "products/",
            Map.of("sku", "SALT-1KG", "name", "Sea salt 1kg", "reorder_level", 2));
    shop.receive(tea, "30", "2.00", "4.00", "3.50");
    shop.receive(salt, "20", "1.25", "3.00", "2.50");
    shop.stock(storefront, tea, "20");
    shop.stock(storefront, salt, "8");

    // two lines from one lot of tea (one guarded decrement for both) and the last of the salt
    sell(
            admin,
            sale(
                List.of(line(tea, "10"), line(tea, "5"), line(salt, "8")),
                List.of(pay("CASH", "100"))))
        .then()
        .statusCode(201)
        .body("status", equalTo("COMPLETED"))
        .body("total", equalTo("84.00"));
    assertThat(stock(tea, "quantity_on_hand")).isEqualTo("5");
    assertThat(stock(salt, "quantity_on_hand")).isEqualTo("0");
    assertThat(balance("5000")).isEqualTo("40.00"); // 15 x 2.00 + 8 x 1.25
    assertThat(balance("1200")).isEqualTo("1020.00"); // 975.00 + 60.00 + 25.00 received, 40.00 sold
    api.as(admin)
        .get(INVENTORY + "stock-alerts/?status=OPEN")
        .then()
        .statusCode(200)
        .body("count", equalTo(2))
        .body("results.findAll { it.location_id == '" + storefront + "' }.size()", equalTo(2))
        .body("results.find { it.product_id == '" + tea + "' }.alert_type", equalTo("LOW_STOCK"))
        .body(
            "results.find { it.product_id == '" + salt + "' }.alert_type", equalTo("OUT_OF_STOCK"));
  }

  @Test
  void aPendingSaleHoldsItsStockUntilItsTendersCoverIt() {
    Response pending = sell(admin, sale(List.of(line(rice, "5")), null));
    pending
        .then()
        .statusCode(201)
        .body("status", equalTo("PENDING"))
        .body("reserved_until", notNullValue())
        .body("total", equalTo("115.00"))
        .body("amount_due", equalTo("115.00"));
    String id = pending.path("id");
    assertThat(stock(rice, "quantity_reserved")).isEqualTo("5");
    assertThat(stock(rice, "quantity_available")).isEqualTo("15");
    assertThat(balance("1200")).isEqualTo("975.00"); // 50 × 12.00 + 50 × 7.50: nothing sold yet

    api.as(admin)
        .body(pay("CARD", "100"))
        .post(SALES + id + "/payments/")
        .then()
        .statusCode(201)
        .body("sale_status", equalTo("PENDING"))
        .body("amount_due", equalTo("15.00"));
    api.as(admin)
        .body(pay("CASH", "20"))
        .post(SALES + id + "/payments/")
        .then()
        .statusCode(201)
        .body("sale_status", equalTo("COMPLETED"))
        .body("change_due", equalTo("5.00"));
    assertThat(stock(rice, "quantity_reserved")).isEqualTo("0");
    assertThat(stock(rice, "quantity_on_hand")).isEqualTo("15");
    assertThat(balance("1010")).isEqualTo("100.00");
    assertThat(balance("1000")).isEqualTo("15.00");
    assertThat(balance("5000")).isEqualTo("60.00");
    api.as(admin)
        .body(pay("CASH", "1"))
        .post(SALES + id + "/payments/")
        .then()
        .statusCode(409)
        .body("type", endsWith("sale-not-pending"));
  }

  @Test
  void cancellingAPendingSaleReleasesItsStock() {
    String completed =
        sell(admin, sale(List.of(line(rice, "5")), List.of(pay("CASH", "115.00")))).path("id");
    String second = sell(admin, sale(List.of(line(rice, "15")), null)).path("id");
    sell(admin, sale(List.of(line(rice, "1")), List.of(pay("CASH", "50"))))
        .then()
        .statusCode(409)
        .body("type", endsWith("insufficient-stock"));
    api.as(admin)
        .post(SALES + second + "/cancel/")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    assertThat(stock(rice, "quantity_reserved")).isEqualTo("0");
    assertThat(stock(rice, "quantity_available")).isEqualTo("15");
    api.as(admin).post(SALES + second + "/cancel/").then().statusCode(409);
    api.as(admin).post(SALES + completed + "/cancel/").then().statusCode(409);
  }

  @Test
  void aDryRunOfTheReleaseListsTheExpiredReservationsWithoutReleasingThem() {
    String id = sell(admin, sale(List.of(line(oil, "3")), null)).path("id");
    sell(admin, sale(List.of(line(oil, "2")), null)).then().statusCode(201);
    api.anonymous().post("test-support/sales/" + id + "/age?days=1").then().statusCode(204);

    api.as(admin)
        .post("sales/api/reservations/release-expired/?dry_run=true")
        .then()
        .statusCode(200)
        .body("released", equalTo(0))
        .body("reservations", hasSize(1))
        .body("reservations[0].sale_id", equalTo(id));
    assertThat(stock(oil, "quantity_reserved")).isEqualTo("5");
    api.as(admin).get(SALES + id + "/").then().body("status", equalTo("PENDING"));
  }

  @Test
  void theReleaseCancelsTheSalesOfExpiredReservationsOnly() {
    String id = sell(admin, sale(List.of(line(oil, "3")), null)).path("id");
    String fresh = sell(admin, sale(List.of(line(oil, "2")), null)).path("id");
    api.anonymous().post("test-support/sales/" + id + "/age?days=1").then().statusCode(204);

    api.as(admin)
        .post("sales/api/reservations/release-expired/")
        .then()
        .statusCode(200)
        .body("released", equalTo(1))
        .body("reservations[0].status", equalTo("RELEASED"));
    assertThat(stock(oil, "quantity_reserved")).isEqualTo("2");
    api.as(admin).get(SALES + id + "/").then().body("status", equalTo("CANCELLED"));
    api.as(admin).get(SALES + fresh + "/").then().body("status", equalTo("PENDING"));
  }

  @Test
  void cashiersCannotReleaseReservations() {
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(storefront));
    api.as(cashier).post("sales/api/reservations/release-expired/").then().statusCode(403);
  }

  @Test
  void aCreditSaleRefundComesOffTheCustomersBalance() {
    String customer = customer("RETAIL", "100", 30);
    Map<String, Object> body = sale(List.of(line(oil, "3")), List.of(pay("CREDIT", "30")));
    body.put("customer_id", customer);
    Response sale = sell(admin, body);
    api.as(admin)
        .body(
            Map.of(
                "sale_id",
                (String) sale.path("id"),
                "items",
                List.of(Map.of("sale_item_id", (String) sale.path("items[0].id"), "quantity", 1)),
                "restock",
                true,
                "reason",
                "Changed mind"))
        .post(REFUNDS)
        .then()
        .statusCode(201)
        .body("method", equalTo("CREDIT"));
    api.as(admin)
        .get(CUSTOMERS + customer + "/")
        .then()
        .body("outstanding_balance", equalTo("20.00"));
    assertThat(balance("1100")).isEqualTo("20.00");
  }

  @Test
  void thirtyConcurrentBuyersOfFiveUnitsMakeExactlyFiveSales() throws Exception {
    String soap = shop.create(INVENTORY + "products/", Map.of("sku", "SOAP", "name", "Soap bar"));
    shop.receive(soap, "5", "1.10", "2.00", "1.80");
    shop.stock(storefront, soap, "5");
    List<Staff> cashiers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      cashiers.add(api.addStaff(admin, "CASHIER", List.of(storefront)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(30);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Staff cashier = cashiers.get(i % 3);
      Callable<Integer> buy =
          () ->
              sell(cashier, sale(List.of(line(soap, "1")), List.of(pay("CASH", "2.00"))))
                  .statusCode();
      answers.add(pool.submit(buy));
    }
    int sold = 0;
    int refused = 0;
    for (Future<Integer> answer : answers) {
      int status = answer.get();
      if (status == 201) {
        sold++;
      } else if (status == 409) {
        refused++;
      }
    }
    pool.shutdown();
    assertThat(sold).isEqualTo(5);
    assertThat(refused).isEqualTo(25);
    assertThat(stock(soap, "quantity_on_hand")).isEqualTo("0");
    assertThat(balance("5000")).isEqualTo("5.50");
    assertThat(count(SALES + "?status=COMPLETED")).isEqualTo(5);
  }

  @Test
  void theSameIdempotencyKeyTwiceMakesOneSale() {
    Map<String, Object> body = sale(List.of(line(oil, "1")), List.of(pay("CASH", "10")));
    String key = UUID.randomUUID().toString();
    String first =
        api.as(admin)
            .header("Idempotency-Key", key)
            .body(body)
            .post(SALES)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String second =
        api.as(admin)
            .header("Idempotency-Key", key)
            .body(body)
            .post(SALES)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(second).isEqualTo(first);
    assertThat(count(SALES)).isEqualTo(1);
    assertThat(stock(oil, "quantity_on_hand")).isEqualTo("19");
    api.as(admin)
        .header("Idempotency-Key", key)
        .body(sale(List.of(line(oil, "2")), List.of(pay("CASH", "20"))))
        .post(SALES)
        .then()
        .statusCode(422);
  }

  /** The ledger agrees with the stock valuation, the customers' balances and itself. */
  @Test
  void afterAScriptedBusinessDayTheBooksReconcile() throws Exception {
    String customer = customer("WHOLESALE", "1000", 30);
    for (int i = 0; i < 3; i++) {
      sell(admin, sale(List.of(line(rice, "1"), line(oil, "2")), List.of(pay("CASH", "50"))))
          .then()
          .statusCode(201);
    }
    Map<String, Object> credit = sale(List.of(line(rice, "4")), List.of(pay("CREDIT", "80.50")));
    credit.put("customer_id", customer);
    credit.put("sale_type", "WHOLESALE");
    Response creditSale = sell(admin, credit);
    creditSale.then().statusCode(201);
    api.as(admin)
        .body(
            Map.of(
                "sale_id",
                (String) creditSale.path("id"),
                "items",
                List.of(
                    Map.of("sale_item_id", (String) creditSale.path("items[0].id"), "quantity", 1)),
                "restock",
                true,
                "reason",
                "Damaged"))
        .post(REFUNDS)
        .then()
        .statusCode(201);
    api.as(admin)
        .body(Map.of("method", "BANK_TRANSFER", "amount", "30"))
        .post(CUSTOMERS + customer + "/payments/")
        .then()
        .statusCode(201);
    String pending = sell(admin, sale(List.of(line(oil, "3")), null)).path("id");
    api.as(admin).post(SALES + pending + "/cancel/").then().statusCode(200);
    sell(admin, sale(List.of(line(oil, "1")), null)).then().statusCode(201);

    String valuation =
        api.as(admin).get(INVENTORY + "reports/valuation/").then().extract().path("total_value");
    assertThat(balance("1200")).isEqualTo(valuation);
    String outstanding = api.as(admin).get(CUSTOMERS + customer + "/").path("outstanding_balance");
    assertThat(balance("1100")).isEqualTo(outstanding).isEqualTo("30.37");

    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    String tb =
        api.as(admin)
            .body(Map.of("period_start", today, "period_end", today))
            .post("bookkeeping/api/trial-balances/")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    Response done = api.awaitFinished(admin, "bookkeeping/api/trial-balances/" + tb + "/");
    done.then().body("status", equalTo("COMPLETED")).body("is_balanced", equalTo(true));
    api.as(admin).get("admin/api/integrity/").then().statusCode(200).body("ok", equalTo(true));
  }

  @Test
  void aCashierSellsWithTheSalesOfTheirOwnStorefrontsOnly() {
    String elsewhere =
        shop.create(
            INVENTORY + "storefronts/", Map.of("name", "Market stall", "warehouse_id", warehouse));
    Staff mine = api.addStaff(admin, "CASHIER", List.of(storefront));
    Staff theirs = api.addStaff(admin, "CASHIER", List.of(elsewhere));
    Map<String, Object> body = sale(List.of(line(oil, "1")), List.of(pay("CASH", "10")));
    sell(theirs, body).then().statusCode(403);
    String id = sell(mine, body).then().statusCode(201).extract().path("cashier_id");
    assertThat(id).isEqualTo(mine.userId().toString());
    assertThat(count(SALES)).isEqualTo(1);
    api.as(theirs).get(SALES).then().statusCode(200).body("count", equalTo(0));
    api.as(mine).get(SALES).then().statusCode(200).body("count", equalTo(1));
  }

  @Test
  void warehouseStaffNeitherSellNorSeeSales() {
    Staff warehouseStaff = api.addStaff(admin, "WAREHOUSE_STAFF");
    sell(warehouseStaff, sale(List.of(line(oil, "1")), List.of(pay("CASH", "10"))))
        .then()
        .statusCode(403);
    assertThat(count(SALES)).isZero();
    api.as(warehouseStaff).get(SALES).then().statusCode(403);
  }

  @Test
  void aBadSaleIsRefusedWithNothingWritten() {
    sellBadly(admin, sale(List.of(line(oil, "0")), null)).then().statusCode(400);
    sellBadly(admin, sale(List.of(line(oil, "1.0001")), null)).then().statusCode(400);
    sellBadly(admin, sale(List.of(), null)).then().statusCode(400);
    sellBadly(admin, sale(List.of(line(UUID.randomUUID().toString(), "1")), null))
        .then()
        .statusCode(400)
        .body("errors", notNullValue());
    Map<String, Object> discount = line(oil, "1");
    discount.put("discount", "10.01");
    sellBadly(admin, sale(List.of(discount), null)).then().statusCode(400);
    sellBadly(admin, sale(List.of(line(oil, "1")), List.of(pay("CHEQUE", "10"))))
        .then()
        .statusCode(400);
    sellBadly(admin, sale(List.of(line(oil, "1")), List.of(pay("CREDIT", "10"))))
        .then()
        .statusCode(400)
        .body("errors", notNullValue());
    Map<String, Object> wrongPlace = sale(List.of(line(oil, "1")), null);
    wrongPlace.put("storefront_id", warehouse);
    sellBadly(admin, wrongPlace).then().statusCode(400);
    sellBadly(admin, sale(List.of(line(oil, "21")), null))
        .then()
        .statusCode(409)
        .body("type", endsWith("insufficient-stock"));
    assertThat(count(SALES)).isEqualTo(0);
    assertThat(stock(oil, "quantity_reserved")).isEqualTo("0");
  }

  @Test
  void aManagerMayOverridePricesWithAReasonACashierMayNot() {
    Map<String, Object> item = line(oil, "2");
    item.put("unit_price", "8.00");
    Map<String, Object> body = sale(List.of(item), List.of(pay("CASH", "16")));
    body.put("price_override_reason", "Damaged label");
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(storefront));
    sell(cashier, body).then().statusCode(403);
    Staff manager = api.addStaff(admin, "MANAGER");
    sell(manager, body)
        .then()
        .statusCode(201)
        .body("total", equalTo("16.00"))
        .body("items[0].price_overridden", equalTo(true))
        .body("price_override_reason", equalTo("Damaged label"));
    api.as(admin)
        .get("accounts/api/audit-logs/?action=sale.created")
        .then()
        .body("count", equalTo(1))
        .body("results[0].changes.price_override_reason", equalTo("Damaged label"));
  }

  @Test
  void anotherBusinessGets404OnEverySalesResource() {
    String customer = customer("RETAIL", "100", 30);
    Response sale = sell(admin, sale(List.of(line(oil, "2")), List.of(pay("CASH", "20"))));
    String id = sale.path("id");
    String refund =
        api.as(admin)
            .body(
                Map.of(
                    "sale_id",
                    id,
                    "items",
                    List.of(
                        Map.of("sale_item_id", (String) sale.path("items[0].id"), "quantity", 1)),
                    "reason",
                    "x"))
            .post(REFUNDS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String pending = sell(admin, sale(List.of(line(oil, "1")), null)).path("id");
    Staff other = api.registerBusiness();
    api.as(other).get(SALES + id + "/").then().statusCode(404);
    api.as(other).get(CUSTOMERS + customer + "/").then().statusCode(404);
    api.as(other)
        .body(Map.of("name", "Stolen"))
        .patch(CUSTOMERS + customer + "/")
        .then()
        .statusCode(404);
    api.as(other).get(REFUNDS + refund + "/").then().statusCode(404);
    api.as(other).get(SALES + id + "/receipt/").then().statusCode(404);
    api.as(other).post(SALES + pending + "/cancel/").then().statusCode(404);
    api.as(other)
        .body(pay("CASH", "10"))
        .post(SALES + pending + "/payments/")
        .then()
        .statusCode(404);
    api.as(other)
        .body(Map.of("method", "CASH", "amount", "1"))
        .post(CUSTOMERS + customer + "/payments/")
        .then()
        .statusCode(404);
    api.as(other)
        .body(
            Map.of(
                "sale_id",
                id,
                "items",
                List.of(Map.of("sale_item_id", (String) sale.path("items[0].id"), "quantity", 1)),
                "reason",
                "x"))
        .post(REFUNDS)
        .then()
        .statusCode(400);
    api.as(other).get(SALES).then().body("count", equalTo(0));
    api.as(other).get(REFUNDS).then().body("count", equalTo(0));
    api.as(other).get("sales/api/payments/").then().body("count", equalTo(0));
    api.as(other).get("sales/api/credit-transactions/").then().body("count", equalTo(0));
    api.as(admin).get(SALES + pending + "/").then().body("status", equalTo("PENDING"));
  }

  @Test
  void aCustomerIsCreatedWithTheirCreditPosition() {
    Staff manager = api.addStaff(admin, "MANAGER"); // credit terms are a manager's (MoneyPathsIT)
    String id =
        api.as(manager)
            .body(
                Map.of(
                    "name",
                    "Ama Mensah",
                    "phone",
                    "+233 20 000 0001",
                    "customer_type",
                    "WHOLESALE",
                    "credit_limit",
                    "500",
                    "outstanding_balance",
                    "9999"))
            .post(CUSTOMERS)
            .then()
            .statusCode(201)
            .body("credit_limit", equalTo("500.00"))
            .body("outstanding_balance", equalTo("0.00"))
            .body("available_credit", equalTo("500.00"))
            .body("credit_terms_days", equalTo(30))
            .extract()
            .path("id");
    api.as(admin)
        .get(CUSTOMERS + id + "/")
        .then()
        .statusCode(200)
        .body("name", equalTo("Ama Mensah"));
    api.as(admin).get(CUSTOMERS + "?search=mensah").then().body("count", equalTo(1));
    api.as(admin).get(CUSTOMERS + "?search=000 0001").then().body("count", equalTo(1));
  }

  @Test
  void aPhoneNumberIsUniqueWithinABusinessButNotAcrossBusinesses() {
    api.hostile(admin)
        .body(Map.of("name", "A", "phone", "0244", "customer_type", "RETAIL"))
        .post(CUSTOMERS)
        .then()
        .statusCode(201);
    api.hostile(admin)
        .body(Map.of("name", "B", "phone", "0244", "customer_type", "RETAIL"))
        .post(CUSTOMERS)
        .then()
        .statusCode(400)
        .body("errors.phone", notNullValue());
    Staff other = api.registerBusiness();
    api.hostile(other)
        .body(Map.of("name", "A", "phone", "0244", "customer_type", "RETAIL"))
        .post(CUSTOMERS)
        .then()
        .statusCode(201);
  }

  @Test
  void aCustomerOfAnUnknownTypeOrWithANegativeCreditLimitIs400() {
    api.hostile(admin)
        .body(Map.of("name", "C", "customer_type", "VIP"))
        .post(CUSTOMERS)
        .then()
        .statusCode(400)
        .body("errors.customer_type", notNullValue());
    api.hostile(admin)
        .body(Map.of("name", "D", "customer_type", "RETAIL", "credit_limit", "-1"))
        .post(CUSTOMERS)
        .then()
        .statusCode(400)
        .body("errors.credit_limit", notNullValue());
    api.as(admin).get(CUSTOMERS).then().body("count", equalTo(0));
  }

  @Test
  void warehouseStaffNeitherReadNorAddCustomers() {
    Staff warehouse = api.addStaff(admin, "WAREHOUSE_STAFF");
    api.as(warehouse).get(CUSTOMERS).then().statusCode(403);
    api.as(warehouse)
        .body(Map.of("name", "X", "customer_type", "RETAIL"))
        .post(CUSTOMERS)
        .then()
        .statusCode(403);
  }

  @Test
  void aCustomerIsInvisibleToAnotherBusiness() {
    String id =
        api.as(admin)
            .body(Map.of("name", "Kofi", "customer_type", "RETAIL"))
            .post(CUSTOMERS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Staff other = api.registerBusiness();
    api.as(other).get(CUSTOMERS + id + "/").then().statusCode(404);
    api.as(other).get(CUSTOMERS).then().body("count", equalTo(0));
  }
}
