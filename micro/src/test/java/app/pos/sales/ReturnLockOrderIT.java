package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.RowLocks;
import app.pos.devkit.SharedServer;
import app.pos.devkit.TestDatabaseSession;
import io.restassured.response.Response;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Units put back on the shelf go to the lots they left, and those lots' rows are locked in the one
 * pass every stock change takes (lot-id order), before anything lands in them, even a lot that is
 * sold out: a refund or exchange never holds a higher lot while it waits for a lower one, which is
 * what lets two of them, or one and a sale, cross without a deadlock. Checked from outside: while
 * another transaction holds the lower lot's row, the higher one stays free.
 */
@SharedServer
class ReturnLockOrderIT {

  @ArquillianResource URL base;
  TillShop till;
  Staff admin;

  /** The products whose storefront lot sorts first and last. */
  String lower;

  String higher;

  @BeforeEach
  void shop() throws SQLException {
    till = new TillShop(new PosApi(base));
    admin = till.admin;
    boolean riceFirst = lot(till.rice).compareTo(lot(till.oil)) < 0;
    lower = riceFirst ? till.rice : till.oil;
    higher = riceFirst ? till.oil : till.rice;
  }

  /** The product's one lot at the storefront, as PostgreSQL orders uuids (their text). */
  String lot(String product) throws SQLException {
    try (Connection c = TestDatabaseSession.connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT lot_id::text FROM inv_stock_balance"
                    + " WHERE product_id = ?::uuid AND location_id = ?::uuid")) {
      q.setString(1, product);
      q.setString(2, till.storefront);
      try (ResultSet r = q.executeQuery()) {
        assertThat(r.next()).isTrue();
        return r.getString(1);
      }
    }
  }

  String amount(String product, int units) {
    return new java.math.BigDecimal(product.equals(till.rice) ? "23.00" : "10.00")
        .multiply(java.math.BigDecimal.valueOf(units))
        .setScale(2)
        .toPlainString();
  }

  /** A cash sale of these lines (product, units), in this order. */
  Response sold(String first, int firstUnits, String second, int secondUnits) {
    List<Map<String, Object>> lines =
        second == null
            ? List.of(line(first, String.valueOf(firstUnits)))
            : List.of(
                line(first, String.valueOf(firstUnits)), line(second, String.valueOf(secondUnits)));
    String total =
        new java.math.BigDecimal(amount(first, firstUnits))
            .add(
                second == null
                    ? java.math.BigDecimal.ZERO
                    : new java.math.BigDecimal(amount(second, secondUnits)))
            .toPlainString();
    Response sale =
        till.api.as(admin).body(till.sale(lines, List.of(pay("CASH", total)))).post(TillShop.SALES);
    sale.then().statusCode(201);
    return sale;
  }

  /**
   * Runs the call while another transaction holds the lower lot's storefront row; answers whether
   * the call held the higher lot's row while it waited, and the call's status once let go.
   */
  record Waited(boolean heldHigher, int status) {}

  Waited whileTheLowerLotIsHeld(Supplier<Response> call) throws Exception {
    try (Connection holder = TestDatabaseSession.connect();
        Connection probe = TestDatabaseSession.connect()) {
      holder.setAutoCommit(false);
      RowLocks.lockStockRow(holder, lower, till.storefront, false);
      CompletableFuture<Integer> answer =
          CompletableFuture.supplyAsync(() -> call.get().statusCode());
      RowLocks.awaitBlockedBy(RowLocks.pid(holder), probe);
      boolean heldHigher;
      probe.setAutoCommit(false);
      try {
        RowLocks.lockStockRow(probe, higher, till.storefront, true);
        heldHigher = false;
      } catch (SQLException busy) {
        assertThat(busy.getSQLState()).isEqualTo("55P03"); // lock_not_available
        heldHigher = true;
      } finally {
        probe.rollback();
      }
      holder.rollback();
      return new Waited(heldHigher, answer.get(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void aRefundLocksTheLotsItRestocksInLotIdOrder() throws Exception {
    Response sale = sold(higher, 1, lower, 1); // the higher lot's line first
    Map<String, Object> refund = new HashMap<>();
    refund.put("sale_id", sale.path("id"));
    refund.put(
        "items",
        List.of(
            Map.of("sale_item_id", (String) sale.path("items[0].id"), "quantity", "1"),
            Map.of("sale_item_id", (String) sale.path("items[1].id"), "quantity", "1")));
    refund.put("restock", true);
    refund.put("method", "CASH");
    refund.put("reason", "Returned");
    Waited waited =
        whileTheLowerLotIsHeld(() -> till.api.as(admin).body(refund).post("sales/api/refunds/"));
    assertThat(waited.heldHigher()).as("held the higher lot while waiting").isFalse();
    assertThat(waited.status()).isEqualTo(201);
  }

  @Test
  void anExchangeLocksTheSoldOutLotItReturnsToWithTheRest() throws Exception {
    Response sale = sold(lower, 20, null, 0); // the lower lot is sold out at the storefront
    assertThat(till.stock(lower, "quantity_on_hand")).isEqualTo("0");
    Map<String, Object> exchange = new HashMap<>();
    exchange.put(
        "returns",
        List.of(Map.of("sale_item_id", (String) sale.path("items[0].id"), "quantity", "1")));
    exchange.put("items", List.of(line(higher, "1")));
    exchange.put("method", "CASH");
    exchange.put("reason", "Wrong product");
    Waited waited =
        whileTheLowerLotIsHeld(
            () ->
                till.api
                    .as(admin)
                    .body(exchange)
                    .post(TillShop.SALES + sale.path("id") + "/exchange/"));
    assertThat(waited.heldHigher()).as("held the higher lot while waiting").isFalse();
    assertThat(waited.status()).isEqualTo(201);
    assertThat(till.integrityIsClean()).isTrue();
  }
}
