package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

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
 * The origins case: three bags of rice (20.00, tax 15 %) with 5.00 off, paid with 100 in cash, at a
 * {@link TillShop} that sold nothing else. The client also sends a unit price of 1.00 without a
 * manager's reason, which is ignored. One sale, read by every test.
 */
@SharedServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OriginsCaseIT {

  @ArquillianResource URL base;
  TillShop till;
  Staff admin;
  Response sale;
  String id;

  @BeforeAll
  void sold() {
    till = new TillShop(new PosApi(base));
    admin = till.admin;
    Map<String, Object> item = line(till.rice, "3");
    item.put("discount", "5.00");
    item.put("unit_price", "1.00"); // a client's price without a manager's reason is ignored
    Map<String, Object> body = till.sale(List.of(item), List.of(pay("CASH", "100")));
    body.put("sale_type", "RETAIL");
    sale = till.api.as(admin).body(body).post(TillShop.SALES);
    id = sale.path("id");
  }

  @Test
  void theOriginsCaseIsChargedTheShopsPriceWithChangeDue() {
    sale.then()
        .statusCode(201)
        .header("Location", containsString("/sales/api/sales/"))
        .body("status", equalTo("COMPLETED"))
        .body("receipt_number", startsWith("R-"))
        .body("subtotal", equalTo("60.00"))
        .body("discount_total", equalTo("5.00"))
        .body("tax_total", equalTo("8.25"))
        .body("total", equalTo("63.25"))
        .body("amount_paid", equalTo("100.00"))
        .body("change_due", equalTo("36.75"))
        .body("amount_due", equalTo("0.00"))
        .body("payment_status", equalTo("PAID"))
        .body("items[0].unit_price", equalTo("20.00"))
        .body("items[0].net", equalTo("55.00"))
        .body("items[0].sku", equalTo("RICE-5KG"))
        .body("journal_entry_id", notNullValue());
  }

  @Test
  void theOriginsCaseIsPostedAsASaleOfCashRevenueTaxWithItsCost() {
    assertThat(till.balance("1000")).isEqualTo("63.25");
    assertThat(till.balance("4000")).isEqualTo("55.00");
    assertThat(till.balance("2100")).isEqualTo("8.25");
    assertThat(till.balance("5000")).isEqualTo("36.00");
    till.api
        .as(admin)
        .get("bookkeeping/api/journal-entries/" + sale.path("journal_entry_id") + "/")
        .then()
        .statusCode(200)
        .body("source_type", equalTo("SALE"));
  }

  @Test
  void theOriginsCaseTakesItsBagsOffTheShelf() {
    assertThat(till.stock(till.rice, "quantity_on_hand")).isEqualTo("17");
  }

  @Test
  void theOriginsCasesReceiptComesAsJsonTextOrPdf() {
    till.api
        .as(admin)
        .get(TillShop.SALES + id + "/receipt/")
        .then()
        .statusCode(200)
        .body("total", equalTo("63.25"))
        .body("change_due", equalTo("36.75"))
        .body("lines[0].name", equalTo("Jasmine rice 5kg"));
    String text =
        till.api
            .as(admin)
            .accept("text/plain")
            .get(TillShop.SALES + id + "/receipt/")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/plain"))
            .extract()
            .asString();
    assertThat(text).contains("TOTAL").contains("63.25").contains("Change").contains("36.75");
    byte[] pdf =
        till.api
            .as(admin)
            .accept("application/pdf")
            .get(TillShop.SALES + id + "/receipt/")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
  }
}
