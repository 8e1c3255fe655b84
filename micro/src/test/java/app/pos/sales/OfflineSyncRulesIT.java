package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules review added to offline tills: the report's day is the ledger's, the caller is
 * accountable, a reused client sale id is refused, one stale sale does not block its batch, and an
 * inactive customer's credit sale is filed as such. Each test makes its own shop: a storefront with
 * tea (cost 6.00, price 10.00; 20 on the shelf) and a cashier assigned to it.
 */
@SharedServer
class OfflineSyncRulesIT {

  static final String BATCHES = "sales/api/offline-batches/";

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

  /** One tea at 10.00 paid in cash, rung up by the shop's cashier at {@code occurredAt}. */
  Map<String, Object> offlineSale(Instant occurredAt) {
    Map<String, Object> item = line(tea, "1");
    item.put("unit_price", "10.00");
    Map<String, Object> sale = new HashMap<>();
    sale.put("client_sale_id", UUID.randomUUID().toString());
    sale.put("occurred_at", occurredAt.truncatedTo(ChronoUnit.SECONDS).toString());
    sale.put("storefront_id", storefront);
    sale.put("sale_type", "RETAIL");
    sale.put("cashier_id", cashier.userId().toString());
    sale.put("items", List.of(item));
    sale.put("payments", List.of(pay("CASH", "10.00")));
    return sale;
  }

  Map<String, Object> offlineSale(long minutesAgo) {
    return offlineSale(Instant.now().minus(minutesAgo, ChronoUnit.MINUTES));
  }

