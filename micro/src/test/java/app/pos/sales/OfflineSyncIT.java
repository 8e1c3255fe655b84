package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.Shop;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Offline tills: sales rung up without a connection and synced later, exactly once, with what could
 * not be honoured in a manager's queue. Each test makes its own shop: a warehouse, a storefront
 * with tea (cost 6.00, price 10.00; 20 on the shelf) and a cashier assigned to it.
 */
@SharedServer
class OfflineSyncIT {

  static final String BATCHES = "sales/api/offline-batches/";
  static final String EXCEPTIONS = "sales/api/exceptions/";
  static final String INTEGRITY = "admin/api/integrity/";

  @ArquillianResource URL base;
  PosApi api;
  Shop shop;
  Staff admin;
  Staff cashier;
  String storefront;
  String tea;
  String till;

  @BeforeEach
  void shop() {
    api = new PosApi(base);
    shop = Shop.open(api);
    admin = shop.admin();
    storefront = shop.storefront("High street");
    tea = shop.product("TEA", "Tea");
    shop.receive(tea, "100", "6.00", "10.00");
    shop.stock(storefront, tea, "20");
    cashier = api.addStaff(admin, "CASHIER", List.of(storefront));
    till = UUID.randomUUID().toString();
  }

  /** A sale the till made {@code minutesAgo}: {@code quantity} tea at 10.00, paid in cash. */
  Map<String, Object> offlineSale(String quantity, String unitPrice, long minutesAgo) {
    String total =
        new java.math.BigDecimal(quantity)
            .multiply(new java.math.BigDecimal(unitPrice))
            .setScale(2, java.math.RoundingMode.HALF_UP)
            .toPlainString();
    return offlineSale(
        Instant.now().minus(minutesAgo, ChronoUnit.MINUTES),
        List.of(item(tea, quantity, unitPrice)),
        List.of(pay("CASH", total)));
  }

  Map<String, Object> offlineSale(
      Instant occurredAt, List<Map<String, Object>> items, List<Map<String, Object>> payments) {
    Map<String, Object> sale = new HashMap<>();
    sale.put("client_sale_id", UUID.randomUUID().toString());
    sale.put("occurred_at", occurredAt.truncatedTo(ChronoUnit.SECONDS).toString());
    sale.put("storefront_id", storefront);
    sale.put("sale_type", "RETAIL");
    sale.put("cashier_id", cashier.userId().toString());
    sale.put("items", items);
    sale.put("payments", payments);
    return sale;
  }

  static Map<String, Object> item(String product, String quantity, String unitPrice) {
    Map<String, Object> item = line(product, quantity);
    item.put("unit_price", unitPrice);
    return item;
  }

  Response sync(Staff who, List<Map<String, Object>> sales) {
    return api.as(who).body(Map.of("till_id", till, "sales", sales)).post(BATCHES);
  }

  Response synced(Staff who, List<Map<String, Object>> sales) {
    Response r = sync(who, sales);
    r.then().statusCode(200);
    return r;
  }

  int salesAtStorefront() {
    return api.as(admin)
        .queryParam("storefront_id", storefront)
        .get("sales/api/sales/")
        .then()
        .statusCode(200)
        .extract()
        .path("count");
  }

  float onShelf() {
    return api.as(admin)
        .queryParam("product_id", tea)
        .queryParam("location_id", storefront)
        .get("inventory/api/inventory/")
        .then()
        .statusCode(200)
        .extract()
        .<Number>path("results.quantity_on_hand.sum()")
        .floatValue();
  }

  void assertBooksClean() {
    api.as(admin).get(INTEGRITY).then().statusCode(200).body("ok", equalTo(true));
  }

  @Test
  void aBatchSentAgainWholeOrInPartCreatesEachSaleOnce() {
    List<Map<String, Object>> sales = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      sales.add(offlineSale("1", "10.00", 40 - i));
    }
    Response first = synced(cashier, sales);
    assertThat(first.<List<String>>path("results.status")).containsOnly("APPLIED");
    List<String> saleIds = first.path("results.sale_id");

