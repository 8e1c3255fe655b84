package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.RowLocks;
import app.pos.devkit.SharedServer;
import app.pos.devkit.TestDatabaseSession;
import io.restassured.response.Response;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sale paid without credit prices on an unlocked read of its lots and takes the stock as its last
 * statements, so a hot product's rows are locked only from the take to the commit; the take checks
 * the lots still give what the sale priced, and a sale that lost them runs again on fresh figures.
 * A sale on credit still locks its stock first (then its customer, the order refunds and exchanges
 * take). Checked from outside: a test transaction holds the oil's stock row and looks at what a
 * waiting sale has written by then. Oil sells at 10.00, no tax.
 */
@SharedServer
class StockLastIT {

  @ArquillianResource URL base;
  TillShop till;
  Staff admin;

  @BeforeEach
  void shop() {
    till = new TillShop(new PosApi(base));
    admin = till.admin;
  }

  Response sale(String quantity, String method, String customer) {
    Map<String, Object> body =
        till.sale(
            List.of(line(till.oil, quantity)),
            List.of(
                pay(
                    method,
                    new java.math.BigDecimal(quantity)
                        .multiply(java.math.BigDecimal.TEN)
                        .setScale(2)
                        .toPlainString())));
    if (customer != null) {
      body.put("customer_id", customer);
    }
    return till.api.as(admin).body(body).post(TillShop.SALES);
  }

  /** What a call answered, and which tables it had written when it queued behind the held row. */
  record Queued(Set<String> written, Response answer) {}

  Queued behindTheHeldOilRow(Supplier<Response> call) throws Exception {
    try (Connection holder = TestDatabaseSession.connect();
        Connection probe = TestDatabaseSession.connect()) {
      holder.setAutoCommit(false);
      RowLocks.lockStockRow(holder, till.oil, till.storefront, false);
      CompletableFuture<Response> answer = CompletableFuture.supplyAsync(call);
      int waiting = RowLocks.awaitBlockedBy(RowLocks.pid(holder), probe);
      Set<String> written = RowLocks.tablesWrittenBy(waiting, probe);
      holder.rollback();
      return new Queued(written, answer.get(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void aCashSaleLocksItsStockOnlyAfterWritingTheSaleWithItsEntry() throws Exception {
    Queued queued = behindTheHeldOilRow(() -> sale("1", "CASH", null));
    assertThat(queued.written()).contains("sal_sale", "sal_sale_item", "bk_journal_entry");
    queued.answer().then().statusCode(201);
    assertThat(till.stock(till.oil, "quantity_on_hand")).isEqualTo("19");
    assertThat(till.integrityIsClean()).isTrue();
  }

  @Test
  void aSaleQueuedBehindAReorderLevelChangeIsCheckedAgainstTheNewLevel() throws Exception {
    try (Connection holder = TestDatabaseSession.connect();
        Connection probe = TestDatabaseSession.connect()) {
      // a manager's change of the reorder level in flight: it holds the oil's stock rows
      holder.setAutoCommit(false);
      RowLocks.lockStockRow(holder, till.oil, till.storefront, false);
      try (PreparedStatement level =
          holder.prepareStatement("UPDATE inv_product SET reorder_level = 19 WHERE id = ?::uuid")) {
        level.setString(1, till.oil);
        level.executeUpdate();
      }
      CompletableFuture<Response> answer =
          CompletableFuture.supplyAsync(() -> sale("1", "CASH", null));
      RowLocks.awaitBlockedBy(RowLocks.pid(holder), probe);
      holder.commit();
      answer.get(30, TimeUnit.SECONDS).then().statusCode(201);
    }
    // 19 left at a level of 19: the sale's own check after commit opens the alert
    till.api
        .as(admin)
        .get("inventory/api/stock-alerts/?status=OPEN")
        .then()
        .statusCode(200)
        .body(
            "results.find { it.product_id == '" + till.oil + "' }.alert_type",
            equalTo("LOW_STOCK"));
  }

  @Test
  void aCreditSaleLocksItsStockBeforeWritingAnything() throws Exception {
    String customer = till.creditCustomer("1000.00");
    Queued queued = behindTheHeldOilRow(() -> sale("1", "CREDIT", customer));
    assertThat(queued.written()).doesNotContain("sal_sale", "bk_journal_entry");
    queued.answer().then().statusCode(201);
  }

  @Test
  void twoTillsTakingTheLastUnitsAtOnceSellThemOnceTellingTheLoserWhatIsShort() throws Exception {
    sale("18", "CASH", null).then().statusCode(201); // two bottles left
    try (Connection holder = TestDatabaseSession.connect();
        Connection probe = TestDatabaseSession.connect()) {
      holder.setAutoCommit(false);
      RowLocks.lockStockRow(holder, till.oil, till.storefront, false);
      // both read two on the shelf, price, write, and queue for the row
      CompletableFuture<Response> both =
          CompletableFuture.supplyAsync(() -> sale("2", "CASH", null));
      CompletableFuture<Response> one =
          CompletableFuture.supplyAsync(() -> sale("1", "CASH", null));
      RowLocks.awaitBlockedBy(RowLocks.pid(holder), probe, 2);
      holder.rollback();
      List<Response> answers =
          List.of(both.get(30, TimeUnit.SECONDS), one.get(30, TimeUnit.SECONDS));
      assertThat(answers.stream().map(Response::statusCode)).containsExactlyInAnyOrder(201, 409);
      Response refused = answers.stream().filter(r -> r.statusCode() == 409).findFirst().get();
      assertThat((String) refused.path("type")).endsWith("/insufficient-stock");
      assertThat((List<?>) refused.path("short_lines")).hasSize(1);
    }
    String left = till.stock(till.oil, "quantity_on_hand");
    assertThat(left).isIn("0", "1");
    assertThat(till.integrityIsClean()).isTrue();
  }
}
