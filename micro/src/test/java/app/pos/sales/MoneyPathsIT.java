package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.Shop;
import app.pos.devkit.TestDatabaseSession;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The money paths a dishonest cashier, a careless manager and an auditor would try: who may grant
 * credit and discounts, what a cashier sees, limits under concurrency, the lock date, refunds,
 * webhooks, reports against the ledger, prices per lot, receipts and tokens. Each test makes its
 * own shop: a warehouse, storefronts A and B, a 10.00 product (tea) and a 1.00 product (gum), and
 * leaves its books passing the integrity checks.
 */
@SharedServer
class MoneyPathsIT {

  static final String SALES = "sales/api/sales/";
  static final String CUSTOMERS = "sales/api/customers/";
  static final String USERS = "accounts/api/users/";
  static final String INVENTORY = "inventory/api/";

  @ArquillianResource URL base;
  PosApi api;
  Shop shop;
  Staff admin;
  String warehouse;
  String storefrontA;
  String storefrontB;
  String tea;
  String gum;

  @BeforeEach
  void shop() {
    api = new PosApi(base);
    shop = Shop.open(api);
    admin = shop.admin();
    warehouse = shop.warehouse();
    storefrontA = shop.storefront("A street");
    storefrontB = shop.storefront("B street");
    tea = shop.product("TEA", "Tea");
    gum = shop.product("GUM", "Gum");
    shop.receive(tea, "100", "6.00", "10.00");
    shop.receive(gum, "100", "0.40", "1.00");
    shop.stock(storefrontA, tea, "40");
    shop.stock(storefrontA, gum, "40");
    shop.stock(storefrontB, tea, "40");
  }

  @AfterEach
  void booksStayClean() {
    api.as(admin).get("admin/api/integrity/").then().statusCode(200).body("ok", equalTo(true));
  }

  static Map<String, Object> sale(
      String storefront, List<Map<String, Object>> items, List<Map<String, Object>> payments) {
    Map<String, Object> body = new HashMap<>();
    body.put("storefront_id", storefront);
    body.put("items", items);
    if (payments != null) {
      body.put("payments", payments);
    }
    return body;
  }

  Response sell(Staff who, Map<String, Object> body) {
    return api.as(who).body(body).post(SALES);
  }

  String onHand(String storefront, String product) {
    List<Object> rows =
        api.as(admin)
            .get(INVENTORY + "inventory/?product_id=" + product + "&location_id=" + storefront)
            .then()
            .statusCode(200)
            .extract()
            .path("results.quantity_on_hand");
    return rows.isEmpty()
        ? "0"
        : new BigDecimal(rows.get(0).toString()).stripTrailingZeros().toPlainString();
  }

  int count(Staff who, String path) {
    return api.as(who).get(path).then().statusCode(200).extract().path("count");
  }

  String creditCustomer(String limit) {
    return shop.customer("RETAIL", limit, 30);
  }

  // 1. a cashier grants credit