    Response again = synced(cashier, sales);
    assertThat(again.<List<String>>path("results.status")).containsOnly("DUPLICATE");
    assertThat(again.<List<String>>path("results.first_status")).containsOnly("APPLIED");
    assertThat(again.<List<String>>path("results.sale_id")).isEqualTo(saleIds);

    Response half = synced(cashier, sales.subList(2, 4));
    assertThat(half.<List<String>>path("results.status")).containsOnly("DUPLICATE");
    assertThat(half.<List<String>>path("results.sale_id")).isEqualTo(saleIds.subList(2, 4));

    assertThat(salesAtStorefront()).isEqualTo(4);
    assertThat(onShelf()).isEqualTo(16f);
    assertBooksClean();
  }

  @Test
  void aBatchRepeatedWithItsIdempotencyKeyReplaysTheFirstAnswer() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body =
        Map.of("till_id", till, "sales", List.of(offlineSale("1", "10.00", 3)));
    String first =
        api.as(cashier)
            .header("Idempotency-Key", key)
            .body(body)
            .post(BATCHES)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String again =
        api.as(cashier)
            .header("Idempotency-Key", key)
            .body(body)
            .post(BATCHES)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(again).isEqualTo(first);
    assertThat(salesAtStorefront()).isEqualTo(1);
  }

  @Test
  void salesAreAppliedInTheOrderTheyHappened() {
    Map<String, Object> later = offlineSale("1", "10.00", 5);
    Map<String, Object> earlier = offlineSale("1", "10.00", 50);
    Response r = synced(cashier, List.of(later, earlier));
    assertThat(r.<List<String>>path("results.client_sale_id"))
        .containsExactly(
            (String) earlier.get("client_sale_id"), (String) later.get("client_sale_id"));
  }

  @Test
  void theSecondTillToSyncTheLastUnitsGetsOversoldExceptions() {
    Staff secondCashier = api.addStaff(admin, "CASHIER", List.of(storefront));
    String secondTill = UUID.randomUUID().toString();
    // both tills sold the shelf's last units while offline: 12 + 11 of 20
    synced(cashier, List.of(offlineSale("12", "10.00", 30)));
    Map<String, Object> second = offlineSale("11", "10.00", 20);
    second.put("cashier_id", secondCashier.userId().toString());
    Response r =
        api.as(secondCashier)
            .body(Map.of("till_id", secondTill, "sales", List.of(second)))
            .post(BATCHES);
    r.then().statusCode(200).body("results[0].status", equalTo("EXCEPTION"));
    assertThat(r.<List<String>>path("results[0].exceptions.kind")).containsExactly("OVERSOLD");
    assertThat(r.<Float>path("results[0].exceptions[0].quantity")).isEqualTo(3f);
    assertThat(r.<String>path("results[0].exceptions[0].value")).isEqualTo("18.00");
    assertThat(onShelf()).isEqualTo(0f);
    // the sale stands as the till made it, and the books balance with the position open
    String saleId = r.path("results[0].sale_id");
    api.as(admin)
        .get("sales/api/sales/" + saleId + "/")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("total", equalTo("110.00"));
    assertBooksClean();
    api.as(admin)
        .get("bookkeeping/api/accounts/")
        .then()
        .statusCode(200)
        .body("results.find { it.code == '1250' }.balance", equalTo("-18.00"));
  }

  @Test
  void resolvingOversoldUnitsReturnsTheBooksToClean() {
    synced(cashier, List.of(offlineSale("23", "10.00", 30)));
    String exception =
        api.as(admin)
            .queryParam("kind", "OVERSOLD")
            .queryParam("status", "OPEN")
            .get(EXCEPTIONS)
            .then()
            .statusCode(200)
            .body("count", equalTo(1))
            .extract()
            .path("results[0].id");
    Staff manager = api.addStaff(admin, "MANAGER");
    // the stock has not arrived yet
    api.as(manager)
        .body(Map.of("resolution", "STOCK_ARRIVED"))
        .post(EXCEPTIONS + exception + "/resolve/")
        .then()
        .statusCode(409);
    shop.stock(storefront, tea, "5");
    api.as(manager)
        .body(Map.of("resolution", "STOCK_ARRIVED", "note", "delivery came in"))
        .post(EXCEPTIONS + exception + "/resolve/")
        .then()
        .statusCode(200)
        .body("status", equalTo("RESOLVED"))
        .body("resolution", equalTo("STOCK_ARRIVED"));
    assertThat(onShelf()).isEqualTo(2f);
    assertBooksClean();
    api.as(admin)
        .get("bookkeeping/api/accounts/")
        .then()
        .body("results.find { it.code == '1250' }.balance", equalTo("0.00"));
    // resolved once
    api.as(manager)
        .body(Map.of("resolution", "WRITTEN_OFF"))
        .post(EXCEPTIONS + exception + "/resolve/")
        .then()
        .statusCode(409)
        .body("type", endsWith("exception-resolved"));
    api.as(admin)
        .queryParam("action", "sale_exception.resolved")
        .get("accounts/api/audit-logs/")
        .then()
        .statusCode(200)
        .body("count", equalTo(1));
  }

  @Test
  void writingOffOversoldUnitsClearsTheHoldingPosition() {
    synced(cashier, List.of(offlineSale("21", "10.00", 30)));
    String exception =
        api.as(admin)
            .queryParam("kind", "OVERSOLD")
            .get(EXCEPTIONS)
            .then()
            .extract()
            .path("results[0].id");
    api.as(admin)
        .body(Map.of("resolution", "WRITTEN_OFF"))
        .post(EXCEPTIONS + exception + "/resolve/")
        .then()
        .statusCode(200)
        .body("resolution", equalTo("WRITTEN_OFF"));
    assertBooksClean();
  }

  @Test
  void aPriceOtherThanTheServersStandsAsChargedWithAnExceptionRecorded() {
    Response r = synced(cashier, List.of(offlineSale("2", "9.00", 10)));
    r.then().body("results[0].status", equalTo("EXCEPTION"));
    assertThat(r.<List<String>>path("results[0].exceptions.kind"))
        .containsExactly("PRICE_MISMATCH");
    assertThat(r.<String>path("results[0].exceptions[0].expected_amount")).isEqualTo("20.00");
    assertThat(r.<String>path("results[0].exceptions[0].charged_amount")).isEqualTo("18.00");
    api.as(admin)
        .get("sales/api/sales/" + r.path("results[0].sale_id") + "/")
        .then()
        .body("total", equalTo("18.00"));
    assertBooksClean();
  }

  @Test
  void creditBeyondTheLimitIsChargedWithAnExceptionRaised() {
    String customer =
        api.as(admin)
            .body(Map.of("name", "Ada", "customer_type", "RETAIL", "credit_limit", "5.00"))
            .post("sales/api/customers/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> sale =
        offlineSale(
            Instant.now().minus(15, ChronoUnit.MINUTES),
            List.of(item(tea, "1", "10.00")),
            List.of(pay("CREDIT", "10.00")));
    sale.put("customer_id", customer);
    Response r = synced(cashier, List.of(sale));
    assertThat(r.<List<String>>path("results[0].exceptions.kind"))
        .containsExactly("CREDIT_LIMIT_EXCEEDED");
    api.as(admin)
        .get("sales/api/customers/" + customer + "/")
        .then()
        .body("outstanding_balance", equalTo("10.00"));
    assertBooksClean();
  }

  @Test
  void aSaleDatedInALockedMonthPostsOnTheFirstOpenDate() {
    YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
    api.as(admin).post("bookkeeping/api/periods/" + last + "/lock/").then().statusCode(200);
    Instant inLastMonth = last.atDay(15).atTime(12, 0).toInstant(ZoneOffset.UTC);
    Response r =
        synced(
            cashier,
            List.of(
                offlineSale(
                    inLastMonth, List.of(item(tea, "1", "10.00")), List.of(pay("CASH", "10.00")))));
    LocalDate firstOpen = last.plusMonths(1).atDay(1);
    r.then()
        .body("results[0].status", equalTo("APPLIED"))
        .body("results[0].posted_on", equalTo(firstOpen.toString()))
        .body("results[0].posted_on_open_date", equalTo(true));
    String entry =
        api.as(admin)
            .get("sales/api/sales/" + r.path("results[0].sale_id") + "/")
            .then()
            .extract()
            .path("journal_entry_id");
    api.as(admin)
        .queryParam("journal_entry_id", entry)
        .get("bookkeeping/api/ledger-entries/")
        .then()
        .statusCode(200)
        .body("results[0].date", equalTo(firstOpen.toString()));
    assertBooksClean();
  }

  @Test
  void aLockedMonthIsNeverReopened() {
    YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
    api.as(admin).post("bookkeeping/api/periods/" + last + "/lock/").then().statusCode(200);
    api.as(admin)
        .post("bookkeeping/api/periods/" + last + "/reopen/")
        .then()
        .statusCode(409)
        .body("type", endsWith("period-locked"));
    api.as(admin)
        .body(
            Map.of(
                "date",
                last.atDay(10).toString(),
                "description",
                "late adjustment",
                "lines",
                List.of(
                    Map.of("account_code", "1000", "debit", "1.00"),
                    Map.of("account_code", "3000", "credit", "1.00"))))
        .post("bookkeeping/api/journal-entries/")
        .then()
        .statusCode(409)
        .body("type", endsWith("period-closed"));
  }

  @Test
  void onlineCheckoutsNeverDeadlockWithAnOfflineBatchOnOneHotProduct() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<Integer>>> answers = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      Callable<List<Integer>> online =
          () -> {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
              statuses.add(
                  api.as(cashier)
                      .body(
                          Map.of(
                              "storefront_id",
                              storefront,
                              "items",
                              List.of(line(tea, "1")),
                              "payments",
                              List.of(pay("CASH", "10.00"))))
                      .post("sales/api/sales/")
                      .statusCode());
            }
            return statuses;
          };
      Callable<List<Integer>> offline =
          () -> {
            List<Map<String, Object>> sales = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
              sales.add(offlineSale("1", "10.00", 30 - i));
            }
            return List.of(sync(cashier, sales).statusCode());
          };
      answers.add(pool.submit(online));
      answers.add(pool.submit(offline));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<List<Integer>> answer : answers) {
      statuses.addAll(answer.get(180, TimeUnit.SECONDS));
    }
    pool.shutdown();
    // online checkouts sell what is there or are refused; offline sales are all recorded
    assertThat(statuses).allMatch(s -> s == 200 || s == 201 || s == 409);
    int online = (int) statuses.stream().filter(s -> s == 201).count();
    assertThat(salesAtStorefront()).isEqualTo(online + 16);
    assertBooksClean();
  }

  @Test
  void aBatchNamingACashierOfAnotherStorefrontIsRefusedWithNothingWritten() {
    String other = shop.storefront("Back street");
    Staff elsewhere = api.addStaff(admin, "CASHIER", List.of(other));
    Map<String, Object> good = offlineSale("1", "10.00", 10);
    Map<String, Object> bad = offlineSale("1", "10.00", 9);
    bad.put("cashier_id", elsewhere.userId().toString());
    api.hostile(admin)
        .body(Map.of("till_id", till, "sales", List.of(good, bad)))
        .post(BATCHES)
        .then()
        .statusCode(400)
        .body("errors", org.hamcrest.Matchers.hasKey("sales[1].cashier_id"));
    assertThat(salesAtStorefront()).isEqualTo(0);
  }

  @Test
  void paymentsShortOfTheChargedTotalAreRefused() {
    Map<String, Object> sale =
        offlineSale(
            Instant.now().minus(5, ChronoUnit.MINUTES),
            List.of(item(tea, "2", "10.00")),
            List.of(pay("CASH", "15.00")));
    api.hostile(cashier)
        .body(Map.of("till_id", till, "sales", List.of(sale)))
        .post(BATCHES)
        .then()
        .statusCode(400)
        .body("errors", org.hamcrest.Matchers.hasKey("sales[0].payments"));
  }

  @Test
  void theOutcomesOfSyncedSalesShowAtMetrics() {
    List<Map<String, Object>> sales = List.of(offlineSale("25", "10.00", 10));
    synced(cashier, sales);
    synced(cashier, sales);
    String metrics =
        api.as(api.platformOwner())
            .accept("text/plain")
            .get("metrics")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(metrics)
        .containsPattern("pos_offline_sales_total\\{[^}]*status=\"EXCEPTION\"[^}]*} [1-9]")
        .containsPattern("pos_offline_sales_total\\{[^}]*status=\"DUPLICATE\"[^}]*} [1-9]")
        .containsPattern("pos_offline_exceptions_total\\{[^}]*kind=\"OVERSOLD\"[^}]*} [1-9]");
  }

  @Test
  void aCashierCannotReadTheExceptionQueue() {
    api.as(cashier).get(EXCEPTIONS).then().statusCode(403);
  }

  @Test
  void theTillSnapshotIsPagedByCursor() {
    shop.product("GUM", "Gum");
    shop.product("OIL", "Oil");
    Response first =
        api.as(cashier)
            .queryParam("storefront_id", storefront)
            .queryParam("page_size", "2")
            .get("inventory/api/till-snapshot/");
    first.then().statusCode(200);
    assertThat(first.<List<Object>>path("products")).hasSize(2);
    String cursor = first.path("next_cursor");
    assertThat(cursor).isNotNull();
    Response second =
        api.as(cashier)
            .queryParam("storefront_id", storefront)
            .queryParam("page_size", "2")
            .queryParam("cursor", cursor)
            .get("inventory/api/till-snapshot/");
    second.then().statusCode(200).body("next_cursor", equalTo(null));
    List<String> all = new ArrayList<>(first.path("products.sku"));
    all.addAll(second.path("products.sku"));
    assertThat(all).containsExactlyInAnyOrder("TEA", "GUM", "OIL");
  }

  @Test
  void theTillSnapshotGivesEachProductsShelfPriceWithItsAvailableStock() {
    Response r =
        api.as(cashier).queryParam("storefront_id", storefront).get("inventory/api/till-snapshot/");
    r.then()
        .statusCode(200)
        .body("products.find { it.sku == 'TEA' }.retail_price", equalTo("10.00"))
        .body("products.find { it.sku == 'TEA' }.available", equalTo(20.0f));
  }

  @Test
  void theTillSnapshotDeltaHoldsOnlyWhatChanged() {
    shop.product("GUM", "Gum");
    Instant since = Instant.now().plus(2, ChronoUnit.SECONDS);
    org.awaitility.Awaitility.await().until(() -> Instant.now().isAfter(since));
    synced(cashier, List.of(offlineSale("1", "10.00", 1)));
    Response r =
        api.as(cashier)
            .queryParam("storefront_id", storefront)
            .queryParam("updated_since", since.toString())
            .get("inventory/api/till-snapshot/");
    r.then().statusCode(200);
    assertThat(r.<List<String>>path("products.sku")).containsExactly("TEA");
  }

  @Test
  void theTillCustomersGiveEachCustomersAvailableCredit() {
    api.as(admin)
        .body(Map.of("name", "Ada", "customer_type", "RETAIL", "credit_limit", "50.00"))
        .post("sales/api/customers/")
        .then()
        .statusCode(201);
    api.as(cashier)
        .get("sales/api/till-snapshot/customers/")
        .then()
        .statusCode(200)
        .body("results[0].available_credit", equalTo("50.00"))
        .body("next_cursor", equalTo(null));
  }
}
