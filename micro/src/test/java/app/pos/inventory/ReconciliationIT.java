package app.pos.inventory;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.Shop;
import app.pos.devkit.TestDatabaseSession;
import io.restassured.response.Response;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stock reconciliation: per product and location, opening, intake, transfers, sales, refunds,
 * shrinkage, corrections and closing from the movements, and the reservations behind them.
 */
@SharedServer
class ReconciliationIT {

  static final String API = Shop.INVENTORY;
  static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

  @ArquillianResource URL base;
  PosApi api;
  Shop shop;
  Staff admin;
  String storefront;
  String rice;

  /** 20 received, 8 sent to the storefront, 3 sold there and 1 of them back, 1 damaged. */
  @BeforeEach
  void aDayOfTrade() {
    api = new PosApi(base);
    shop = Shop.open(api);
    admin = shop.admin();
    storefront = shop.storefront("High street");
    rice = shop.product("RICE-5KG", "Jasmine rice 5kg");
    shop.receive(rice, "20", "2.00", "5.00");
    shop.stock(storefront, rice, "8");
    Response sale =
        api.as(admin)
            .body(
                Map.of(
                    "storefront_id",
                    storefront,
                    "items",
                    List.of(Shop.line(rice, "3")),
                    "payments",
                    List.of(Shop.pay("CASH", "15.00"))))
            .post("sales/api/sales/");
    sale.then().statusCode(201);
    api.as(admin)
        .body(
            Map.of(
                "sale_id",
                sale.path("id"),
                "items",
                List.of(Map.of("sale_item_id", (String) sale.path("items[0].id"), "quantity", 1)),
                "restock",
                true,
                "method",
                "CASH",
                "reason",
                "Torn bag"))
        .post("sales/api/refunds/")
        .then()
        .statusCode(201);
    String damage =
        api.as(admin)
            .body(
                Map.of(
                    "location_id",
                    shop.warehouse(),
                    "product_id",
                    rice,
                    "adjustment_type",
                    "DAMAGE",
                    "quantity",
                    "1",
                    "reason",
                    "Dropped"))
            .post(API + "adjustments/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    api.as(admin).post(API + "adjustments/" + damage + "/approve/").then().statusCode(200);
  }

  Response report(Staff who, String query) {
    return api.as(who).get(API + "reports/reconciliation/?" + query);
  }

  String row(String location) {
    return "rows.find { it.location_id == '" + location + "' }.";
  }

  /** Sets the storefront's rice stock row by SQL, past the movements that should explain it. */
  void bendTheStorefrontRow(String set) throws SQLException {
    try (Connection c = TestDatabaseSession.connect();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE inv_stock_balance SET "
                    + set
                    + " WHERE location_id = ? AND product_id = ?")) {
      update.setObject(1, UUID.fromString(storefront));
      update.setObject(2, UUID.fromString(rice));
      update.executeUpdate();
    }
  }

  @Test
  void theClosingIsTheOpeningPlusEachKindOfMovementInItsColumn() {
    report(admin, "date_from=" + TODAY + "&date_to=" + TODAY)
        .then()
        .statusCode(200)
        .body("balanced", equalTo(true))
        .body("rows", hasSize(2))
        .body(row(shop.warehouse()) + "opening", Quantity.of("0"))
        .body(row(shop.warehouse()) + "intake", Quantity.of("20.0"))
        .body(row(shop.warehouse()) + "transfers_out", Quantity.of("8.0"))
        .body(row(shop.warehouse()) + "shrinkage", Quantity.of("1.0"))
        .body(row(shop.warehouse()) + "closing", Quantity.of("11.0"))
        .body(row(shop.warehouse()) + "balanced", equalTo(true))
        .body(row(storefront) + "transfers_in", Quantity.of("8.0"))
        .body(row(storefront) + "sales", Quantity.of("3.0"))
        .body(row(storefront) + "refunds", Quantity.of("1.0"))
        .body(row(storefront) + "closing", Quantity.of("6.0"))
        .body(row(storefront) + "sku", equalTo("RICE-5KG"))
        .body(row(storefront) + "location_name", equalTo("High street"));
  }

  @Test
  void movementsBeforeThePeriodAreItsOpening() {
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
    report(admin, "date_from=" + tomorrow + "&date_to=" + tomorrow)
        .then()
        .statusCode(200)
        .body(row(shop.warehouse()) + "opening", Quantity.of("11.0"))
        .body(row(shop.warehouse()) + "intake", Quantity.of("0"))
        .body(row(shop.warehouse()) + "closing", Quantity.of("11.0"));
  }

