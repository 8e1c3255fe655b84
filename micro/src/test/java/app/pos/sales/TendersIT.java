package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import app.pos.devkit.PosApi;
import app.pos.devkit.SharedServer;
import io.restassured.response.Response;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * How a sale is paid, at a {@link TillShop}: four bottles of oil (40.00) paid 25.00 by card and
 * 15.00 by mobile money, then one bottle (10.00) offered 10.01 by card. Both are rung up once,
 * before the tests read what they left.
 */
@SharedServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TendersIT {

  @ArquillianResource URL base;
  TillShop till;
  Response split;
  Response cardOverpaid;

  Response sell(List<Map<String, Object>> items, List<Map<String, Object>> payments) {
    Map<String, Object> body = till.sale(items, payments);
    body.put("sale_type", "RETAIL");
    return till.api.as(till.admin).body(body).post(TillShop.SALES);
  }

  @BeforeAll
  void paid() {
    till = new TillShop(new PosApi(base));
    split =
        sell(List.of(line(till.oil, "4")), List.of(pay("CARD", "25"), pay("MOBILE_MONEY", "15")));
    cardOverpaid = sell(List.of(line(till.oil, "1")), List.of(pay("CARD", "10.01")));
  }

  @Test
  void aSplitTenderKeepsEachPartInItsOwnAccount() {
    split
        .then()
        .statusCode(201)
        .body("status", equalTo("COMPLETED"))
        .body("total", equalTo("40.00"))
        .body("payments", hasSize(2));
    assertThat(till.balance("1010")).isEqualTo("25.00");
    assertThat(till.balance("1020")).isEqualTo("15.00");
  }

  @Test
  void onlyCashMayBePaidOverTheTotal() {
    cardOverpaid.then().statusCode(400).body("errors.payments", notNullValue());
    till.api.as(till.admin).get(TillShop.SALES).then().statusCode(200).body("count", equalTo(1));
    assertThat(till.stock(till.oil, "quantity_on_hand")).isEqualTo("16");
  }
}
