package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
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
 * Refunds of one cash sale at a {@link TillShop}: three bags of rice with 5.00 off (63.25 with
 * tax), one bag refunded and restocked, then the other two refunded and not restocked, then the two
 * again; and a second sale (two bottles of oil) refunded beyond what it sold and with the first
 * sale's line. The refunds run once, in that order, before the tests read what each answered and
 * left.
 */
@SharedServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SaleRefundsIT {

  static final String REFUNDS = "sales/api/refunds/";

  @ArquillianResource URL base;
  TillShop till;
  Staff admin;
  String saleId;
  Response byACashier;
  Response restocked;
  String onHandAfterRestock;
  Map<String, String> booksAfterRestock;
  Response unstocked;
  String onHandAfterUnstocked;
  Map<String, String> booksAfterUnstocked;
  Response again;
  Response refundedSale;
  int refundsOfTheSale;
  Response beyondTheSale;
  Response anotherSalesLine;

  Map<String, String> books() {
    return Map.of(
        "1000", till.balance("1000"),
        "4100", till.balance("4100"),
        "2100", till.balance("2100"),
        "5000", till.balance("5000"));
  }

  Response refund(Staff who, Map<String, Object> body) {
    return till.api.as(who).body(body).post(REFUNDS);
  }

  @BeforeAll
  void refunded() {
    till = new TillShop(new PosApi(base));
    admin = till.admin;
    Map<String, Object> item = line(till.rice, "3");
    item.put("discount", "5.00");
    Map<String, Object> body = till.sale(List.of(item), List.of(pay("CASH", "63.25")));
    body.put("sale_type", "RETAIL");
    Response sale = till.api.as(admin).body(body).post(TillShop.SALES);
    saleId = sale.path("id");
    String lineId = sale.path("items[0].id");
    Staff cashier = till.api.addStaff(admin, "CASHIER", List.of(till.storefront));
    Map<String, Object> one =
        Map.of(
            "sale_id",
            saleId,
            "items",
            List.of(Map.of("sale_item_id", lineId, "quantity", 1)),
            "restock",
            true,
            "method",
            "CASH",
            "reason",
            "Torn bag");
    byACashier = refund(cashier, one);

    restocked = refund(admin, one);
    onHandAfterRestock = till.stock(till.rice, "quantity_on_hand");
    booksAfterRestock = books();

    Map<String, Object> rest =
        Map.of(
            "sale_id",
            saleId,
            "items",
            List.of(Map.of("sale_item_id", lineId, "quantity", 2)),
            "restock",
            false,
            "reason",
            "Spoilt");
    unstocked = refund(admin, rest);
    onHandAfterUnstocked = till.stock(till.rice, "quantity_on_hand");
    booksAfterUnstocked = books();
    again = refund(admin, rest);
    refundedSale = till.api.as(admin).get(TillShop.SALES + saleId + "/");
    refundsOfTheSale =
        till.api
            .as(admin)
            .get(REFUNDS + "?sale_id=" + saleId)
            .then()
            .statusCode(200)
            .extract()
            .path("count");

    Map<String, Object> oil = till.sale(List.of(line(till.oil, "2")), List.of(pay("CASH", "20")));
    oil.put("sale_type", "RETAIL");
    String other = till.api.as(admin).body(oil).post(TillShop.SALES).path("id");
    String otherLine = till.api.as(admin).get(TillShop.SALES + other + "/").path("items[0].id");
    beyondTheSale =
        refund(
            admin,
            Map.of(
                "sale_id",
                other,
                "items",
                List.of(Map.of("sale_item_id", otherLine, "quantity", 3)),
                "reason",
                "x"));
    anotherSalesLine =
        refund(
            admin,
            Map.of(
                "sale_id",
                other,
                "items",
                List.of(Map.of("sale_item_id", lineId, "quantity", 1)),
                "reason",
                "x"));
  }

  @Test
  void aCashierCannotRefund() {
    byACashier.then().statusCode(403);
  }

  @Test
  void aRestockedPartRefundPutsTheBagBackWithItsShareOfTheMoney() {
    restocked
        .then()
        .statusCode(201)
        .body("net", equalTo("18.33"))
        .body("tax", equalTo("2.75"))
        .body("total", equalTo("21.08"))
        .body("restocked_cost", equalTo("12.00"))
        .body("sale_status", equalTo("PARTIALLY_REFUNDED"));
    assertThat(onHandAfterRestock).isEqualTo("18");
    assertThat(booksAfterRestock.get("1000")).isEqualTo("42.17");
    assertThat(booksAfterRestock.get("4100")).isEqualTo("-18.33"); // contra-revenue: debit balance
    assertThat(booksAfterRestock.get("2100")).isEqualTo("5.50");
    assertThat(booksAfterRestock.get("5000")).isEqualTo("24.00");
  }

  @Test
  void aRefundWithoutRestockLeavesTheShelfWithTheCostOfGoodsAsTheyWere() {
    assertThat(onHandAfterUnstocked).isEqualTo("18");
    assertThat(booksAfterUnstocked.get("5000")).isEqualTo("24.00");
  }

  @Test
  void refundingTheLastUnitsPaysBackTheWholeSaleTheWayItWasPaid() {
    unstocked
        .then()
        .statusCode(201)
        .body("net", equalTo("36.67"))
        .body("tax", equalTo("5.50"))
        .body("method", equalTo("CASH"))
        .body("sale_status", equalTo("REFUNDED"));
    assertThat(booksAfterUnstocked.get("1000")).isEqualTo("0.00");
    assertThat(booksAfterUnstocked.get("2100")).isEqualTo("0.00");
    refundedSale.then().body("refunded_total", equalTo("63.25"));
    assertThat(refundsOfTheSale).isEqualTo(2);
  }

  @Test
  void aFullyRefundedSaleCannotBeRefundedAgain() {
    again.then().statusCode(409).body("type", endsWith("sale-not-refundable"));
  }

  @Test
  void aRefundOfMoreThanWasSoldIsRefused() {
    beyondTheSale.then().statusCode(409).body("type", endsWith("refund-exceeds-sale"));
  }

  @Test
  void aRefundOfAnotherSalesLineIsRefused() {
    anotherSalesLine.then().statusCode(400).body("errors", notNullValue());
  }
}
