package app.pos.sales;

import app.pos.devkit.AnswerFields;
import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.Shop;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A storefront stocked with 20 bags of rice (cost 12.00, retail 20.00, tax 15 %) and 20 bottles of
 * oil (cost 7.50, retail 10.00, no tax): the till's day in the exchange and refund tests.
 */
final class TillShop {

  static final String SALES = "sales/api/sales/";

  final PosApi api;
  final Shop shop;
  final Staff admin;
  final String storefront;
  final String rice;
  final String oil;

  TillShop(PosApi api) {
    this.api = api;
    shop = Shop.open(api);
    admin = shop.admin();
    storefront = shop.storefront("High street");
    rice = shop.product("RICE-5KG", "Jasmine rice 5kg", Map.of("tax_rate", "15"));
    oil = shop.product("OIL-1L", "Palm oil 1l");
    shop.receive(rice, "50", "12.00", "20.00", "17.50");
    shop.receive(oil, "50", "7.50", "10.00", "9.00");
    shop.stock(storefront, rice, "20");
    shop.stock(storefront, oil, "20");
  }

  Map<String, Object> sale(List<Map<String, Object>> items, List<Map<String, Object>> payments) {
    Map<String, Object> body = new HashMap<>();
    body.put("storefront_id", storefront);
    body.put("items", items);
    if (payments != null) {
      body.put("payments", payments);
    }
    return body;
  }

  /** A completed or pending sale rung up by the owner; answers its id. */
  String sold(List<Map<String, Object>> items, List<Map<String, Object>> payments) {
    return sold(sale(items, payments));
  }

  /** A sale of this body (with a customer, say) rung up by the owner; answers its id. */
  String sold(Map<String, Object> body) {
    return AnswerFields.text(
        api.as(admin).body(body).post(SALES).then().statusCode(201).extract().response(), "id");
  }

  /** A retail customer of this business with that credit limit and 30 days' terms. */
  String creditCustomer(String limit) {
    return shop.customer("RETAIL", limit, 30);
  }

  String stock(String product, String field) {
    List<Object> rows =
        api.as(admin)
            .get("inventory/api/inventory/?product_id=" + product + "&location_id=" + storefront)
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

  boolean integrityIsClean() {
    return api.as(admin).get("admin/api/integrity/").then().statusCode(200).extract().path("ok");
  }
}