  Response synced(Staff who, List<Map<String, Object>> sales) {
    Response r = api.as(who).body(Map.of("till_id", till, "sales", sales)).post(BATCHES);
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

  /** The date of the sale's journal entry, as the ledger has it. */
  String ledgerDateOf(String saleId) {
    String entry =
        api.as(admin)
            .get("sales/api/sales/" + saleId + "/")
            .then()
            .statusCode(200)
            .extract()
            .path("journal_entry_id");
    return api.as(admin)
        .queryParam("journal_entry_id", entry)
        .get("bookkeeping/api/ledger-entries/")
        .then()
        .statusCode(200)
        .extract()
        .path("results[0].date");
  }

  /** The sales report of one day: its totals. */
  Response reportOf(String day) {
    Response r =
        api.as(admin)
            .queryParam("date_from", day)
            .queryParam("date_to", day)
            .get("sales/api/reports/sales/");
    r.then().statusCode(200);
    return r;
  }

  /** Two sales of the batch: the first as made, the second as {@code stale} left it. */
  void assertOnlyTheStaleSaleIsRejected(Response r, Map<String, Object> good, String reason) {
    Map<String, String> status = new HashMap<>();
    Map<String, String> reasons = new HashMap<>();
    List<Map<String, Object>> results = r.path("results");
    for (Map<String, Object> result : results) {
      status.put((String) result.get("client_sale_id"), (String) result.get("status"));
      reasons.put((String) result.get("client_sale_id"), (String) result.get("reason"));
    }
    assertThat(status.remove((String) good.get("client_sale_id"))).isEqualTo("APPLIED");
    assertThat(status.values()).containsExactly("REJECTED");
    reasons.remove((String) good.get("client_sale_id"));
    assertThat(reasons.values().iterator().next()).contains(reason);
    assertThat(r.<Integer>path("applied")).isEqualTo(1);
    assertThat(r.<Integer>path("rejected")).isEqualTo(1);
  }

  @Test
  void aBackDatedSaleIsInTheSalesReportOfItsLedgerDay() {
    Instant twoDaysAgo =
        LocalDate.now(ZoneOffset.UTC).minusDays(2).atTime(12, 0).toInstant(ZoneOffset.UTC);
    Response r = synced(cashier, List.of(offlineSale(twoDaysAgo)));
    String day = ledgerDateOf(r.path("results[0].sale_id"));
    assertThat(day).isEqualTo(LocalDate.now(ZoneOffset.UTC).minusDays(2).toString());
    reportOf(day)
        .then()
        .body("totals.sales_count", equalTo(1))
        .body("totals.net", equalTo("10.00"));
  }

  @Test
  void aSaleMovedToTheFirstOpenDateIsInTheSalesReportOfThatDate() {
    YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
    api.as(admin).post("bookkeeping/api/periods/" + last + "/lock/").then().statusCode(200);
    Instant inLastMonth = last.atDay(15).atTime(12, 0).toInstant(ZoneOffset.UTC);
    Response r = synced(cashier, List.of(offlineSale(inLastMonth)));
    r.then().body("results[0].posted_on_open_date", equalTo(true));
    String day = ledgerDateOf(r.path("results[0].sale_id"));
    assertThat(day).isEqualTo(last.plusMonths(1).atDay(1).toString());
    reportOf(day)
        .then()
        .body("totals.sales_count", equalTo(1))
        .body("totals.net", equalTo("10.00"));
    reportOf(last.atDay(15).toString()).then().body("totals.sales_count", equalTo(0));
  }

  @Test
  void aCashierSyncsOnlySalesInTheirOwnName() {
    Staff colleague = api.addStaff(admin, "CASHIER", List.of(storefront));
    Map<String, Object> sale = offlineSale(10);
    sale.put("cashier_id", colleague.userId().toString());
    api.hostile(cashier)
        .body(Map.of("till_id", till, "sales", List.of(sale)))
        .post(BATCHES)
        .then()
        .statusCode(403);
    assertThat(salesAtStorefront()).isEqualTo(0);
  }

  @Test
  void aManagerSyncsASaleInTheNameOfACashierOfTheStorefront() {
    Staff manager = api.addStaff(admin, "MANAGER");
    Response r = synced(manager, List.of(offlineSale(10)));
    r.then().body("results[0].status", equalTo("APPLIED"));
    api.as(admin)
        .get("sales/api/sales/" + r.path("results[0].sale_id") + "/")
        .then()
        .body("cashier_id", equalTo(cashier.userId().toString()));
  }

  @Test
  void aClientSaleIdReusedWithAnotherBodyIsRejected() {
    Map<String, Object> sale = offlineSale(10);
    String first = synced(cashier, List.of(sale)).path("results[0].sale_id");
    Map<String, Object> other = new HashMap<>(sale);
    Map<String, Object> two = line(tea, "2");
    two.put("unit_price", "10.00");
    other.put("items", List.of(two));
    other.put("payments", List.of(pay("CASH", "20.00")));
    Response r = synced(cashier, List.of(other));
    r.then()
        .body("results[0].status", equalTo("REJECTED"))
        .body("results[0].reason", equalTo("client_sale_id reused with different content"))
        .body("results[0].sale_id", equalTo(null));
    assertThat(first).isNotNull();
    assertThat(salesAtStorefront()).isEqualTo(1);
  }

  @Test
  void aSaleOfADeactivatedCashierIsRejectedWithoutBlockingItsBatch() {
    Staff leaver = api.addStaff(admin, "CASHIER", List.of(storefront));
    Map<String, Object> stale = offlineSale(20);
    stale.put("cashier_id", leaver.userId().toString());
    api.as(admin).delete("accounts/api/users/" + leaver.userId() + "/").then().statusCode(204);
    Map<String, Object> good = offlineSale(10);
    assertOnlyTheStaleSaleIsRejected(synced(admin, List.of(stale, good)), good, "deactivated");
  }

  @Test
  void aSaleOfARetiredProductIsRejectedWithoutBlockingItsBatch() {
    String gum = shop.product("GUM", "Gum");
    Map<String, Object> stale = offlineSale(20);
    Map<String, Object> item = line(gum, "1");
    item.put("unit_price", "10.00");
    stale.put("items", List.of(item));
    api.as(admin)
        .body(Map.of("is_active", false))
        .patch("inventory/api/products/" + gum + "/")
        .then()
        .statusCode(200);
    Map<String, Object> good = offlineSale(10);
    assertOnlyTheStaleSaleIsRejected(synced(cashier, List.of(stale, good)), good, "retired");
  }

  @Test
  void aSaleAtARetiredStorefrontIsRejectedWithoutBlockingItsBatch() {
    String closed = shop.storefront("Closed street");
    Map<String, Object> stale = offlineSale(20);
    stale.put("storefront_id", closed);
    stale.put("cashier_id", admin.userId().toString());
    api.as(admin)
        .body(Map.of("is_active", false))
        .patch("inventory/api/storefronts/" + closed + "/")
        .then()
        .statusCode(200);
    Map<String, Object> good = offlineSale(10);
    assertOnlyTheStaleSaleIsRejected(synced(admin, List.of(stale, good)), good, "retired");
  }

  @Test
  void aSaleFromATillClockMoreThanFiveMinutesFastIsRejectedWithoutBlockingItsBatch() {
    Map<String, Object> stale = offlineSale(Instant.now().plus(10, ChronoUnit.MINUTES));
    Map<String, Object> good = offlineSale(10);
    assertOnlyTheStaleSaleIsRejected(synced(cashier, List.of(stale, good)), good, "clock");
  }

  @Test
  void anInactiveCustomersCreditSaleIsFiledAsCustomerInactive() {
    String customer =
        api.as(admin)
            .body(Map.of("name", "Ada", "customer_type", "RETAIL", "credit_limit", "50.00"))
            .post("sales/api/customers/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    api.as(admin)
        .body(Map.of("is_active", false))
        .patch("sales/api/customers/" + customer + "/")
        .then()
        .statusCode(200);
    Map<String, Object> sale = offlineSale(10);
    sale.put("customer_id", customer);
    sale.put("payments", List.of(pay("CREDIT", "10.00")));
    Response r = synced(cashier, List.of(sale));
    assertThat(r.<List<String>>path("results[0].exceptions.kind"))
        .containsExactly("CUSTOMER_INACTIVE");
  }

  @Test
  void oversoldUnitsWhoseStockArrivedGoBackOnTheShelfWithARestockingRefund() {
    Map<String, Object> sale = offlineSale(10);
    Map<String, Object> item = line(tea, "23");
    item.put("unit_price", "10.00");
    sale.put("items", List.of(item));
    sale.put("payments", List.of(pay("CASH", "230.00")));
    String saleId = synced(cashier, List.of(sale)).path("results[0].sale_id");
    String exception =
        api.as(admin)
            .queryParam("sale_id", saleId)
            .get("sales/api/exceptions/")
            .then()
            .statusCode(200)
            .extract()
            .path("results[0].id");
    shop.stock(storefront, tea, "5");
    api.as(admin)
        .body(Map.of("resolution", "STOCK_ARRIVED"))
        .post("sales/api/exceptions/" + exception + "/resolve/")
        .then()
        .statusCode(200);
    String lineId =
        api.as(admin).get("sales/api/sales/" + saleId + "/").then().extract().path("items[0].id");
    api.as(admin)
        .body(
            Map.of(
                "sale_id",
                saleId,
                "items",
                List.of(Map.of("sale_item_id", lineId, "quantity", 23)),
                "restock",
                true,
                "method",
                "CASH",
                "reason",
                "Returned unopened"))
        .post("sales/api/refunds/")
        .then()
        .statusCode(201)
        .body("restocked_cost", equalTo("138.00"));
    api.as(admin).get("admin/api/integrity/").then().statusCode(200).body("ok", equalTo(true));
  }
}
