package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

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
    return shop.create(
        CUSTOMERS,
        Map.of(
            "name",
            "Customer " + UUID.randomUUID().toString().substring(0, 6),
            "customer_type",
            type,
            "credit_limit",
            limit,
            "credit_terms_days",
            termsDays));
  }

  int count(String path) {
    return api.as(admin).get(path).then().statusCode(200).extract().path("count");
  }

  @Test
  void theOriginsCaseSoldForCashGivesChangeAndPostsRevenueTaxAndCost() {
    Map<String, Object> item = line(rice, "3");
    item.put("discount", "5.00");
    item.put("unit_price", "1.00"); // a client's price without a manager's reason is ignored
    Response sale = sell(admin, sale(List.of(item), List.of(pay("CASH", "100"))));
    sale.then()
        .statusCode(201)
        .header("Location", containsString("/sales/api/sales/"))
        .body("status", equalTo("COMPLETED"))
        .body("receipt_number", startsWith("R-"))
        .body("subtotal", equalTo("60.00"))
        .body("discount_total", equalTo("5.00"))
        .body("tax_total", equalTo("8.25"))
        .body("total", equalTo("63.25"))
        .body("amount_paid", equalTo("100.00"))
        .body("change_due", equalTo("36.75"))
        .body("amount_due", equalTo("0.00"))
        .body("payment_status", equalTo("PAID"))
        .body("items[0].unit_price", equalTo("20.00"))
        .body("items[0].net", equalTo("55.00"))
        .body("items[0].sku", equalTo("RICE-5KG"))
        .body("journal_entry_id", notNullValue());
    assertThat(balance("1000")).isEqualTo("63.25");
    assertThat(balance("4000")).isEqualTo("55.00");
    assertThat(balance("2100")).isEqualTo("8.25");
    assertThat(balance("5000")).isEqualTo("36.00");
    assertThat(stock(rice, "quantity_on_hand")).isEqualTo("17");
    String id = sale.path("id");
    api.as(admin)
        .get("bookkeeping/api/journal-entries/" + sale.path("journal_entry_id") + "/")
        .then()
        .statusCode(200)
        .body("source_type", equalTo("SALE"));

    api.as(admin)
        .get(SALES + id + "/receipt/")
        .then()
        .statusCode(200)
        .body("total", equalTo("63.25"))
        .body("change_due", equalTo("36.75"))
        .body("lines[0].name", equalTo("Jasmine rice 5kg"));
    String text =
        api.as(admin)
            .accept("text/plain")
            .get(SALES + id + "/receipt/")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/plain"))
            .extract()
            .asString();
    assertThat(text).contains("TOTAL").contains("63.25").contains("Change").contains("36.75");
    byte[] pdf =
        api.as(admin)
            .accept("application/pdf")
            .get(SALES + id + "/receipt/")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
  }

  @Test
  void salesAndCheckoutLatencyShowAtMetrics() {
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

  @Test
  void oneSaleOfSeveralProductsCostsEveryLotAndRaisesEachProductsAlert() {
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
  void aSplitTenderKeepsEachPartAndOnlyCashMayOverpay() {
    sell(
            admin,
            sale(List.of(line(oil, "4")), List.of(pay("CARD", "25"), pay("MOBILE_MONEY", "15"))))
        .then()
        .statusCode(201)
        .body("status", equalTo("COMPLETED"))
        .body("total", equalTo("40.00"))
        .body("payments", hasSize(2));
    assertThat(balance("1010")).isEqualTo("25.00");
    assertThat(balance("1020")).isEqualTo("15.00");
    sell(admin, sale(List.of(line(oil, "1")), List.of(pay("CARD", "10.01"))))
        .then()
        .statusCode(400)
        .body("errors.payments", notNullValue());
    assertThat(count(SALES)).isEqualTo(1);
    assertThat(stock(oil, "quantity_on_hand")).isEqualTo("16");
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
  void aDryRunOfTheReleaseListsTheExpiredReservationsAndChangesNothing() {
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
  void anExpiredReservationIsReleasedAndItsSaleCancelledWhileAFreshOneStays() {
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
  void aWholesaleCreditSaleMovesTheCustomersBalanceAndReceivableUntilPaid() throws Exception {
    String customer = customer("WHOLESALE", "500", 30);
    Map<String, Object> body = sale(List.of(line(rice, "2")), List.of(pay("CREDIT", "40.25")));
    body.put("sale_type", "WHOLESALE");
    body.put("customer_id", customer);
    sell(admin, body)
        .then()
        .statusCode(201)
        .body("status", equalTo("COMPLETED"))
        .body("items[0].unit_price", equalTo("17.50"))
        .body("total", equalTo("40.25"));
    api.as(admin)
        .get(CUSTOMERS + customer + "/")
        .then()
        .body("outstanding_balance", equalTo("40.25"))
        .body("available_credit", equalTo("459.75"));
    assertThat(balance("1100")).isEqualTo("40.25");

    api.as(admin)
        .body(Map.of("method", "CASH", "amount", "20", "reference", "PAY-1"))
        .post(CUSTOMERS + customer + "/payments/")
        .then()
        .statusCode(201)
        .body("transaction_type", equalTo("PAYMENT"))
        .body("balance_before", equalTo("40.25"))
        .body("balance_after", equalTo("20.25"));
    assertThat(balance("1100")).isEqualTo("20.25");
    assertThat(balance("1000")).isEqualTo("20.00");
    api.as(admin)
        .body(Map.of("method", "CASH", "amount", "20.26"))
        .post(CUSTOMERS + customer + "/payments/")
        .then()
        .statusCode(409)
        .body("type", endsWith("payment-exceeds-balance"));
    api.as(admin)
        .body(Map.of("method", "CREDIT", "amount", "1"))
        .post(CUSTOMERS + customer + "/payments/")
        .then()
        .statusCode(400);
    api.as(admin)
        .get("sales/api/credit-transactions/?customer_id=" + customer)
        .then()
        .statusCode(200)
        .body("count", equalTo(2))
        .body("results.transaction_type", org.hamcrest.Matchers.contains("PAYMENT", "CREDIT_SALE"))
        .body("results[1].due_date", notNullValue());

    api.as(admin).get("admin/api/integrity/").then().body("ok", equalTo(true));
    try (var c = app.pos.devkit.TestDatabaseSession.connect();
        var forge =
            c.prepareStatement(
                "UPDATE sal_customer SET outstanding_balance = outstanding_balance + 1 WHERE id = ?")) {
      forge.setObject(1, UUID.fromString(customer));
      forge.executeUpdate();
    }
    api.as(admin)
        .get("admin/api/integrity/")
        .then()
        .body("ok", equalTo(false))
        .body(
            "checks.find { it.name == 'receivables-equal-customer-balances' }.violations[0].customer_balances",
            equalTo("21.2500"));
  }

  @Test
  void overLimitBlockedAndOverdueCustomersAreRefusedAtCompletionUnlessAManagerOverrides() {
    String small = customer("RETAIL", "10", 30);
    Map<String, Object> body = sale(List.of(line(oil, "2")), List.of(pay("CREDIT", "20")));
    body.put("customer_id", small);
    sell(admin, body).then().statusCode(409).body("type", endsWith("credit-refused"));
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(storefront));
    body.put("credit_override_reason", "Known customer");
    sell(cashier, body).then().statusCode(403);
    assertThat(count(SALES)).isEqualTo(0);
    assertThat(stock(oil, "quantity_on_hand")).isEqualTo("20");

    Staff manager = api.addStaff(admin, "MANAGER");
    sell(manager, body)
        .then()
        .statusCode(201)
        .body("credit_override_reason", equalTo("Known customer"));
    assertThat(balance("1100")).isEqualTo("20.00");

    String blocked = customer("RETAIL", "1000", 30);
    api.as(cashier)
        .body(Map.of("credit_blocked", true))
        .patch(CUSTOMERS + blocked + "/")
        .then()
        .statusCode(403);
    api.as(manager)
        .body(Map.of("credit_blocked", true))
        .patch(CUSTOMERS + blocked + "/")
        .then()
        .statusCode(200)
        .body("credit_blocked", equalTo(true))
        .body("available_credit", equalTo("0.00"));
    Map<String, Object> toBlocked = sale(List.of(line(oil, "1")), List.of(pay("CREDIT", "10")));
    toBlocked.put("customer_id", blocked);
    sell(admin, toBlocked).then().statusCode(409).body("detail", containsString("blocked"));

    String late = customer("RETAIL", "1000", 7);
    Map<String, Object> first = sale(List.of(line(oil, "1")), List.of(pay("CREDIT", "10")));
    first.put("customer_id", late);
    String owed = sell(admin, first).then().statusCode(201).extract().path("id");
    api.anonymous().post("test-support/sales/" + owed + "/age?days=8").then().statusCode(204);
    sell(admin, first).then().statusCode(409).body("detail", containsString("overdue"));
    // a pending sale is checked when its tenders complete it
    Map<String, Object> pending = sale(List.of(line(oil, "1")), null);
    pending.put("customer_id", late);
    String waiting = sell(admin, pending).then().statusCode(201).extract().path("id");
    api.as(admin)
        .body(pay("CREDIT", "10"))
        .post(SALES + waiting + "/payments/")
        .then()
        .statusCode(409)
        .body("type", endsWith("credit-refused"));
    api.as(admin).get(SALES + waiting + "/").then().body("status", equalTo("PENDING"));
  }

  @Test
  void refundsPartialAndFullRestockedOrNotAnd409BeyondWhatWasSold() {
    Map<String, Object> item = line(rice, "3");
    item.put("discount", "5.00");
    Response sale = sell(admin, sale(List.of(item), List.of(pay("CASH", "63.25"))));
    String saleId = sale.path("id");
    String lineId = sale.path("items[0].id");
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(storefront));
    Map<String, Object> one =
        Map.of(
            "sale_id",
            saleId,
            "items",
            List.of(Map.of("sale_item_id", lineId, "quantity", 1)),
            "restock",
            true,
            "method",
            "CASH",
            "reason",
            "Torn bag");
    api.as(cashier).body(one).post(REFUNDS).then().statusCode(403);

    api.as(admin)
        .body(one)
        .post(REFUNDS)
        .then()
        .statusCode(201)
        .body("net", equalTo("18.33"))
        .body("tax", equalTo("2.75"))
        .body("total", equalTo("21.08"))
        .body("restocked_cost", equalTo("12.00"))
        .body("sale_status", equalTo("PARTIALLY_REFUNDED"));
    assertThat(stock(rice, "quantity_on_hand")).isEqualTo("18");
    assertThat(balance("1000")).isEqualTo("42.17");
    assertThat(balance("4100")).isEqualTo("-18.33"); // a contra-revenue account: debit balance
    assertThat(balance("2100")).isEqualTo("5.50");
    assertThat(balance("5000")).isEqualTo("24.00");

    Map<String, Object> rest =
        Map.of(
            "sale_id",
            saleId,
            "items",
            List.of(Map.of("sale_item_id", lineId, "quantity", 2)),
            "restock",
            false,
            "reason",
            "Spoilt");
    api.as(admin)
        .body(rest)
        .post(REFUNDS)
        .then()
        .statusCode(201)
        .body("net", equalTo("36.67"))
        .body("tax", equalTo("5.50"))
        .body("method", equalTo("CASH"))
        .body("sale_status", equalTo("REFUNDED"));
    assertThat(stock(rice, "quantity_on_hand")).isEqualTo("18");
    assertThat(balance("1000")).isEqualTo("0.00");
    assertThat(balance("2100")).isEqualTo("0.00");
    assertThat(balance("5000")).isEqualTo("24.00");
    api.as(admin)
        .body(rest)
        .post(REFUNDS)
        .then()
        .statusCode(409)
        .body("type", endsWith("sale-not-refundable"));
    api.as(admin).get(SALES + saleId + "/").then().body("refunded_total", equalTo("63.25"));
    assertThat(count(REFUNDS + "?sale_id=" + saleId)).isEqualTo(2);

    String other =
        sell(admin, sale(List.of(line(oil, "2")), List.of(pay("CASH", "20")))).path("id");
    String otherLine = api.as(admin).get(SALES + other + "/").path("items[0].id");
    api.as(admin)
        .body(
            Map.of(
                "sale_id",
                other,
                "items",
                List.of(Map.of("sale_item_id", otherLine, "quantity", 3)),
                "reason",
                "x"))
        .post(REFUNDS)
        .then()
        .statusCode(409)
        .body("type", endsWith("refund-exceeds-sale"));
    api.as(admin)
        .body(
            Map.of(
                "sale_id",
                other,
                "items",
                List.of(Map.of("sale_item_id", lineId, "quantity", 1)),
                "reason",
                "x"))
        .post(REFUNDS)
        .then()
        .statusCode(400)
        .body("errors", notNullValue());
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

  @Test
  void afterAScriptedBusinessDayTheBooksAgreeWithStockAndCustomers() throws Exception {
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
  void cashiersSellAndSeeSalesOnlyAtTheirOwnStorefronts() {
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
  void badSalesAre400AndWriteNothing() {
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
  void theSalesReportGroupsTotalsAndCashiersSeeTheirOwnSales() {
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(storefront));
    Map<String, Object> item = line(rice, "3");
    item.put("discount", "5.00");
    sell(cashier, sale(List.of(item), List.of(pay("CASH", "100")))).then().statusCode(201);
    sell(admin, sale(List.of(line(oil, "2")), List.of(pay("CARD", "20")))).then().statusCode(201);
    sell(admin, sale(List.of(line(oil, "1")), null)).then().statusCode(201); // pending: not counted
    String report = "sales/api/reports/sales/";
    api.as(admin)
        .get(report + "?group_by=product")
        .then()
        .statusCode(200)
        .body("totals.sales_count", equalTo(2))
        .body("totals.gross", equalTo("80.00"))
        .body("totals.discounts", equalTo("5.00"))
        .body("totals.tax", equalTo("8.25"))
        .body("totals.net", equalTo("75.00"))
        .body("totals.cost", equalTo("51.00"))
        .body("totals.margin", equalTo("24.00"))
        .body("rows", hasSize(2))
        .body("rows.find { it.label.startsWith('RICE') }.figures.net", equalTo("55.00"));
    api.as(admin)
        .get(report + "?group_by=payment_method")
        .then()
        .body("rows.find { it.key == 'CASH' }.figures.gross", equalTo("63.25"))
        .body("rows.find { it.key == 'CARD' }.figures.gross", equalTo("20.00"));
    api.as(admin)
        .get(report + "?group_by=day")
        .then()
        .body("rows", hasSize(1))
        .body("rows[0].figures.sales_count", equalTo(2));
    api.as(admin).get(report + "?group_by=cashier").then().body("rows", hasSize(2));
    api.as(cashier)
        .get(report + "?group_by=storefront")
        .then()
        .statusCode(200)
        .body("totals.sales_count", equalTo(1))
        .body("rows[0].label", equalTo("High street"));
    String csv =
        api.as(admin)
            .get(report + "?group_by=product&format=csv")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    assertThat(csv.lines().toList()).hasSize(4);
    assertThat(csv).startsWith("product,label,sales_count").contains("\"TOTAL\"");
    api.as(admin)
        .get("sales/api/reports/todays-stats/")
        .then()
        .statusCode(200)
        .body("storefronts[0].sales_count", equalTo(2))
        .body("storefronts[0].total", equalTo("83.25"))
        .body("storefronts[0].pending_sales", equalTo(1));
    api.as(admin).get(report + "?group_by=weather").then().statusCode(400);
    api.as(admin)
        .get(report + "?date_from=2024-01-01&date_to=2026-01-01")
        .then()
        .statusCode(400)
        .body("errors.date_to", notNullValue());
    api.as(admin).get(report + "?date_from=yesterday").then().statusCode(400);
    api.as(api.addStaff(admin, "WAREHOUSE_STAFF")).get(report).then().statusCode(403);
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
  void anotherBusinessGets404ForACustomerAndListsNone() {
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
