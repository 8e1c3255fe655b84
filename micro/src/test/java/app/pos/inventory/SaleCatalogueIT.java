package app.pos.inventory;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.Shop;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalogue a till sells from: what is available at its storefront and at what price. */
@SharedServer
class SaleCatalogueIT {

  @ArquillianResource URL base;
  PosApi api;
  Shop shop;
  Staff admin;
  String storefront;
  String rice;
  String oil;
  String salt;

  @BeforeEach
  void open() {
    api = new PosApi(base);
    shop = Shop.open(api);
    admin = shop.admin();
    storefront = shop.storefront("High street");
    rice = shop.product("RICE-5KG", "A rice");
    oil = shop.product("OIL-1L", "B oil");
    salt = shop.product("SALT-1KG", "C salt");
    shop.receive(rice, "10", "2.00", "5.00", "4.00");
    shop.stock(storefront, rice, "5");
    shop.receive(oil, "3", "4.00", "7.00", "6.00"); // at the warehouse only
  }

  String catalogue(String query) {
    return Shop.INVENTORY + "storefronts/" + storefront + "/catalogue/" + query;
  }

  @Test
  void theCatalogueListsWhatTheStorefrontHasWithTheNextLotsPrices() {
    api.as(admin)
        .get(catalogue(""))
        .then()
        .statusCode(200)
        .body("count", equalTo(1))
        .body("results[0].product_id", equalTo(rice))
        .body("results[0].quantity_available", equalTo(5.0f))
        .body("results[0].retail_price", equalTo("5.00"))
        .body("results[0].wholesale_price", equalTo("4.00"))
        .body("results[0].suggested_price", equalTo("5.00"));
  }

  @Test
  void includeZeroAlsoListsProductsWithNoneAvailableAtTheirLatestPrice() {
    api.as(admin)
        .get(catalogue("?include_zero=true"))
        .then()
        .statusCode(200)
        .body("count", equalTo(3))
        .body("results[1].product_id", equalTo(oil))
        .body("results[1].quantity_available", equalTo(0.0f))
        .body("results[1].retail_price", nullValue())
        .body("results[1].suggested_price", equalTo("7.00"))
        .body("results[2].product_id", equalTo(salt))
        .body("results[2].suggested_price", nullValue());
  }

  @Test
  void aBadIncludeZeroIsRefused() {
    api.hostile(admin).get(catalogue("?include_zero=maybe")).then().statusCode(400);
  }

  @Test
  void aCashierSellsFromTheCatalogueOfTheirOwnStorefront() {
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(storefront));
    api.as(cashier).get(catalogue("")).then().statusCode(200).body("count", equalTo(1));
  }

  @Test
  void aCashierDoesNotSeeAnotherStorefrontsCatalogue() {
    String other = shop.storefront("Market square");
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(other));
    api.as(cashier).get(catalogue("")).then().statusCode(404);
  }

  @Test
  void aWarehouseHasNoSaleCatalogue() {
    api.as(admin)
        .get(Shop.INVENTORY + "storefronts/" + shop.warehouse() + "/catalogue/")
        .then()
        .statusCode(404);
  }
}
