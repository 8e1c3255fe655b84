package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.Shop;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Warehouse sales: a wholesale customer buys rice (cost 12.00, retail 20.00, wholesale 17.50, tax
 * 15 %) straight from the main warehouse, which holds 40 bags.
 */
@SharedServer
class WarehouseSalesIT {

  static final String WAREHOUSE_SALES = "sales/api/warehouse-sales/";

  @ArquillianResource URL base;
  PosApi api;
  Shop shop;
  Staff admin;
  String warehouse;
  String rice;
  String wholesaler;

  @BeforeEach
  void shop() {
    api = new PosApi(base);
    shop = Shop.open(api);
    admin = shop.admin();
    warehouse = shop.warehouse();
    rice = shop.product("RICE-5KG", "Jasmine rice 5kg", Map.of("tax_rate", "15"));
    shop.receive(rice, "40", "12.00", "20.00", "17.50");
    wholesaler = customer("WHOLESALE");
  }

  String customer(String type) {
    return shop.create(
        "sales/api/customers/",
        Map.of(
            "name",
            "Buyer " + UUID.randomUUID().toString().substring(0, 6),
            "customer_type",
            type,
            "credit_limit",
            "1000.00"));
  }

  Map<String, Object> sale(String customer, String quantity, List<Map<String, Object>> payments) {
    Map<String, Object> body = new HashMap<>();
    body.put("warehouse_id", warehouse);
    body.put("customer_id", customer);
    body.put("items", List.of(line(rice, quantity)));
    if (payments != null) {
      body.put("payments", payments);
    }
    return body;
  }

  String warehouseStock(String field) {
    List<Object> rows =
        api.as(admin)
            .get("inventory/api/inventory/?product_id=" + rice + "&location_id=" + warehouse)
            .then()
            .statusCode(200)
            .extract()
            .path("results." + field);
    return new BigDecimal(rows.get(0).toString()).stripTrailingZeros().toPlainString();
  }

  String balance(String code) {
    return api.as(admin)
        .get("bookkeeping/api/accounts/")
        .then()
        .extract()
        .path("results.find { it.code == '" + code + "' }.balance");
  }

  @Test
  void aWholesaleCustomerBuysFromTheWarehouseAtWholesalePrices() {
    Response sold =
        api.as(admin)
            .body(sale(wholesaler, "10", List.of(pay("CASH", "201.25"))))
            .post(WAREHOUSE_SALES);
    sold.then()
        .statusCode(201)
        .body("status", equalTo("COMPLETED"))
        .body("sold_from", equalTo("WAREHOUSE"))
        .body("storefront_id", equalTo(warehouse))
        .body("sale_type", equalTo("WHOLESALE"))
        .body("receipt_number", startsWith("R-"))
        .body("subtotal", equalTo("175.00"))
        .body("total", equalTo("201.25"));
    api.as(admin).get("sales/api/sales/" + sold.path("id") + "/receipt/").then().statusCode(200);
  }

  @Test
  void aWarehouseSaleTakesItsCostOfGoodsFromTheWarehouseLots() {
    String inventory = balance("1200");
    api.as(admin)
        .body(sale(wholesaler, "10", List.of(pay("CASH", "201.25"))))
        .post(WAREHOUSE_SALES)
        .then()
        .statusCode(201);
    assertThat(warehouseStock("quantity_on_hand")).isEqualTo("30");
    assertThat(new BigDecimal(balance("1200")))
        .isEqualByComparingTo(new BigDecimal(inventory).subtract(new BigDecimal("120.00")));
    api.as(admin).get("admin/api/integrity/").then().statusCode(200).body("ok", equalTo(true));
  }

  @Test
  void anUnpaidWarehouseSaleWaitsWithItsStockReserved() {
    String id =
        api.as(admin)
            .body(sale(wholesaler, "4", null))
            .post(WAREHOUSE_SALES)
            .then()
            .statusCode(201)
            .body("status", equalTo("PENDING"))
            .extract()
            .path("id");
    assertThat(warehouseStock("quantity_reserved")).isEqualTo("4");
    api.as(admin)
        .body(pay("CREDIT", "80.50"))
        .post("sales/api/sales/" + id + "/payments/")
        .then()
        .statusCode(201)
        .body("sale_status", equalTo("COMPLETED"));
    assertThat(warehouseStock("quantity_on_hand")).isEqualTo("36");
    assertThat(warehouseStock("quantity_reserved")).isEqualTo("0");
  }

  @Test
  void onlyAManagerOrAnAdminSellsFromAWarehouse() {
    String storefront = shop.storefront("High street");
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(storefront));
    Staff staff = api.addStaff(admin, "WAREHOUSE_STAFF");
    Staff manager = api.addStaff(admin, "MANAGER");
    api.as(cashier).body(sale(wholesaler, "1", null)).post(WAREHOUSE_SALES).then().statusCode(403);
    api.as(staff).body(sale(wholesaler, "1", null)).post(WAREHOUSE_SALES).then().statusCode(403);
    api.as(manager).body(sale(wholesaler, "1", null)).post(WAREHOUSE_SALES).then().statusCode(201);
  }

  @Test
  void aWarehouseSellsToWholesaleCustomersOnly() {
    api.as(admin)
        .body(sale(customer("RETAIL"), "1", null))
        .post(WAREHOUSE_SALES)
        .then()
        .statusCode(400)
        .body("errors.customer_id[0]", startsWith("a warehouse sells to wholesale"));
  }

  @Test
  void aStorefrontIsNoWarehouseToSellFrom() {
    Map<String, Object> body = sale(wholesaler, "1", null);
    body.put("warehouse_id", shop.storefront("High street"));
    api.as(admin)
        .body(body)
        .post(WAREHOUSE_SALES)
        .then()
        .statusCode(400)
        .body("errors.warehouse_id[0]", equalTo("is not a warehouse of this business"));
  }

  @Test
  void moreThanTheWarehouseHoldsIsRefusedWithNothingWritten() {
    api.as(admin)
        .body(sale(wholesaler, "41", List.of(pay("CASH", "2000.00"))))
        .post(WAREHOUSE_SALES)
        .then()
        .statusCode(409)
        .body("type", endsWith("insufficient-stock"));
    assertThat(warehouseStock("quantity_on_hand")).isEqualTo("40");
    api.as(admin).get("sales/api/sales/").then().body("count", equalTo(0));
  }

  @Test
  void anotherBusinessesWarehouseIsNotOneToSellFrom() {
    Staff stranger = api.registerBusiness();
    Shop theirs = Shop.of(api, stranger, "Their warehouse");
    Map<String, Object> body = sale(wholesaler, "1", null);
    body.put("warehouse_id", theirs.warehouse());
    api.as(admin).body(body).post(WAREHOUSE_SALES).then().statusCode(400);
  }
}