  @Test
  void aCashierCannotSetACreditLimitOnANewCustomer() {
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(storefrontA));
    int before = count(admin, CUSTOMERS);
    api.as(cashier)
        .body(
            Map.of(
                "name",
                "Friend of the cashier",
                "customer_type",
                "RETAIL",
                "credit_limit",
                "999999999.00",
                "credit_terms_days",
                365))
        .post(CUSTOMERS)
        .then()
        .statusCode(403)
        .contentType(containsString("application/problem+json"));
    api.as(cashier)
        .body(Map.of("name", "Walk-in", "customer_type", "RETAIL", "credit_terms_days", 365))
        .post(CUSTOMERS)
        .then()
        .statusCode(403);
    assertThat(count(admin, CUSTOMERS)).isEqualTo(before);
  }

  @Test
  void onlyAManagersNewCustomerStartsWithCredit() {
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(storefrontA));
    Staff manager = api.addStaff(admin, "MANAGER");
    api.as(cashier)
        .body(Map.of("name", "Walk-in", "customer_type", "RETAIL"))
        .post(CUSTOMERS)
        .then()
        .statusCode(201)
        .body("credit_limit", equalTo("0.00"));
    api.as(manager)
        .body(
            Map.of(
                "name",
                "Regular",
                "customer_type",
                "RETAIL",
                "credit_limit",
                "50.00",
                "credit_terms_days",
                14))
        .post(CUSTOMERS)
        .then()
        .statusCode(201)
        .body("credit_limit", equalTo("50.00"));
  }

  // 2. a cashier gives stock away

  @Test
  void aCashierDiscountAboveTheBusinessLimitIsRefused() {
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(storefrontA));
    Map<String, Object> free = line(tea, "11");
    free.put("discount_percent", "100");
    sell(cashier, sale(storefrontA, List.of(free), List.of(pay("CASH", "0.01"))))
        .then()
        .statusCode(403)
        .body("type", endsWith("discount-limit-exceeded"));
    Map<String, Object> almost = line(tea, "1");
    almost.put("discount", "9.99");
    sell(cashier, sale(storefrontA, List.of(almost), List.of(pay("CASH", "0.01"))))
        .then()
        .statusCode(403)
        .body("type", endsWith("discount-limit-exceeded"));
    assertThat(onHand(storefrontA, tea)).isEqualTo("40");
    assertThat(count(admin, SALES)).isZero();
  }

  @Test
  void aCashierDiscountUpToTheLimitIsGiven() {
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(storefrontA));
    Map<String, Object> tenPercent = line(tea, "2");
    tenPercent.put("discount_percent", "10");
    sell(cashier, sale(storefrontA, List.of(tenPercent), List.of(pay("CASH", "18.00"))))
        .then()
        .statusCode(201)
        .body("discount_total", equalTo("2.00"))
        .body("total", equalTo("18.00"));
  }

  @Test
  void theCashierDiscountLimitIsABusinessSetting() {
    assertThat(
            new BigDecimal(
                api.as(admin)
                    .get("accounts/api/business/")
                    .path("max_cashier_discount_percent")
                    .toString()))
        .isEqualByComparingTo("10");
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(storefrontA));
    api.as(cashier)
        .body(Map.of("max_cashier_discount_percent", "100"))
        .patch("accounts/api/business/")
        .then()
        .statusCode(403);
    api.as(admin)
        .body(Map.of("max_cashier_discount_percent", "101"))
        .patch("accounts/api/business/")
        .then()
        .statusCode(400);
    api.as(admin)
        .body(Map.of("max_cashier_discount_percent", "50"))
        .patch("accounts/api/business/")
        .then()
        .statusCode(200);
    Map<String, Object> half = line(tea, "1");
    half.put("discount_percent", "50");
    sell(cashier, sale(storefrontA, List.of(half), List.of(pay("CASH", "5.00"))))
        .then()
        .statusCode(201)
        .body("total", equalTo("5.00"));
  }

  @Test
  void aManagerDiscountAboveTheLimitNeedsAReasonThatIsAudited() {
    Staff manager = api.addStaff(admin, "MANAGER");
    Map<String, Object> half = line(tea, "2");
    half.put("discount_percent", "50");
    Map<String, Object> body = sale(storefrontA, List.of(half), List.of(pay("CASH", "10.00")));
    sell(manager, body).then().statusCode(400).body("errors.discount_override_reason", notEmpty());
    body.put("discount_override_reason", "Damaged packaging");
    String saleId = sell(manager, body).then().statusCode(201).extract().path("id");
    api.as(admin)
        .get("accounts/api/audit-logs/?action=sale.discount_override")
        .then()
        .body("count", equalTo(1))
        .body("results[0].entity_id", equalTo(saleId))
        .body("results[0].changes.reason", equalTo("Damaged packaging"));
  }

  static org.hamcrest.Matcher<Object> notEmpty() {
    return org.hamcrest.Matchers.notNullValue();
  }

  @Test
  void aLineNeverChargesLessThanOneCentEvenWithAnOverride() {
    Map<String, Object> free = line(tea, "1");
    free.put("discount_percent", "100");
    Map<String, Object> body = sale(storefrontA, List.of(free, line(gum, "1")), null);
    body.put("discount_override_reason", "Gift");
    sell(admin, body).then().statusCode(400).body("errors", org.hamcrest.Matchers.notNullValue());
    sell(admin, sale(storefrontA, List.of(line(gum, "0.004")), null)).then().statusCode(400);
    assertThat(count(admin, SALES)).isZero();
  }

  @Test
  void linesOfOneProductAreMergedBeforePricing() {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int i = 0; i < 199; i++) {
      lines.add(line(gum, "0.004"));
    }
    lines.add(line(gum, "0.01"));
    Response sold = sell(admin, sale(storefrontA, lines, List.of(pay("CASH", "1.00"))));
    sold.then()
        .statusCode(201)
        .body("items", hasSize(1))
        .body("total", equalTo("0.81"))
        .body("change_due", equalTo("0.19"));
    assertThat(new BigDecimal(sold.path("items[0].quantity").toString()))
        .isEqualByComparingTo("0.806");
  }

  // 3. payments leak across storefronts

  @Test
  void aCashierSeesOnlyThePaymentsOfItsStorefronts() {
    Staff cashierA = api.addStaff(admin, "CASHIER", List.of(storefrontA));
    String atB =
        sell(admin, sale(storefrontB, List.of(line(tea, "1")), List.of(pay("CASH", "10.00"))))
            .path("id");
    String atA =
        sell(cashierA, sale(storefrontA, List.of(line(tea, "1")), List.of(pay("CARD", "10.00"))))
            .path("id");
    assertThat(count(admin, "sales/api/payments/")).isEqualTo(2);
    api.as(cashierA)
        .get("sales/api/payments/")
        .then()
        .statusCode(200)
        .body("count", equalTo(1))
        .body("results[0].sale_id", equalTo(atA));
    assertThat(count(cashierA, "sales/api/payments/?sale_id=" + atB)).isZero();
  }

  @Test
  void aCashierSeesOnlyTheCreditTransactionsOfItsStorefronts() {
    Staff cashierA = api.addStaff(admin, "CASHIER", List.of(storefrontA));
    String customer = creditCustomer("100");
    Map<String, Object> body =
        sale(storefrontB, List.of(line(tea, "1")), List.of(pay("CREDIT", "10.00")));
    body.put("customer_id", customer);
    sell(admin, body).then().statusCode(201);
    assertThat(count(admin, "sales/api/credit-transactions/")).isEqualTo(1);
    assertThat(count(cashierA, "sales/api/credit-transactions/")).isZero();
  }

  // 4. plan limits race

  @Test
  void twentyConcurrentUserCreatesOnATenUserPlanMakeExactlyTen() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Callable<Response>> creates = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      creates.add(
          () ->
              api.as(admin)
                  .body(
                      Map.of(
                          "email", PosApi.uniqueEmail("racer"),
                          "password", PosApi.PASSWORD,
                          "first_name", "R",
                          "last_name", "Acer",
                          "role", "CASHIER"))
                  .post(USERS));
    }
    List<Response> answers = new ArrayList<>();
    try {
      for (Future<Response> f : pool.invokeAll(creates)) {
        answers.add(f.get());
      }
    } finally {
      pool.shutdown();
    }
    long created = answers.stream().filter(r -> r.statusCode() == 201).count();
    List<Response> refused = answers.stream().filter(r -> r.statusCode() != 201).toList();
    assertThat(created).isEqualTo(9); // the owner is the tenth
    assertThat(refused).hasSize(11);
    refused.forEach(
        r -> {
          assertThat(r.statusCode()).isEqualTo(403);
          assertThat(r.jsonPath().getString("type")).endsWith("plan-limit-exceeded");
        });
    assertThat(count(admin, USERS)).isEqualTo(10);
  }

  @Test
  void concurrentStorefrontCreatesStopAtThePlanLimit() throws Exception {
    // the trial allows 3 storefronts; the shop has 2
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<Integer>> creates = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String name = "Racing " + i;
      creates.add(
          () ->
              api.as(admin)
                  .body(Map.of("name", name, "warehouse_id", warehouse))
                  .post(INVENTORY + "storefronts/")
                  .statusCode());
    }
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> f : pool.invokeAll(creates)) {
        statuses.add(f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(statuses).containsOnly(201, 403);
    assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
    assertThat(count(admin, INVENTORY + "storefronts/")).isEqualTo(3);
  }

  @Test
  void reactivatingAUserCountsAgainstThePlan() {
    List<Staff> staff = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      staff.add(api.addStaff(admin, "CASHIER"));
    }
    api.as(admin).delete(USERS + staff.get(0).userId() + "/").then().statusCode(204);
    api.addStaff(admin, "CASHIER"); // the freed seat
    api.as(admin)
        .body(Map.of("is_active", true))
        .patch(USERS + staff.get(0).userId() + "/")
        .then()
        .statusCode(403)
        .body("type", endsWith("plan-limit-exceeded"));
    api.as(admin).get(USERS + staff.get(0).userId() + "/").then().body("is_active", equalTo(false));
  }

  // 7. an idempotent replay skips authorization; ids of the wrong kind

  @Test
  void aReplayOfAnotherUsersKeyRunsTheCallersOwnChecks() {
    Staff cashierA = api.addStaff(admin, "CASHIER", List.of(storefrontA));
    Map<String, Object> body =
        sale(storefrontB, List.of(line(tea, "1")), List.of(pay("CASH", "10.00")));
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
    api.as(cashierA)
        .header("Idempotency-Key", key)
        .body(body)
        .post(SALES)
        .then()
        .statusCode(403)
        .body("type", endsWith("forbidden"));
    api.as(admin)
        .header("Idempotency-Key", key)
        .body(body)
        .post(SALES)
        .then()
        .statusCode(201)
        .body("id", equalTo(first));
    assertThat(count(admin, SALES)).isEqualTo(1);
  }

  @Test
  void aUsersStorefrontsMustBeStorefrontsOfTheBusiness() {
    Staff elsewhere = api.registerBusiness();
    String theirStorefront =
        api.as(elsewhere)
            .body(Map.of("name", "Theirs"))
            .post(INVENTORY + "storefronts/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    int before = count(admin, USERS);
    for (String wrong : List.of(warehouse, theirStorefront, UUID.randomUUID().toString())) {
      api.as(admin)
          .body(
              Map.of(
                  "email",
                  PosApi.uniqueEmail("cashier"),
                  "password",
                  PosApi.PASSWORD,
                  "first_name",
                  "C",
                  "last_name",
                  "Ashier",
                  "role",
                  "CASHIER",
                  "storefront_ids",
                  List.of(storefrontA, wrong)))
          .post(USERS)
          .then()
          .statusCode(400)
          .body("errors.'storefront_ids[1]'", org.hamcrest.Matchers.notNullValue());
    }
    assertThat(count(admin, USERS)).isEqualTo(before);
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(storefrontA));
    api.as(admin)
        .body(Map.of("storefront_ids", List.of(warehouse)))
        .patch(USERS + cashier.userId() + "/")
        .then()
        .statusCode(400);
  }

  // 5. closing a month locks only that month

  static Map<String, Object> capital(String date) {
    return Map.of(
        "date",
        date,
        "description",
        "Owner's capital",
        "lines",
        List.of(
            Map.of("account_code", "1000", "debit", "5.00"),
            Map.of("account_code", "3000", "credit", "5.00")));
  }

  @Test
  void closingAMonthLocksEveryDateUpToItsEnd() {
    YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
    api.as(admin).post("bookkeeping/api/periods/" + last + "/close/").then().statusCode(200);
    for (String date :
        List.of(
            last.atEndOfMonth().toString(),
            last.minusMonths(1).atDay(15).toString(),
            "1999-01-01")) {
      api.as(admin)
          .body(capital(date))
          .post("bookkeeping/api/journal-entries/")
          .then()
          .statusCode(409)
          .body("type", endsWith("period-closed"));
    }
    api.as(admin)
        .body(capital(LocalDate.now(ZoneOffset.UTC).toString()))
        .post("bookkeeping/api/journal-entries/")
        .then()
        .statusCode(201);
    api.as(admin)
        .get("bookkeeping/api/reports/balance-sheet/?as_of=" + last.atEndOfMonth())
        .then()
        .statusCode(200)
        .body("total_liabilities_and_equity", equalTo("0.00"));
  }

  @Test
  void aSaleOnOrBeforeTheLockDateIsRefusedWithNothingTaken() {
    YearMonth now = YearMonth.now(ZoneOffset.UTC);
    api.as(admin).post("bookkeeping/api/periods/" + now + "/close/").then().statusCode(200);
    sell(admin, sale(storefrontA, List.of(line(tea, "1")), List.of(pay("CASH", "10.00"))))
        .then()
        .statusCode(409)
        .body("type", endsWith("period-closed"));
    assertThat(onHand(storefrontA, tea)).isEqualTo("40");
    assertThat(count(admin, SALES)).isZero();
    api.as(admin).post("bookkeeping/api/periods/" + now + "/reopen/").then().statusCode(200);
  }

  @Test
  void aSaleAfterAMonthClosedElsewhereIsRefusedWithNothingTaken() throws Exception {
    sell(admin, sale(storefrontA, List.of(line(tea, "1")), List.of(pay("CASH", "10.00"))))
        .then()
        .statusCode(201); // this instance now keeps the business's lock date (none)
    YearMonth now = YearMonth.now(ZoneOffset.UTC);
    // another instance closes the month: straight in the database, this one hears nothing of it
    try (Connection c = TestDatabaseSession.connect();
        PreparedStatement close =
            c.prepareStatement(
                "INSERT INTO bk_financial_period (id, business_id, period_start, period_end, status,"
                    + " closed_at, created_at, updated_at)"
                    + " VALUES (gen_random_uuid(), ?::uuid, ?, ?, 'CLOSED', now(), now(), now())"
                    + " ON CONFLICT (business_id, period_start) DO UPDATE SET status = 'CLOSED'")) {
      close.setString(1, admin.businessId().toString());
      close.setObject(2, now.atDay(1));
      close.setObject(3, now.atEndOfMonth());
      close.executeUpdate();
    }
    sell(admin, sale(storefrontA, List.of(line(tea, "1")), List.of(pay("CASH", "10.00"))))
        .then()
        .statusCode(409)
        .body("type", endsWith("period-closed"));
    assertThat(onHand(storefrontA, tea)).isEqualTo("39");
    assertThat(count(admin, SALES)).isEqualTo(1);
    api.as(admin).post("bookkeeping/api/periods/" + now + "/reopen/").then().statusCode(200);
  }

  @Test
  void onlyTheLatestClosedMonthReopens() {
    YearMonth now = YearMonth.now(ZoneOffset.UTC);
    YearMonth earlier = now.minusMonths(2);
    api.as(admin).post("bookkeeping/api/periods/" + earlier + "/close/").then().statusCode(200);
    api.as(admin).post("bookkeeping/api/periods/" + now + "/close/").then().statusCode(200);
    api.as(admin)
        .post("bookkeeping/api/periods/" + earlier + "/reopen/")
        .then()
        .statusCode(409)
        .body("type", endsWith("period-not-latest"));
    api.as(admin).post("bookkeeping/api/periods/" + now + "/reopen/").then().statusCode(200);
    api.as(admin).post("bookkeeping/api/periods/" + earlier + "/reopen/").then().statusCode(200);
  }

  // 12. signed out by changing one's password

  @Test
  void aSignInInTheSecondOfAPasswordChangeGetsAWorkingToken() {
    String password = admin.password();
    for (int i = 0; i < 3; i++) {
      String next = "Another-Secret-" + (70 + i);
      String token = api.login(admin.email(), password);
      api.as(token)
          .body(Map.of("old_password", password, "new_password", next))
          .post("accounts/api/auth/change-password/")
          .then()
          .statusCode(200);
      password = next;
      String fresh = api.login(admin.email(), password);
      api.as(fresh).get("accounts/api/users/me/").then().statusCode(200);
    }
    admin =
        new Staff(
            api.login(admin.email(), password),
            admin.userId(),
            admin.businessId(),
            admin.email(),
            password);
  }

  // 13. secrets given to a job

  @Test
  void aJobsSecretParametersAreNeverStored() throws Exception {
    Staff owner = api.platformOwner();
    String email = PosApi.uniqueEmail("platform-admin");
    String secret = "Job-Secret-" + UUID.randomUUID();
    String run =
        api.as(owner)
            .body(Map.of("admin_email", email, "admin_password", secret))
            .post("admin/api/jobs/init-system/")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    api.awaitFinished(owner, "admin/api/jobs/executions/" + run + "/")
        .then()
        .body("status", org.hamcrest.Matchers.equalTo("COMPLETED"));
    api.login(email, secret); // the job had the password
    try (Connection c = TestDatabaseSession.connect();
        PreparedStatement q =
            c.prepareStatement("SELECT parameters FROM ops_job_run WHERE id = ?::uuid")) {
      q.setString(1, run);
      try (ResultSet r = q.executeQuery()) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).contains(email).doesNotContain(secret);
      }
    }
  }

  // 6. a refund pays out money never received

  String balance(String code) {
    return api.as(admin)
        .get("bookkeeping/api/accounts/")
        .then()
        .extract()
        .path("results.find { it.code == '" + code + "' }.balance");
  }

  Map<String, Object> refundOf(Response sale, String qty, String method) {
    Map<String, Object> body = new HashMap<>();
    body.put("sale_id", sale.path("id"));
    body.put(
        "items",
        List.of(Map.of("sale_item_id", (String) sale.path("items[0].id"), "quantity", qty)));
    body.put("restock", true);
    body.put("reason", "Returned");
    if (method != null) {
      body.put("method", method);
    }
    return body;
  }

  @Test
  void aRefundOfAnUnpaidCreditSaleComesOffTheBalanceNotOutOfTheTill() {
    String customer = creditCustomer("100");
    Map<String, Object> body =
        sale(storefrontA, List.of(line(tea, "2")), List.of(pay("CREDIT", "20.00")));
    body.put("customer_id", customer);
    Response sold = sell(admin, body);
    sold.then().statusCode(201);
    api.as(admin)
        .body(refundOf(sold, "2", "CASH"))
        .post("sales/api/refunds/")
        .then()
        .statusCode(409)
        .body("type", endsWith("refund-method-not-allowed"));
    assertThat(balance("1000")).isEqualTo("0.00");
    api.as(admin)
        .get(CUSTOMERS + customer + "/")
        .then()
        .body("outstanding_balance", equalTo("20.00"));
    api.as(admin)
        .body(refundOf(sold, "2", null))
        .post("sales/api/refunds/")
        .then()
        .statusCode(201)
        .body("method", equalTo("CREDIT"));
    api.as(admin)
        .get(CUSTOMERS + customer + "/")
        .then()
        .body("outstanding_balance", equalTo("0.00"));
    assertThat(balance("1000")).isEqualTo("0.00");
  }

  @Test
  void cashLeavesTheTillOnlyForMoneyReceivedInCash() {
    // 20.00 paid 15.00 by card and 10.00 in cash: 5.00 change, 5.00 cash kept
    Response sold =
        sell(
            admin,
            sale(
                storefrontA,
                List.of(line(tea, "2")),
                List.of(pay("CARD", "15.00"), pay("CASH", "10.00"))));
    sold.then().statusCode(201).body("change_due", equalTo("5.00"));
    api.as(admin)
        .body(refundOf(sold, "1", "CASH"))
        .post("sales/api/refunds/")
        .then()
        .statusCode(409)
        .body("type", endsWith("refund-exceeds-tender"));
    assertThat(balance("1000")).isEqualTo("5.00");
    api.as(admin)
        .body(refundOf(sold, "1", "CARD"))
        .post("sales/api/refunds/")
        .then()
        .statusCode(201)
        .body("method", equalTo("CARD"));
  }

  // 8. a webhook activates a subscription for 0.01

  static final String SUBSCRIPTIONS = "subscriptions/api/";

  Response stripeEvent(String json) {
    byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return api.anonymous()
        .header(
            "Stripe-Signature",
            app.pos.subscriptions.control.WebhookSignatures.stripeHeader(
                body, app.pos.devkit.FakeGateway.STRIPE_WEBHOOK_SECRET, java.time.Instant.now()))
        .contentType("application/json; charset=utf-8")
        .body(body)
        .post(SUBSCRIPTIONS + "webhooks/payment/");
  }

  static String checkoutCompleted(String session, String subscription, long amount) {
    return "{\"id\":\"evt_"
        + UUID.randomUUID()
        + "\",\"type\":\"checkout.session.completed\",\"data\":{\"object\":{\"id\":\""
        + session
        + "\",\"object\":\"checkout.session\",\"client_reference_id\":\""
        + subscription
        + "\",\"payment_status\":\"paid\",\"amount_total\":"
        + amount
        + ",\"currency\":\"usd\",\"subscription\":\"sub_"
        + subscription.substring(0, 8)
        + "\"}}}";
  }

  static String checkoutReference(String subscription) throws Exception {
    try (Connection c = TestDatabaseSession.connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT checkout_reference FROM sub_subscription WHERE id = ?::uuid")) {
      q.setString(1, subscription);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  @Test
  void aCheckoutEventActivatesASubscriptionOnlyWhenItMatchesTheRecordedCheckout() throws Exception {
    String starter =
        api.anonymous()
            .get(SUBSCRIPTIONS + "plans/")
            .then()
            .extract()
            .path("results.find { it.code == 'starter' }.id");
    String subscription =
        api.as(admin)
            .body(Map.of("plan_id", starter, "gateway", "STRIPE"))
            .post(SUBSCRIPTIONS + "subscriptions/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String session = checkoutReference(subscription);
    stripeEvent(checkoutCompleted("cs_unknown_" + UUID.randomUUID(), subscription, 2900))
        .then()
        .statusCode(200)
        .body("outcome", org.hamcrest.Matchers.startsWith("unmatched"));
    stripeEvent(checkoutCompleted(session, subscription, 1))
        .then()
        .statusCode(200)
        .body("outcome", org.hamcrest.Matchers.startsWith("unmatched"));
    stripeEvent(checkoutCompleted(session, UUID.randomUUID().toString(), 2900))
        .then()
        .statusCode(200)
        .body("outcome", org.hamcrest.Matchers.startsWith("unmatched"));
    api.as(admin)
        .get(SUBSCRIPTIONS + "subscriptions/current/")
        .then()
        .body("status", equalTo("TRIAL"));
    stripeEvent(checkoutCompleted(session, subscription, 2900))
        .then()
        .statusCode(200)
        .body("outcome", equalTo("subscription activated"));
    api.as(admin)
        .get(SUBSCRIPTIONS + "subscriptions/current/")
        .then()
        .body("status", equalTo("ACTIVE"))
        .body("plan_code", equalTo("starter"));
  }

  // 9. the sales report disagrees with the books

  String product(String sku, String taxRate, String reorderLevel) {
    Map<String, Object> body = new HashMap<>(Map.of("sku", sku, "name", sku.toLowerCase()));
    if (taxRate != null) {
      body.put("tax_rate", taxRate);
    }
    if (reorderLevel != null) {
      body.put("reorder_level", reorderLevel);
    }
    return shop.create(INVENTORY + "products/", body);
  }

  /** A day with cash, card and a 1.10 cash refund (1.00 and 0.10 tax), as the issue found it. */
  void aDayOfSales() {
    String soap = product("SOAP", "10", null);
    shop.receive(soap, "10", "0.50", "1.00");
    shop.stock(storefrontA, soap, "10");
    sell(admin, sale(storefrontA, List.of(line(tea, "3")), List.of(pay("CASH", "40.00"))))
        .then()
        .statusCode(201);
    sell(admin, sale(storefrontA, List.of(line(gum, "5")), List.of(pay("CARD", "5.00"))))
        .then()
        .statusCode(201);
    Response soapSale =
        sell(admin, sale(storefrontA, List.of(line(soap, "2")), List.of(pay("CASH", "2.20"))));
    soapSale.then().statusCode(201);
    api.as(admin)
        .body(refundOf(soapSale, "1", "CASH"))
        .post("sales/api/refunds/")
        .then()
        .statusCode(201)
        .body("total", equalTo("1.10"));
  }

  static BigDecimal money(Object value) {
    return new BigDecimal(value.toString());
  }

  @Test
  void theSalesReportIsDefinedByTheLedger() {
    aDayOfSales();
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    Response report = api.as(admin).get("sales/api/reports/sales/?date_from=" + today);
    report.then().statusCode(200);
    String revenue =
        api.as(admin)
            .get(
                "bookkeeping/api/reports/profit-and-loss/?date_from=" + today + "&date_to=" + today)
            .then()
            .statusCode(200)
            .extract()
            .path("revenue.total");
    assertThat(report.<String>path("totals.net")).isEqualTo(revenue).isEqualTo("36.00");
    assertThat(report.<String>path("totals.tax")).isEqualTo(balance("2100")).isEqualTo("0.10");
    assertThat(report.<String>path("totals.cost")).isEqualTo(balance("5000"));
    assertThat(report.<String>path("totals.refunds_net")).isEqualTo("1.00");
    assertThat(report.<String>path("totals.refunds_tax")).isEqualTo("0.10");
    assertThat(report.<String>path("totals.refunds")).isEqualTo("1.10");
    assertThat(report.<String>path("totals.total")).isEqualTo("36.10");
  }

  @Test
  void everyGroupingsRowsAddUpToTheReportsTotals() {
    aDayOfSales();
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String url = "sales/api/reports/sales/?date_from=" + today + "&group_by=";
    for (String group : List.of("day", "storefront", "product", "cashier")) {
      Response report = api.as(admin).get(url + group);
      report.then().statusCode(200);
      for (String figure :
          List.of("gross", "discounts", "tax", "net", "cost", "refunds", "total")) {
        List<Object> rows = report.path("rows.figures." + figure);
        BigDecimal sum =
            rows.stream().map(MoneyPathsIT::money).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum)
            .as(group + " rows' " + figure)
            .isEqualByComparingTo(money(report.path("totals." + figure)));
      }
    }
    Response byMethod = api.as(admin).get(url + "payment_method");
    List<Object> totals = byMethod.path("rows.figures.total");
    assertThat(totals.stream().map(MoneyPathsIT::money).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(money(byMethod.path("totals.total")));
  }

  @Test
  void theSalesReportsCashRowIsTheCashAccount() {
    aDayOfSales();
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    Response byMethod =
        api.as(admin)
            .get("sales/api/reports/sales/?date_from=" + today + "&group_by=payment_method");
    assertThat(byMethod.<String>path("rows.find { it.key == 'CASH' }.figures.total"))
        .isEqualTo(balance("1000"))
        .isEqualTo("31.10");
  }

  @Test
  void theIntegrityCheckComparesTheSalesReportWithTheLedger() {
    aDayOfSales();
    api.as(admin)
        .get("admin/api/integrity/")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'sales-report-equals-ledger' }.ok", equalTo(true));
  }

  @Test
  void theOwnersDailySummaryAgreesWithTheBooks() {
    aDayOfSales();
    String customer = creditCustomer("100");
    Map<String, Object> onCredit =
        sale(storefrontA, List.of(line(tea, "2")), List.of(pay("CREDIT", "20.00")));
    onCredit.put("customer_id", customer);
    sell(admin, onCredit).then().statusCode(201);
    api.as(admin)
        .body(pay("CASH", "5.00"))
        .post(CUSTOMERS + customer + "/payments/")
        .then()
        .statusCode(201);
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(storefrontA));
    api.as(cashier).get("sales/api/reports/daily-summary/").then().statusCode(403);
    api.as(admin).get("sales/api/reports/daily-summary/?date=yesterday").then().statusCode(400);
    Response summary = api.as(admin).get("sales/api/reports/daily-summary/");
    summary
        .then()
        .statusCode(200)
        .body("sales_count", equalTo(4))
        .body("sales", equalTo("56.00"))
        .body("tax", equalTo("0.10"))
        .body("refunds", equalTo("1.10"))
        .body("cash_at_hand", equalTo(balance("1000")))
        .body("receivables", equalTo(balance("1100")))
        .body("receivables", equalTo("15.00"))
        .body("outstanding", equalTo("15.00"))
        .body("realized", equalTo("42.20"));
    BigDecimal profit = money(summary.path("gross_profit"));
    assertThat(profit)
        .isEqualByComparingTo(new BigDecimal("56.00").subtract(money(balance("5000"))));
  }

  @Test
  void thePerSaleExportHasOneLinePerSale() {
    aDayOfSales();
    String csv =
        api.as(admin)
            .accept("text/csv")
            .get("sales/api/reports/sales-export/")
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("receipt_number,");
    assertThat(csv).contains("\"PARTIALLY_REFUNDED\"").contains("CARD 5.00");
    api.as(admin)
        .accept("text/csv")
        .get("sales/api/reports/sales-export/?date_from=2026-01-02&date_to=2026-01-01")
        .then()
        .statusCode(400);
  }

  // 10. shelf price is not the charged price

  @Test
  void aLineSpanningLotsAtTwoPricesIsChargedAsOneLinePerPrice() {
    String jam = product("JAM", null, null);
    shop.receive(jam, "5", "1.00", "2.40");
    shop.receive(jam, "2", "1.00", "2.00");
    shop.stock(storefrontA, jam, "7");
    String level = INVENTORY + "inventory/?product_id=" + jam + "&location_id=" + storefrontA;
    api.as(admin).get(level).then().body("results[0].retail_price", equalTo("2.40"));
    Response sold =
        sell(admin, sale(storefrontA, List.of(line(jam, "6")), List.of(pay("CASH", "14.00"))));
    sold.then()
        .statusCode(201)
        .body("total", equalTo("14.00"))
        .body("items", hasSize(2))
        .body("items[0].unit_price", equalTo("2.40"))
        .body("items[0].gross", equalTo("12.00"))
        .body("items[1].unit_price", equalTo("2.00"))
        .body("items[1].gross", equalTo("2.00"));
    List<Map<String, Object>> items = sold.path("items");
    for (Map<String, Object> item : items) {
      assertThat(money(item.get("unit_price")).multiply(money(item.get("quantity"))))
          .isEqualByComparingTo(money(item.get("gross")));
    }
    api.as(admin).get(level).then().body("results[0].retail_price", equalTo("2.00"));
  }

  // 11. three receipts, three stories; alerts keep old figures

  static List<String> amounts(String text) {
    List<String> found = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+\\.\\d{2}").matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  @Test
  void aReceiptTellsTheSameStoryInEveryFormat() throws Exception {
    String soap = product("SOAP", "10", null);
    shop.receive(soap, "10", "0.50", "3.00");
    shop.stock(storefrontA, soap, "10");
    Map<String, Object> discounted = line(tea, "2");
    discounted.put("discount_percent", "10");
    Response sold =
        sell(
            admin,
            sale(
                storefrontA,
                List.of(line(soap, "1"), discounted),
                List.of(pay("CARD", "10.00"), pay("CASH", "20.00"))));
    sold.then().statusCode(201).body("total", equalTo("21.30"));
    Map<String, Object> refund = new HashMap<>();
    refund.put("sale_id", sold.path("id"));
    refund.put(
        "items",
        List.of(Map.of("sale_item_id", (String) sold.path("items[1].id"), "quantity", "1")));
    refund.put("reason", "Returned");
    refund.put("method", "CARD");
    api.as(admin).body(refund).post("sales/api/refunds/").then().statusCode(201);
    String receipt = SALES + sold.path("id") + "/receipt/";
    Response json = api.as(admin).get(receipt);
    json.then()
        .statusCode(200)
        .body("status_text", equalTo("PARTLY REFUNDED"))
        .body("lines[0].amount", equalTo("3.00"))
        .body("lines[0].total", equalTo("3.30"))
        .body("subtotal", equalTo("23.00"))
        .body("discount_total", equalTo("2.00"))
        .body("tax_total", equalTo("0.30"))
        .body("change_due", equalTo("8.70"));
    String text = api.as(admin).accept("text/plain").get(receipt).asString();
    byte[] pdf = api.as(admin).accept("application/pdf").get(receipt).asByteArray();
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
    String pdfText = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
    reader.close();
    for (String words :
        List.of(
            "1 x 3.00",
            "2 x 10.00",
            "Subtotal",
            "Discounts",
            "Tax",
            "TOTAL",
            "CARD",
            "CASH",
            "Change",
            "PARTLY REFUNDED")) {
      assertThat(text).as("text receipt").contains(words);
      assertThat(pdfText).as("PDF receipt").contains(words);
    }
    assertThat(text).doesNotContain("PARTIALLY_REFUNDED");
    assertThat(amounts(pdfText)).isEqualTo(amounts(text.substring(text.indexOf("soap"))));
    for (String figure : List.of("3.00", "20.00", "23.00", "-2.00", "0.30", "21.30", "8.70")) {
      assertThat(amounts(text)).contains(figure);
    }
  }

  @Test
  void anOpenAlertShowsTheCurrentFigure() throws Exception {
    String salt = product("SALT", null, "10");
    shop.receive(salt, "20", "0.50", "1.00");
    shop.stock(storefrontA, salt, "12");
    sell(admin, sale(storefrontA, List.of(line(salt, "2")), List.of(pay("CASH", "2.00"))))
        .then()
        .statusCode(201);
    sell(admin, sale(storefrontA, List.of(line(salt, "6")), List.of(pay("CASH", "6.00"))))
        .then()
        .statusCode(201);
    // the alert follows the sale after commit
    String message =
        org.awaitility.Awaitility.await("the alert's figure")
            .atMost(java.time.Duration.ofSeconds(20))
            .until(
                () ->
                    api.as(admin)
                        .get(INVENTORY + "stock-alerts/?status=OPEN")
                        .<String>path(
                            "results.find { it.product_id == '"
                                + salt
                                + "' && it.location_id == '"
                                + storefrontA
                                + "' }.message"),
                m -> m != null && m.contains("4 available"));
    assertThat(message).isEqualTo("SALT: 4 available");
  }
}
