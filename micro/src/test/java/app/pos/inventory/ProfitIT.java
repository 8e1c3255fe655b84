package app.pos.inventory;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.Shop;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Profit per lot from what was sold, and projections of the stock on hand at a mix of prices. */
@SharedServer
class ProfitIT {

  static final String PROJECTION = Shop.INVENTORY + "reports/profit-projection/";
  static final String LOT_PROFIT = "sales/api/reports/lot-profit/";

  @ArquillianResource URL base;
  PosApi api;
  Shop shop;
  Staff admin;
  String rice;

  @BeforeEach
  void open() {
    api = new PosApi(base);
    shop = Shop.open(api);
    admin = shop.admin();
    rice = shop.product("RICE-5KG", "Jasmine rice 5kg");
    // two lots: the older sells first
    shop.receive(rice, "10", "2.00", "5.00", "4.00");
    shop.receive(rice, "4", "3.00", "6.00", "5.00");
  }

  String projection(String query) {
    return PROJECTION + "?location_id=" + shop.warehouse() + query;
  }

  @Test
  void aProjectionAtAMixPricesEachLotAtItsOwnSellingPrices() {
    api.as(admin)
        .get(projection("&retail_percent=60&wholesale_percent=40"))
        .then()
        .statusCode(200)
        .body("location_name", equalTo("Main warehouse"))
        .body("total_cost", equalTo("32.00"))
        // 10 x (5.00 x 60 % + 4.00 x 40 %) + 4 x (6.00 x 60 % + 5.00 x 40 %)
        .body("total_revenue", equalTo("68.40"))
        .body("total_margin", equalTo("36.40"))
        .body("margin_percent", equalTo(53.22f))
        .body("rows[0].sku", equalTo("RICE-5KG"))
        .body("rows[0].quantity_on_hand", equalTo(14.0f));
  }

  @Test
  void aProjectionWithoutAMixSellsEverythingRetail() {
    api.as(admin)
        .get(projection(""))
        .then()
        .statusCode(200)
        .body("retail_percent", equalTo(100))
        .body("total_revenue", equalTo("74.00"))
        .body("total_margin", equalTo("42.00"));
  }

  @Test
  void aMixThatDoesNotAddUpToAHundredIsRefused() {
    api.as(admin)
        .get(projection("&retail_percent=60&wholesale_percent=30"))
        .then()
        .statusCode(400)
        .body("errors.retail_percent[0]", containsString("add up to 100"));
  }

  @Test
  void aProjectionNeedsALocation() {
    api.as(admin).get(PROJECTION).then().statusCode(400);
  }

  @Test
  void warehouseStaffMayNotSeeProjections() {
    api.as(api.addStaff(admin, "WAREHOUSE_STAFF")).get(projection("")).then().statusCode(403);
  }

  @Test
  void eachLotEarnsWhatItsOwnUnitsSoldFor() {
    String storefront = shop.storefront("High street");
    shop.stock(storefront, rice, "12");
    api.as(admin)
        .body(
            Map.of(
                "storefront_id",
                storefront,
                "items",
                List.of(line(rice, "12")),
                "payments",
                List.of(pay("CASH", "1000.00"))))
        .post("sales/api/sales/")
        .then()
        .statusCode(201);
    api.as(admin)
        .get(LOT_PROFIT + "?product_id=" + rice)
        .then()
        .statusCode(200)
        .body("count", equalTo(2))
        .body("results[0].unit_cost", equalTo("2.00"))
        .body("results[0].quantity_sold", equalTo(10.0f))
        .body("results[0].revenue", equalTo("50.00"))
        .body("results[0].cost", equalTo("20.00"))
        .body("results[0].margin", equalTo("30.00"))
        .body("results[0].margin_percent", equalTo(60.0f))
        .body("results[1].quantity_sold", equalTo(2.0f))
        .body("results[1].revenue", equalTo("12.00"))
        .body("results[1].cost", equalTo("6.00"));
  }

  @Test
  void aRefundTakesItsRevenueFromTheLot() {
    String storefront = shop.storefront("High street");
    shop.stock(storefront, rice, "4");
    var sale =
        api.as(admin)
            .body(
                Map.of(
                    "storefront_id",
                    storefront,
                    "items",
                    List.of(line(rice, "4")),
                    "payments",
                    List.of(pay("CASH", "1000.00"))))
            .post("sales/api/sales/")
            .then()
            .statusCode(201)
            .extract();
    api.as(admin)
        .body(
            Map.of(
                "sale_id",
                sale.path("id"),
                "items",
                List.of(Map.of("sale_item_id", sale.path("items[0].id"), "quantity", "1")),
                "restock",
                true,
                "method",
                "CASH",
                "reason",
                "torn bag"))
        .post("sales/api/refunds/")
        .then()
        .statusCode(201);
    api.as(admin)
        .get(LOT_PROFIT)
        .then()
        .body("count", equalTo(1))
        .body("results[0].quantity_refunded", equalTo(1.0f))
        .body("results[0].revenue", equalTo("15.00"))
        .body("results[0].cost", equalTo("6.00"));
  }

  @Test
  void cashiersMayNotSeeLotProfit() {
    api.as(api.addStaff(admin, "CASHIER")).get(LOT_PROFIT).then().statusCode(403);
  }
}
