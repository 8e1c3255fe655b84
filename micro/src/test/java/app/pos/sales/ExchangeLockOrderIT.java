package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;

import app.pos.devkit.AnswerFields;
import app.pos.devkit.AtOnce;
import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An exchange takes its locks in the order every sale does (sale, the returned and new products'
 * lots together in lot-id order, the customer): run against tills selling the same products at the
 * same moment, round after round, it never deadlocks (no 500) and the books stay balanced. Rice is
 * product A (23.00 with tax), oil product B (10.00).
 */
@SharedServer
class ExchangeLockOrderIT {

  static final int ROUNDS = 10;

  /** Exchanges and sales that run at the same moment in a round (each side). */
  static final int PAIRS = 4;

  @ArquillianResource URL base;
  TillShop till;
  Staff admin;

  @BeforeEach
  void shop() {
    till = new TillShop(new PosApi(base));
    admin = till.admin;
    till.shop.receive(till.rice, "100", "12.00", "20.00", "17.50");
    till.shop.receive(till.oil, "200", "7.50", "10.00", "9.00");
    till.shop.stock(till.storefront, till.rice, "100");
    till.shop.stock(till.storefront, till.oil, "200");
  }

  /** A sale of one unit paid in cash (to the customer, when given); answers its line's id. */
  String soldOne(String product, String amount, String customer) {
    Map<String, Object> body = till.sale(List.of(line(product, "1")), List.of(pay("CASH", amount)));
    if (customer != null) {
      body.put("customer_id", customer);
    }
    // read with Jackson: this runs hundreds of times, and REST Assured compiles Groovy per path
    String sale = till.sold(body);
    return sale
        + "/"
        + AnswerFields.text(till.api.as(admin).get(TillShop.SALES + sale + "/"), "items[0].id");
  }

  /** Exchanging a sale's one unit ({@code saleAndLine} from soldOne) for one of another product. */
  Callable<Integer> exchange(String saleAndLine, String product) {
    String[] ids = saleAndLine.split("/");
    Map<String, Object> body = new HashMap<>();
    body.put("returns", List.of(Map.of("sale_item_id", ids[1], "quantity", "1")));
    body.put("items", List.of(line(product, "1")));
    body.put("method", "CASH");
    body.put("reason", "Wrong product");
    return () ->
        till.api.as(admin).body(body).post(TillShop.SALES + ids[0] + "/exchange/").statusCode();
  }

  Callable<Integer> creditSale(String product, String amount, String customer) {
    Map<String, Object> body =
        till.sale(List.of(line(product, "1")), List.of(pay("CREDIT", amount)));
    body.put("customer_id", customer);
    return () -> till.api.as(admin).body(body).post(TillShop.SALES).statusCode();
  }

  int onHand(String product) {
    return Integer.parseInt(till.stock(product, "quantity_on_hand"));
  }

  @Test
  void anExchangeNeverDeadlocksWithACreditSaleToItsCustomer() throws Exception {
    String customer = till.creditCustomer("100000.00");
    int oil = onHand(till.oil);
    for (int round = 0; round < ROUNDS; round++) {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < PAIRS; i++) {
        calls.add(exchange(soldOne(till.rice, "23.00", customer), till.oil));
        calls.add(creditSale(till.oil, "10.00", customer));
      }
      assertThat(AtOnce.run(calls)).as("round " + round).containsOnly(201);
    }
    assertThat(onHand(till.oil)).isEqualTo(oil - 2 * ROUNDS * PAIRS);
    assertThat(till.integrityIsClean()).isTrue();
  }

  @Test
  void crossedExchangesNeverDeadlock() throws Exception {
    int rice = onHand(till.rice);
    int oil = onHand(till.oil);
    for (int round = 0; round < ROUNDS; round++) {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < PAIRS; i++) {
        calls.add(exchange(soldOne(till.rice, "23.00", null), till.oil));
        calls.add(exchange(soldOne(till.oil, "10.00", null), till.rice));
      }
      assertThat(AtOnce.run(calls)).as("round " + round).containsOnly(201);
    }
    // each pair sold one of each, and each exchange put one back and took one of the other
    assertThat(onHand(till.rice)).isEqualTo(rice - ROUNDS * PAIRS);
    assertThat(onHand(till.oil)).isEqualTo(oil - ROUNDS * PAIRS);
    assertThat(till.integrityIsClean()).isTrue();
  }
}
