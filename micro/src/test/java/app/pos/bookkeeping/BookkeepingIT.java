package app.pos.bookkeeping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import app.pos.devkit.InTheSharedBusiness;
import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.TestDatabaseSession;
import io.restassured.response.Response;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

/** The chart of accounts and the ledger end to end. */
@SharedServer
// most tests post entries, each in a business of its own; the few that only read or are refused
// share one signed up once with its staff, one entry and a trial balance, sparing each the set-up
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookkeepingIT {

  static final String ENTRIES = "bookkeeping/api/journal-entries/";
  static final String ACCOUNTS = "bookkeeping/api/accounts/";

  @ArquillianResource URL base;
  PosApi api;
  Staff admin;

  // the shared business: its owner, staff of each other role, its one entry (5.00 of capital in
  // cash), its cash account and a trial balance of this month
  Staff shared;
  Staff sharedManager;
  Staff sharedCashier;
  Staff sharedWarehouseStaff;
  String sharedEntry;
  String sharedCash;
  String sharedTrialBalance;

  @BeforeAll
  void sharedBusiness() {
    api = new PosApi(base);
    shared = api.registerBusiness();
    sharedManager = api.addStaff(shared, "MANAGER");
    sharedCashier = api.addStaff(shared, "CASHIER");
    sharedWarehouseStaff = api.addStaff(shared, "WAREHOUSE_STAFF");
    sharedEntry =
        post(shared, entry(List.of(line("1000", "5.00", null), line("3000", null, "5.00"))))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    sharedCash =
        api.as(shared).get(ACCOUNTS).then().extract().path("results.find { it.code == '1000' }.id");
    sharedTrialBalance = startTrialBalance(shared);
  }

  @BeforeEach
  void business(TestInfo test) {
    admin =
        test.getTestMethod().orElseThrow().isAnnotationPresent(InTheSharedBusiness.class)
            ? shared
            : api.registerBusiness();
  }

  static Map<String, Object> line(String code, String debit, String credit) {
    return debit != null
        ? Map.of("account_code", code, "debit", debit)
        : Map.of("account_code", code, "credit", credit);
  }

  static Map<String, Object> entry(List<Map<String, Object>> lines) {
    return Map.of(
        "date", LocalDate.now().toString(), "description", "Owner's capital", "lines", lines);
  }

  Response post(Staff who, Object body) {
    return api.as(who).body(body).post(ENTRIES);
  }

  String balance(Staff who, String code) {
    List<Map<String, Object>> chart =
        api.as(who).get(ACCOUNTS).then().statusCode(200).extract().path("results");
    return chart.stream()
        .filter(a -> code.equals(a.get("code")))
        .findFirst()
        .orElseThrow()
        .get("balance")
        .toString();
  }

  /**
   * The codes of the chart a new business starts with (1250: oversold stock held for offline
   * sales).
   */
  static final List<String> DEFAULT_CHART =
      List.of(
          "1000", "1010", "1020", "1030", "1100", "1200", "1250", "2000", "2100", "3000", "3100",
          "4000", "4100", "4200", "5000", "5100", "6000");

  long entries(Staff who) {
    return api.as(who).get(ENTRIES).then().statusCode(200).extract().<Integer>path("count");
  }

  @Test
  void aNewBusinessHasTheChartOfAccounts() {
    api.as(admin)
        .get(ACCOUNTS)
        .then()
        .statusCode(200)
        .body("count", equalTo(DEFAULT_CHART.size()))
        .body("results.code", hasItems(DEFAULT_CHART.toArray(String[]::new)))
        .body("results.find { it.code == '1000' }.balance", equalTo("0.00"))
        .body("results.find { it.code == '1000' }.normal_side", equalTo("DEBIT"))
        .body("results.find { it.code == '3000' }.account_type", equalTo("EQUITY"));
    api.as(admin)
        .get("bookkeeping/api/account-types/")
        .then()
        .statusCode(200)
        .body("count", equalTo(5));
  }

  @Test
  void aBalancedEntryMovesTheBalancesOfItsAccounts() {
    Response r =
        post(admin, entry(List.of(line("1000", "100.00", null), line("3000", null, "100.00"))));
    r.then()
        .statusCode(201)
        .body("entry_number", equalTo(1))
        .body("total", equalTo("100.00"))
        .body("lines.size()", equalTo(2))
        .body("lines[0].account_code", equalTo("1000"))
        .body("lines[0].debit", equalTo("100.00"))
        .body("lines[0].credit", equalTo("0.00"));
    assertThat(balance(admin, "1000")).isEqualTo("100.00");
    assertThat(balance(admin, "3000")).isEqualTo("100.00");
    post(admin, entry(List.of(line("6000", "30.00", null), line("1000", null, "30.00"))))
        .then()
        .statusCode(201)
        .body("entry_number", equalTo(2));
    assertThat(balance(admin, "1000")).isEqualTo("70.00");

    String cash =
        api.as(admin).get(ACCOUNTS).then().extract().path("results.find { it.code == '1000' }.id");
    api.as(admin)
        .get("bookkeeping/api/ledger-entries/?account_id=" + cash)
        .then()
        .statusCode(200)
        .body("count", equalTo(2))
        .body("results[0].running_balance", equalTo("100.00"))
        .body("results[1].running_balance", equalTo("70.00"));
    api.as(admin)
        .get(r.header("Location"))
        .then()
        .statusCode(200)
        .body("id", equalTo(r.path("id")));
  }

  @Test
  void aBrokenEntryIsRefusedWithNothingWritten() {
    Staff other = api.registerBusiness();
    String foreignAccount = api.as(other).get(ACCOUNTS).then().extract().path("results[0].id");
    List<Object> broken =
        List.of(
            entry(List.of(line("1000", "100.00", null), line("3000", null, "99.99"))),
            entry(List.of(line("1000", "100.00", null))),
            entry(List.of(line("1000", "0", null), line("3000", null, "0"))),
            entry(List.of(line("1000", "-5.00", null), line("3000", null, "-5.00"))),
            entry(
                List.of(
                    Map.of("account_code", "1000", "debit", "5", "credit", "5"),
                    line("3000", null, "5"))),
            entry(List.of(line("1000", "1.005", null), line("3000", null, "1.005"))),
            entry(
                List.of(
                    line("1000", "5.00", null),
                    Map.of("account_id", foreignAccount, "credit", "5.00"))),
            entry(List.of(line("1000", "5.00", null), line("9999", null, "5.00"))),
            Map.of(
                "date",
                LocalDate.now().plusDays(30).toString(),
                "description",
                "Future",
                "lines",
                List.of(line("1000", "5", null), line("3000", null, "5"))),
            Map.of(
                "description",
                "No date",
                "lines",
                List.of(line("1000", "5", null), line("3000", null, "5"))));
    for (Object body : broken) {
      post(admin, body)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors", notNullValue());
    }
    post(admin, Map.of("date", "yesterday", "description", "Bad date", "lines", List.of()))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    assertThat(entries(admin)).isZero();
    assertThat(balance(admin, "1000")).isEqualTo("0.00");
  }

  @Test
  void theDatabaseRefusesAnUnbalancedEntryAtCommit() throws SQLException {
    post(admin, entry(List.of(line("1000", "10.00", null), line("3000", null, "10.00"))))
        .then()
        .statusCode(201);
    String cash =
        api.as(admin).get(ACCOUNTS).then().extract().path("results.find { it.code == '1000' }.id");
    try (Connection c = TestDatabaseSession.connect()) {
      c.setAutoCommit(false);
      UUID entry = UUID.randomUUID();
      try (PreparedStatement e =
              c.prepareStatement(
                  "INSERT INTO bk_journal_entry (id, business_id, entry_number, entry_date, description, source_type, total, created_at, updated_at)"
                      + " VALUES (?, ?, 999, current_date, 'forged', 'MANUAL', 50, now(), now())");
          PreparedStatement l =
              c.prepareStatement(
                  "INSERT INTO bk_ledger_entry (id, business_id, journal_entry_id, line_number, account_id, entry_date, debit, credit, created_at, updated_at)"
                      + " VALUES (?, ?, ?, 1, ?, current_date, 50, 0, now(), now())")) {
        e.setObject(1, entry);
        e.setObject(2, admin.businessId());
        e.executeUpdate();
        l.setObject(1, UUID.randomUUID());
        l.setObject(2, admin.businessId());
        l.setObject(3, entry);
        l.setObject(4, UUID.fromString(cash));
        l.executeUpdate();
        assertThatThrownBy(c::commit)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("does not balance");
      }
      c.rollback();
    }
    assertThat(balance(admin, "1000")).isEqualTo("10.00");
  }

  @Test
  void theDatabaseRefusesAnyEditOrDeletionOfPostedEntries() throws SQLException {
    post(admin, entry(List.of(line("1000", "10.00", null), line("3000", null, "10.00"))))
        .then()
        .statusCode(201);
    try (Connection c = TestDatabaseSession.connect();
        Statement s = c.createStatement()) {
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "UPDATE bk_ledger_entry SET debit = debit + 1 WHERE business_id = '"
                          + admin.businessId()
                          + "'"))
          .hasMessageContaining("immutable");
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "DELETE FROM bk_journal_entry WHERE business_id = '"
                          + admin.businessId()
                          + "'"))
          .hasMessageContaining("immutable");
    }
    assertThat(balance(admin, "1000")).isEqualTo("10.00");
  }

  @Test
  void aPostedEntryIsCorrectedOnlyByASingleReversal() {
    String id =
        post(admin, entry(List.of(line("1000", "40.00", null), line("3000", null, "40.00"))))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Response reversal =
        api.as(admin).body(Map.of("reason", "keyed twice")).post(ENTRIES + id + "/reverse/");
    reversal
        .then()
        .statusCode(201)
        .body("reverses_id", equalTo(id))
        .body("lines[0].credit", equalTo("40.00"))
        .body("source_type", equalTo("REVERSAL"));
    api.as(admin)
        .post(ENTRIES + id + "/reverse/")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    api.as(admin).post(ENTRIES + reversal.path("id") + "/reverse/").then().statusCode(409);
    api.as(admin)
        .get(ENTRIES + id + "/")
        .then()
        .body("reversed_by_id", equalTo(reversal.path("id")));
    assertThat(balance(admin, "1000")).isEqualTo("0.00");
    api.as(admin).body(Map.of()).patch(ENTRIES + id + "/").then().statusCode(405);
    api.as(admin).delete(ENTRIES + id + "/").then().statusCode(405);
  }

  @Test
  void anIdempotencyKeyPostsOneEntry() {
    Object body = entry(List.of(line("1000", "5.00", null), line("3000", null, "5.00")));
    Response first = api.as(admin).header("Idempotency-Key", "je-1").body(body).post(ENTRIES);
    Response again = api.as(admin).header("Idempotency-Key", "je-1").body(body).post(ENTRIES);
    first.then().statusCode(201);
    assertThat(again.asString()).isEqualTo(first.asString());
    assertThat(entries(admin)).isEqualTo(1);
  }

  @Test
  @InTheSharedBusiness
  void onlyAdminsWriteTheBooks() {
    Object body = entry(List.of(line("1000", "5.00", null), line("3000", null, "5.00")));
    Map<String, Object> account = Map.of("code", "6100", "name", "Rent", "account_type", "EXPENSE");
    String today = LocalDate.now().toString();
    Map<String, Object> budget =
        Map.of(
            "account_id", sharedCash, "period_start", today, "period_end", today, "amount", "1.00");
    Map<String, Object> period = Map.of("period_start", today, "period_end", today);
    for (Staff s : List.of(sharedManager, sharedCashier, sharedWarehouseStaff)) {
      post(s, body).then().statusCode(403);
      api.as(s).post(ENTRIES + sharedEntry + "/reverse/").then().statusCode(403);
      api.as(s).body(account).post(ACCOUNTS).then().statusCode(403);
      api.as(s).post(ACCOUNTS + sharedCash + "/deactivate/").then().statusCode(403);
      api.as(s)
          .post("bookkeeping/api/periods/" + today.substring(0, 7) + "/close/")
          .then()
          .statusCode(403);
      api.as(s).body(budget).post("bookkeeping/api/budgets/").then().statusCode(403);
      api.as(s).body(period).post("bookkeeping/api/trial-balances/").then().statusCode(403);
    }
    assertThat(entries(admin)).isEqualTo(1);
  }

  @Test
  @InTheSharedBusiness
  void cashiersOrWarehouseStaffReadNoneOfTheBooksThatManagersRead() {
    for (Staff s : List.of(sharedCashier, sharedWarehouseStaff)) {
      api.as(s).get("bookkeeping/api/reports/balance-sheet/").then().statusCode(403);
      api.as(s).get("bookkeeping/api/budgets/").then().statusCode(403);
      api.as(s).get(ACCOUNTS).then().statusCode(403);
      api.as(s).get(ENTRIES).then().statusCode(403);
      api.as(s).get("bookkeeping/api/ledger-entries/").then().statusCode(403);
    }
    api.as(sharedManager).get(ACCOUNTS).then().statusCode(200);
    api.as(sharedManager).get(ENTRIES + sharedEntry + "/").then().statusCode(200);
    api.as(sharedManager)
        .get("bookkeeping/api/trial-balances/" + sharedTrialBalance + "/")
        .then()
        .statusCode(200);
  }

  /** Starts a trial balance of this month to date; answers its id, not waiting for the job. */
  String startTrialBalance(Staff who) {
    LocalDate today = LocalDate.now();
    return api.as(who)
        .body(
            Map.of(
                "period_start", today.withDayOfMonth(1).toString(), "period_end", today.toString()))
        .post("bookkeeping/api/trial-balances/")
        .then()
        .statusCode(202)
        .extract()
        .path("id");
  }

  @Test
  @InTheSharedBusiness
  void anotherBusinessSeesNoneOfTheBooks() {
    Staff other = api.registerBusiness();
    api.as(other)
        .get("bookkeeping/api/trial-balances/" + sharedTrialBalance + "/")
        .then()
        .statusCode(404);
    api.as(other).get(ENTRIES + sharedEntry + "/").then().statusCode(404);
    api.as(other).post(ENTRIES + sharedEntry + "/reverse/").then().statusCode(404);
    api.as(other).get(ACCOUNTS + sharedCash + "/").then().statusCode(404);
    api.as(other).post(ACCOUNTS + sharedCash + "/deactivate/").then().statusCode(404);
    api.as(other).get(ENTRIES).then().body("count", equalTo(0));
    api.as(other)
        .get("bookkeeping/api/ledger-entries/?account_id=" + sharedCash)
        .then()
        .body("count", equalTo(0));
    assertThat(balance(other, "1000")).isEqualTo("0.00");
  }

  @Test
  void anAdminAddsAnAccountUnderANewCodeOfAKnownType() {
    api.as(admin)
        .body(Map.of("code", "6100", "name", "Rent", "account_type", "EXPENSE"))
        .post(ACCOUNTS)
        .then()
        .statusCode(201)
        .body("is_system", equalTo(false))
        .body("balance", equalTo("0.00"));
    api.as(admin)
        .body(Map.of("code", "6100", "name", "Again", "account_type", "EXPENSE"))
        .post(ACCOUNTS)
        .then()
        .statusCode(400)
        .body("errors.code", notNullValue());
    api.as(admin)
        .body(Map.of("code", "6200", "name", "Bad", "account_type", "NONSENSE"))
        .post(ACCOUNTS)
        .then()
        .statusCode(400);
  }

  @Test
  @InTheSharedBusiness
  void onlyAnUnusedAccountIsDeactivatedWithNoPostingAfter() {
    Response rent =
        api.as(admin)
            .body(Map.of("code", "6100", "name", "Rent", "account_type", "EXPENSE"))
            .post(ACCOUNTS);
    rent.then().statusCode(201);
    String cash =
        api.as(admin).get(ACCOUNTS).then().extract().path("results.find { it.code == '1000' }.id");
    api.as(admin).post(ACCOUNTS + cash + "/deactivate/").then().statusCode(409);
    api.as(admin)
        .post(ACCOUNTS + rent.path("id") + "/deactivate/")
        .then()
        .statusCode(200)
        .body("is_active", equalTo(false));
    post(admin, entry(List.of(line("6100", "5.00", null), line("1000", null, "5.00"))))
        .then()
        .statusCode(400);
  }

  @Test
  void postingIntoAClosedMonthIs409UntilItIsReopened() {
    String month = LocalDate.now().toString().substring(0, 7);
    Object body = entry(List.of(line("1000", "5.00", null), line("3000", null, "5.00")));
    Staff cashier = api.addStaff(admin, "CASHIER");
    api.as(cashier).post("bookkeeping/api/periods/" + month + "/close/").then().statusCode(403);
    api.as(admin).post("bookkeeping/api/periods/2026-13/close/").then().statusCode(400);
    api.as(admin)
        .post("bookkeeping/api/periods/" + month + "/close/")
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"));
    post(admin, body)
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.containsString("period-closed"));
    api.as(admin).post("bookkeeping/api/periods/" + month + "/close/").then().statusCode(409);
    api.as(admin)
        .post("bookkeeping/api/periods/" + month + "/reopen/")
        .then()
        .statusCode(200)
        .body("status", equalTo("OPEN"));
    post(admin, body).then().statusCode(201);
    api.as(admin)
        .get("accounts/api/audit-logs/?entity_type=FinancialPeriod")
        .then()
        .body("results.action", hasItems("period.closed", "period.reopened"));
  }

  @Test
  void theTrialBalanceJobCompletesBalancedAtTheLedgersTotals() throws Exception {
    post(admin, entry(List.of(line("1000", "1000.00", null), line("3000", null, "1000.00"))))
        .then()
        .statusCode(201);
    post(
            admin,
            entry(
                List.of(
                    line("1000", "250.50", null),
                    line("4000", null, "220.00"),
                    line("2100", null, "30.50"))))
        .then()
        .statusCode(201);
    post(admin, entry(List.of(line("6000", "75.25", null), line("1000", null, "75.25"))))
        .then()
        .statusCode(201);
    LocalDate today = LocalDate.now();
    Response started =
        api.as(admin)
            .body(
                Map.of(
                    "period_start",
                    today.withDayOfMonth(1).toString(),
                    "period_end",
                    today.toString()))
            .post("bookkeeping/api/trial-balances/");
    started.then().statusCode(202).body("job_execution_id", notNullValue());
    String id = started.path("id");
    Response done = api.awaitFinished(admin, "bookkeeping/api/trial-balances/" + id + "/");
    done.then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("is_balanced", equalTo(true))
        .body("accounts_done", equalTo(DEFAULT_CHART.size()))
        .body("lines.find { it.account_code == '1000' }.debit", equalTo("1175.25"))
        .body("lines.find { it.account_code == '3000' }.credit", equalTo("1000.00"));
    try (Connection c = TestDatabaseSession.connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT sum(CASE WHEN d > c THEN d - c ELSE 0 END) FROM (SELECT account_id, sum(debit) d, sum(credit) c"
                    + " FROM bk_ledger_entry WHERE business_id = ? GROUP BY account_id) t")) {
      q.setObject(1, admin.businessId());
      try (var rs = q.executeQuery()) {
        rs.next();
        assertThat(done.<String>path("total_debit"))
            .isEqualTo(rs.getBigDecimal(1).setScale(2).toPlainString());
      }
    }
    assertThat(done.<String>path("total_credit")).isEqualTo(done.path("total_debit"));
  }

  @Test
  @InTheSharedBusiness
  void aTrialBalanceOfAPeriodEndingBeforeItStartsIsRefused() {
    LocalDate today = LocalDate.now();
    api.as(admin)
        .body(Map.of("period_start", today.toString(), "period_end", today.minusDays(1).toString()))
        .post("bookkeeping/api/trial-balances/")
        .then()
        .statusCode(400);
  }

  @Test
  void theStatementsAddUpToABalancedBalanceSheet() {
    post(admin, entry(List.of(line("1000", "1000.00", null), line("3000", null, "1000.00"))))
        .then()
        .statusCode(201);
    post(admin, entry(List.of(line("1200", "300.00", null), line("2000", null, "300.00"))))
        .then()
        .statusCode(201);
    post(
            admin,
            entry(
                List.of(
                    line("1000", "230.00", null),
                    line("4000", null, "200.00"),
                    line("2100", null, "30.00"))))
        .then()
        .statusCode(201);
    post(admin, entry(List.of(line("5000", "80.00", null), line("1200", null, "80.00"))))
        .then()
        .statusCode(201);
    post(admin, entry(List.of(line("6000", "50.00", null), line("1000", null, "50.00"))))
        .then()
        .statusCode(201);
    String today = LocalDate.now().toString();
    api.as(admin)
        .get("bookkeeping/api/reports/profit-and-loss/?date_from=" + today + "&date_to=" + today)
        .then()
        .statusCode(200)
        .body("revenue.total", equalTo("200.00"))
        .body("cost_of_goods.total", equalTo("80.00"))
        .body("gross_profit", equalTo("120.00"))
        .body("expenses.total", equalTo("50.00"))
        .body("net_income", equalTo("70.00"));
    api.as(admin)
        .get("bookkeeping/api/reports/balance-sheet/?as_of=" + today)
        .then()
        .statusCode(200)
        .body("assets.total", equalTo("1400.00"))
        .body("liabilities.total", equalTo("330.00"))
        .body("current_earnings", equalTo("70.00"))
        .body("equity.total", equalTo("1070.00"))
        .body("is_balanced", equalTo(true));
  }

  @Test
  @InTheSharedBusiness
  void anIncomeStatementWithoutAPeriodIsRefused() {
    api.as(admin).get("bookkeeping/api/reports/profit-and-loss/").then().statusCode(400);
  }

  @Test
  void aBudgetShowsTheActualSpendWithItsVariance() {
    post(admin, entry(List.of(line("1000", "1000.00", null), line("3000", null, "1000.00"))))
        .then()
        .statusCode(201);
    post(admin, entry(List.of(line("6000", "50.00", null), line("1000", null, "50.00"))))
        .then()
        .statusCode(201);
    String expenses =
        api.as(admin).get(ACCOUNTS).then().extract().path("results.find { it.code == '6000' }.id");
    String month = LocalDate.now().withDayOfMonth(1).toString();
    api.as(admin)
        .body(
            Map.of(
                "account_id",
                expenses,
                "period_start",
                month,
                "period_end",
                LocalDate.now().withDayOfMonth(LocalDate.now().lengthOfMonth()).toString(),
                "amount",
                "100.00"))
        .post("bookkeeping/api/budgets/")
        .then()
        .statusCode(201)
        .body("actual", equalTo("50.00"))
        .body("variance", equalTo("-50.00"));
    api.as(admin).get("bookkeeping/api/budgets/").then().statusCode(200).body("count", equalTo(1));
  }

  @Test
  void anInterruptedTrialBalanceIsResumedAfterTheLinesAlreadyWritten() throws Exception {
    post(admin, entry(List.of(line("1000", "40.00", null), line("3000", null, "40.00"))))
        .then()
        .statusCode(201);
    LocalDate today = LocalDate.now();
    UUID id = UUID.randomUUID();
    String cash =
        api.as(admin).get(ACCOUNTS).then().extract().path("results.find { it.code == '1000' }.id");
    try (Connection c = TestDatabaseSession.connect();
        PreparedStatement tb =
            c.prepareStatement(
                "INSERT INTO bk_trial_balance (id, business_id, period_start, period_end, status, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, 'RUNNING', now(), now())");
        PreparedStatement written =
            c.prepareStatement(
                "INSERT INTO bk_trial_balance_line VALUES (?, ?, ?, '1000', 'Cash', 'ASSET', 40, 0)")) {
      tb.setObject(1, id);
      tb.setObject(2, admin.businessId());
      tb.setObject(3, today.withDayOfMonth(1));
      tb.setObject(4, today);
      tb.executeUpdate();
      written.setObject(1, id);
      written.setObject(2, admin.businessId());
      written.setObject(3, UUID.fromString(cash));
      written.executeUpdate();
    }
    api.anonymous().post("test-support/trial-balances/resume").then().statusCode(204);
    Response done = api.awaitFinished(admin, "bookkeeping/api/trial-balances/" + id + "/");
    done.then()
        .body("status", equalTo("COMPLETED"))
        .body("lines.size()", equalTo(DEFAULT_CHART.size()))
        .body("is_balanced", equalTo(true))
        .body("total_debit", equalTo("40.00"));
  }
}
