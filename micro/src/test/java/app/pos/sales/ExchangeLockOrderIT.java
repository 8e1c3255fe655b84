package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
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

  @ArquillianResource URL base;
  TillShop till;
  Staff admin;
  ExecutorService pool;

  @BeforeEach
  void shop() {
    till = new TillShop(new PosApi(base));
    admin = till.admin;
    till.shop.stock(till.storefront, till.rice, "20");
    till.shop.stock(till.storefront, till.oil, "25");
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  String customer() {
    return till.shop.create(
        "sales/api/customers/",
        Map.of(
            "name",
            "Customer " + UUID.randomUUID().toString().substring(0, 6),
            "customer_type",
            "RETAIL",
            "credit_limit",
            "100000.00",
            "credit_terms_days",
            30));
  }

  /** A sale of one unit paid in cash (to the customer, when given); answers its id. */
  String soldOne(String product, String amount, String customer) {
    Map<String, Object> body = till.sale(List.of(line(product, "1")), List.of(pay("CASH", amount)));
    if (customer != null) {
      body.put("customer_id", customer);
    }
    return till.api
        .as(admin)
        .body(body)
        .post(TillShop.SALES)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Exchanging a sale's one unit for one unit of another product: answers the status. */
  int exchange(String sale, String product) {
    String line = till.api.as(admin).get(TillShop.SALES + sale + "/").path("items[0].id");
    Map<String, Object> body = new HashMap<>();
    body.put("returns", List.of(Map.of("sale_item_id", line, "quantity", "1")));
    body.put("items", List.of(line(product, "1")));
    body.put("method", "CASH");
    body.put("reason", "Wrong product");
    return till.api.as(admin).body(body).post(TillShop.SALES + sale + "/exchange/").statusCode();
  }

  int creditSale(String product, String amount, String customer) {
    Map<String, Object> body =
        till.sale(List.of(line(product, "1")), List.of(pay("CREDIT", amount)));
    body.put("customer_id", customer);
    return till.api.as(admin).body(body).post(TillShop.SALES).statusCode();
  }

  /** Runs both at the same moment; answers their statuses. */
  List<Integer> together(Callable<Integer> one, Callable<Integer> other) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<Integer>> answers = new ArrayList<>();
    for (Callable<Integer> call : List.of(one, other)) {
      answers.add(
          pool.submit(
              () -> {
                start.await(30, TimeUnit.SECONDS);
                return call.call();
              }));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      statuses.add(answer.get(60, TimeUnit.SECONDS));
    }
    return statuses;
  }

  @Test
  void anExchangeAndACreditSaleToItsCustomerNeverDeadlock() throws Exception {
    String customer = customer();
    for (int round = 0; round < ROUNDS; round++) {
      String sale = soldOne(till.rice, "23.00", customer);
      assertThat(
              together(
                  () -> exchange(sale, till.oil), () -> creditSale(till.oil, "10.00", customer)))
          .as("round " + round)
          .containsExactly(201, 201);
    }
    assertThat(till.stock(till.oil, "quantity_on_hand")).isEqualTo("25");
    assertThat(till.integrityIsClean()).isTrue();
  }

  @Test
  void crossedExchangesNeverDeadlock() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String rice = soldOne(till.rice, "23.00", null);
      String oil = soldOne(till.oil, "10.00", null);
      assertThat(together(() -> exchange(rice, till.oil), () -> exchange(oil, till.rice)))
          .as("round " + round)
          .containsExactly(201, 201);
    }
    // each round sold one of each, and each exchange put one back and took one of the other
    assertThat(till.stock(till.rice, "quantity_on_hand")).isEqualTo("30");
    assertThat(till.stock(till.oil, "quantity_on_hand")).isEqualTo("35");
    assertThat(till.integrityIsClean()).isTrue();
  }
}
