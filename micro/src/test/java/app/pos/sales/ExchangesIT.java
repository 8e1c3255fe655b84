package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import io.restassured.response.Response;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exchanges: two bags of rice sold for cash (46.00 with tax), one brought back for three bottles of
 * oil (30.00): the customer pays the 7.00 difference.
 */
@SharedServer
class ExchangesIT {

  @ArquillianResource URL base;
  TillShop till;
  Staff admin;
  String sale;
  String riceLine;

  @BeforeEach
  void sold() {
    till = new TillShop(new PosApi(base));
    admin = till.admin;
    sale = till.sold(List.of(line(till.rice, "2")), List.of(pay("CASH", "46.00")));
    riceLine = till.api.as(admin).get(TillShop.SALES + sale + "/").path("items[0].id");
  }

  Map<String, Object> exchange(String returned, String product, String quantity, String method) {
    Map<String, Object> body = new HashMap<>();
    body.put("returns", List.of(Map.of("sale_item_id", riceLine, "quantity", returned)));
    body.put("items", List.of(line(product, quantity)));
    body.put("method", method);
    body.put("reason", "Wrong product");
    return body;
  }

  Response exchangeAs(Staff who, Map<String, Object> body) {
    return till.api.as(who).body(body).post(TillShop.SALES + sale + "/exchange/");
  }

  @Test
  void anExchangeIsOneRefundOfTheReturnWithOneSaleOfTheNewLines() {
    Response done = exchangeAs(admin, exchange("1", till.oil, "3", "CASH"));
    done.then()
        .statusCode(201)
        .body("original_sale_id", equalTo(sale))
        .body("returned_total", equalTo("23.00"))
        .body("sold_total", equalTo("30.00"))
        .body("difference", equalTo("7.00"))
        .body("refund.sale_status", equalTo("PARTIALLY_REFUNDED"))
        .body("sale.status", equalTo("COMPLETED"));
    till.api
        .as(admin)
        .get("sales/api/exchanges/" + done.path("id") + "/")
        .then()
        .statusCode(200)
        .body("sale.id", equalTo(done.path("sale.id")));
  }

  @Test
  void theExchangesOfASaleAreListedNewestFirstWithTheirRefunds() {
    String first = exchangeAs(admin, exchange("1", till.oil, "1", "CASH")).path("id");
    String second = exchangeAs(admin, exchange("1", till.oil, "1", "CASH")).path("id");
    till.api
        .as(admin)
        .get("sales/api/exchanges/?sale_id=" + sale)
        .then()
        .statusCode(200)
        .body("count", equalTo(2))
        .body("results.id", contains(second, first))
        .body("results[0].refund.sale_id", equalTo(sale));
    String other = till.sold(List.of(line(till.oil, "1")), List.of(pay("CASH", "10.00")));
    till.api
        .as(admin)
        .get("sales/api/exchanges/?sale_id=" + other)
        .then()
        .body("count", equalTo(0));
  }

  @Test
  void aCashierDoesNotListExchanges() {
    till.api
        .as(till.api.addStaff(admin, "CASHIER", List.of(till.storefront)))
        .get("sales/api/exchanges/")
        .then()
        .statusCode(403);
  }

  @Test
  void anExchangeIsPostedAsARefundEntryBesideASaleEntry() {
    String cash = till.balance("1000");
    Response done = exchangeAs(admin, exchange("1", till.oil, "3", "CASH"));
    String refundEntry = done.path("refund.journal_entry_id");
    String saleEntry = done.path("sale.journal_entry_id");
    assertThat(refundEntry).isNotNull().isNotEqualTo(saleEntry);
    assertThat(saleEntry).isNotNull();
    assertThat(new java.math.BigDecimal(till.balance("1000")))
        .isEqualByComparingTo(new java.math.BigDecimal(cash).add(new java.math.BigDecimal("7.00")));
    assertThat(till.integrityIsClean()).isTrue();
  }

  @Test
  void anExchangePutsTheReturnedUnitsBackOnTheShelfInPlaceOfTheNewOnes() {
    exchangeAs(admin, exchange("1", till.oil, "3", "CASH")).then().statusCode(201);
    assertThat(till.stock(till.rice, "quantity_on_hand")).isEqualTo("19");
    assertThat(till.stock(till.oil, "quantity_on_hand")).isEqualTo("17");
  }

  @Test
  void aCheaperExchangePaysTheDifferenceBack() {
    exchangeAs(admin, exchange("2", till.oil, "1", "CASH"))
        .then()
        .statusCode(201)
        .body("returned_total", equalTo("46.00"))
        .body("sold_total", equalTo("10.00"))
        .body("difference", equalTo("-36.00"))
        .body("refund.sale_status", equalTo("REFUNDED"));
    assertThat(till.integrityIsClean()).isTrue();
  }

  @Test
  void returningMoreThanWasSoldWritesNothing() {
    exchangeAs(admin, exchange("3", till.oil, "1", "CASH"))
        .then()
        .statusCode(409)
        .body("type", endsWith("refund-exceeds-sale"));
    assertThat(till.stock(till.oil, "quantity_on_hand")).isEqualTo("20");
    till.api.as(admin).get(TillShop.SALES).then().body("count", equalTo(1));
  }

  @Test
  void aNewLineBeyondTheStockUndoesTheReturnToo() {
    exchangeAs(admin, exchange("1", till.oil, "21", "CASH"))
        .then()
        .statusCode(409)
        .body("type", endsWith("insufficient-stock"));
    assertThat(till.stock(till.rice, "quantity_on_hand")).isEqualTo("18");
    till.api.as(admin).get("sales/api/refunds/").then().body("count", equalTo(0));
  }

  @Test
  void anExchangeSentTwiceWithOneIdempotencyKeyHappensOnce() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = exchange("1", till.oil, "3", "CASH");
    String first =
        till.api
            .as(admin)
            .header("Idempotency-Key", key)
            .body(body)
            .post(TillShop.SALES + sale + "/exchange/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String again =
        till.api
            .as(admin)
            .header("Idempotency-Key", key)
            .body(body)
            .post(TillShop.SALES + sale + "/exchange/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(again).isEqualTo(first);
    till.api.as(admin).get(TillShop.SALES).then().body("count", equalTo(2));
  }

  @Test
  void anExchangeIsAudited() {
    String id = exchangeAs(admin, exchange("1", till.oil, "3", "CASH")).path("id");
    till.api
        .as(admin)
        .get("accounts/api/audit-logs/?action=sale.exchanged")
        .then()
        .body("count", equalTo(1))
        .body("results[0].entity_id", equalTo(id));
  }

  @Test
  void onlyAManagerOrAnAdminExchanges() {
    Staff cashier = till.api.addStaff(admin, "CASHIER", List.of(till.storefront));
    Staff manager = till.api.addStaff(admin, "MANAGER");
    exchangeAs(cashier, exchange("1", till.oil, "3", "CASH")).then().statusCode(403);
    exchangeAs(manager, exchange("1", till.oil, "3", "CASH")).then().statusCode(201);
  }

  @Test
  void anExchangeWithoutAReasonIsRefused() {
    Map<String, Object> body = exchange("1", till.oil, "3", "CASH");
    body.remove("reason");
    till.api
        .hostile(admin)
        .body(body)
        .post(TillShop.SALES + sale + "/exchange/")
        .then()
        .statusCode(400);
  }

  @Test
  void anotherBusinessesSaleIsNotFound() {
    Staff stranger = till.api.registerBusiness();
    exchangeAs(stranger, exchange("1", till.oil, "3", "CASH")).then().statusCode(404);
  }
}