  @Test
  void theReportIsFilteredByLocationOrProduct() {
    report(admin, "date_from=" + TODAY + "&date_to=" + TODAY + "&location_id=" + storefront)
        .then()
        .body("rows", hasSize(1))
        .body("rows[0].location_id", equalTo(storefront));
    report(admin, "date_from=" + TODAY + "&date_to=" + TODAY + "&product_id=" + UUID.randomUUID())
        .then()
        .statusCode(200)
        .body("rows", hasSize(0));
  }

  @Test
  void unitsHeldForAPendingSaleAreLinkedReservations() {
    api.as(admin)
        .body(Map.of("storefront_id", storefront, "items", List.of(Shop.line(rice, "2"))))
        .post("sales/api/sales/")
        .then()
        .statusCode(201)
        .body("status", equalTo("PENDING"));
    report(admin, "date_from=" + TODAY + "&date_to=" + TODAY)
        .then()
        .body(row(storefront) + "reserved_linked", Quantity.of("2.0"))
        .body(row(storefront) + "reserved_orphaned", Quantity.of("0"))
        .body("reserved_orphaned", Quantity.of("0"));
  }

  @Test
  void unitsHeldInADraftCartAreLinkedReservations() {
    String cart =
        api.as(admin)
            .body(Map.of("storefront_id", storefront, "sale_type", "RETAIL"))
            .post("sales/api/carts/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    api.as(admin)
        .body(Map.of("product_id", rice, "quantity", "3"))
        .post("sales/api/carts/" + cart + "/items/")
        .then()
        .statusCode(201);
    report(admin, "date_from=" + TODAY + "&date_to=" + TODAY)
        .then()
        .body(row(storefront) + "reserved_linked", Quantity.of("3"))
        .body(row(storefront) + "reserved_orphaned", Quantity.of("0"));
  }

  @Test
  void stockRowsThatDisagreeWithTheMovementsAreNotBalanced() throws Exception {
    // no API call leaves such a row: made here as a write lost outside the movements would
    bendTheStorefrontRow("on_hand = on_hand + 1");
    report(admin, "date_from=" + TODAY + "&date_to=" + TODAY)
        .then()
        .body(row(storefront) + "closing", Quantity.of("6.0"))
        .body(row(storefront) + "on_hand", Quantity.of("7.0"))
        .body(row(storefront) + "balanced", equalTo(false))
        .body(row(shop.warehouse()) + "balanced", equalTo(true))
        .body("balanced", equalTo(false));
  }

  @Test
  void unitsHeldWithNoLiveSaleAreOrphanedReservations() throws Exception {
    // no API call leaves such a hold: made here as a lost release would leave it
    bendTheStorefrontRow("reserved = 1");
    report(admin, "date_from=" + TODAY + "&date_to=" + TODAY)
        .then()
        .body(row(storefront) + "reserved_linked", Quantity.of("0"))
        .body(row(storefront) + "reserved_orphaned", Quantity.of("1.0"))
        .body("reserved_orphaned", Quantity.of("1.0"));
  }

  @Test
  void warehouseStaffReadTheReportButCashiersDoNot() {
    Staff staff = api.addStaff(admin, "WAREHOUSE_STAFF");
    Staff cashier = api.addStaff(admin, "CASHIER", List.of(storefront));
    report(staff, "date_from=" + TODAY + "&date_to=" + TODAY).then().statusCode(200);
    report(cashier, "date_from=" + TODAY + "&date_to=" + TODAY).then().statusCode(403);
  }

  @Test
  void aPeriodMustBeGivenInOrder() {
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    report(admin, "date_from=" + TODAY + "&date_to=" + yesterday).then().statusCode(400);
    report(admin, "date_to=" + TODAY).then().statusCode(400);
    report(admin, "date_from=today&date_to=" + TODAY).then().statusCode(400);
    report(admin, "date_from=2020-01-01&date_to=" + TODAY).then().statusCode(400);
  }

  @Test
  void anotherBusinessSeesNoneOfTheRows() {
    Staff other = api.registerBusiness();
    report(other, "date_from=" + TODAY + "&date_to=" + TODAY)
        .then()
        .statusCode(200)
        .body("rows", hasSize(0));
    report(other, "date_from=" + TODAY + "&date_to=" + TODAY + "&location_id=" + storefront)
        .then()
        .body("rows", hasSize(0));
  }

  @Test
  void theIntegrityChecksHoldAfterTheDay() {
    api.as(admin).get("admin/api/integrity/").then().statusCode(200).body("ok", equalTo(true));
  }
}
