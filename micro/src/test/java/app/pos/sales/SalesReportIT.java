package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sales report of one day at a {@link TillShop}: a cashier sells three bags of rice with 5.00
 * off for cash (63.25), the owner two bottles of oil by card (20.00) and leaves one bottle pending.
 * The day is rung up once; the tests only read it.
 */
@SharedServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesReportIT {

  static final String REPORT = "sales/api/reports/sales/";

  @ArquillianResource URL base;
  TillShop till;
  Staff admin;
  Staff cashier;

  void sell(Staff who, List<Map<String, Object>> items, List<Map<String, Object>> payments) {
    Map<String, Object> body = till.sale(items, payments);
    body.put("sale_type", "RETAIL");
    till.api.as(who).body(body).post(TillShop.SALES).then().statusCode(201);
  }

  @BeforeAll
  void aDayOfSales() {
    till = new TillShop(new PosApi(base));
    admin = till.admin;
    cashier = till.api.addStaff(admin, "CASHIER", List.of(till.storefront));
    Map<String, Object> item = line(till.rice, "3");
    item.put("discount", "5.00");
    sell(cashier, List.of(item), List.of(pay("CASH", "100")));
    sell(admin, List.of(line(till.oil, "2")), List.of(pay("CARD", "20")));
    sell(admin, List.of(line(till.oil, "1")), null); // pending: not counted
  }

  @Test
  void theSalesReportTotalsTheCompletedSalesByProduct() {
    till.api
        .as(admin)
        .get(REPORT + "?group_by=product")
        .then()
        .statusCode(200)
        .body("totals.sales_count", equalTo(2))
        .body("totals.gross", equalTo("80.00"))
        .body("totals.discounts", equalTo("5.00"))
        .body("totals.tax", equalTo("8.25"))
        .body("totals.net", equalTo("75.00"))
        .body("totals.cost", equalTo("51.00"))
        .body("totals.margin", equalTo("24.00"))
        .body("rows", hasSize(2))
        .body("rows.find { it.label.startsWith('RICE') }.figures.net", equalTo("55.00"));
  }

  @Test
  void theSalesReportGroupsByPaymentMethodDayOrCashier() {
    till.api
        .as(admin)
        .get(REPORT + "?group_by=payment_method")
        .then()
        .body("rows.find { it.key == 'CASH' }.figures.gross", equalTo("63.25"))
        .body("rows.find { it.key == 'CARD' }.figures.gross", equalTo("20.00"));
    till.api
        .as(admin)
        .get(REPORT + "?group_by=day")
        .then()
        .body("rows", hasSize(1))
        .body("rows[0].figures.sales_count", equalTo(2));
    till.api.as(admin).get(REPORT + "?group_by=cashier").then().body("rows", hasSize(2));
  }

  @Test
  void aCashiersSalesReportHoldsOnlyTheirOwnSales() {
    till.api
        .as(cashier)
        .get(REPORT + "?group_by=storefront")
        .then()
        .statusCode(200)
        .body("totals.sales_count", equalTo(1))
        .body("rows[0].label", equalTo("High street"));
  }

  @Test
  void theSalesReportExportsAsCsvWithATotalLine() {
    String csv =
        till.api
            .as(admin)
            .get(REPORT + "?group_by=product&format=csv")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    assertThat(csv.lines().toList()).hasSize(4);
    assertThat(csv).startsWith("product,label,sales_count").contains("\"TOTAL\"");
  }

  @Test
  void todaysStatsGiveEachStorefrontsCompletedSalesBesideItsPendingOnes() {
    till.api
        .as(admin)
        .get("sales/api/reports/todays-stats/")
        .then()
        .statusCode(200)
        .body("storefronts[0].sales_count", equalTo(2))
        .body("storefronts[0].total", equalTo("83.25"))
        .body("storefronts[0].pending_sales", equalTo(1));
  }

  @Test
  void aSalesReportWithAnUnknownGroupingOrBadDatesIsRefused() {
    till.api.as(admin).get(REPORT + "?group_by=weather").then().statusCode(400);
    till.api
        .as(admin)
        .get(REPORT + "?date_from=2024-01-01&date_to=2026-01-01")
        .then()
        .statusCode(400)
        .body("errors.date_to", notNullValue());
    till.api.as(admin).get(REPORT + "?date_from=yesterday").then().statusCode(400);
  }

  @Test
  void warehouseStaffCannotReadTheSalesReport() {
    till.api.as(till.api.addStaff(admin, "WAREHOUSE_STAFF")).get(REPORT).then().statusCode(403);
  }
}
