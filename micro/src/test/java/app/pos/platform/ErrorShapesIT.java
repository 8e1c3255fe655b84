package app.pos.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import io.restassured.response.Response;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Errors a form can show: each mistake in a body is answered 400 with its field, a message a person
 * can read and a stable code, and nothing is written. Numbers are kept as sent or refused.
 */
@SharedServer
class ErrorShapesIT {

  private static final String CUSTOMERS = "sales/api/customers/";
  private static final String INVENTORY = "inventory/api/";

  @ArquillianResource URL base;

  PosApi api;
  Staff admin;
  String warehouse;
  String product;

  @BeforeEach
  void business() {
    api = new PosApi(base);
    admin = api.registerBusiness();
    warehouse =
        api.as(admin)
            .body(Map.of("name", "Main warehouse"))
            .post(INVENTORY + "warehouses/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    product =
        api.as(admin)
            .body(Map.of("sku", "TEA-1", "name", "Green tea"))
            .post(INVENTORY + "products/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
  }

  private int customers() {
    return api.as(admin).get(CUSTOMERS).then().statusCode(200).extract().path("count");
  }

  private Response receive(Map<String, Object> item) {
    return api.hostile(admin)
        .body(Map.of("warehouse_id", warehouse, "supplier", "Acme", "items", List.of(item)))
        .post(INVENTORY + "batches/");
  }

  private Map<String, Object> item(String key, Object value) {
    Map<String, Object> item =
        new HashMap<>(
            Map.of(
                "product_id", product,
                "quantity", "2",
                "unit_cost", "1.00",
                "retail_price", "2.00",
                "wholesale_price", "1.50"));
    item.put(key, value);
    return item;
  }

  @Test
  void aCamelCaseFieldIsRefusedNamingTheFieldItMeant() {
    api.hostile(admin)
        .body(Map.of("name", "Ama", "customer_type", "RETAIL", "creditLimit", 250))
        .post(CUSTOMERS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.creditLimit", contains("unknown field; did you mean credit_limit?"))
        .body("codes.creditLimit", contains("unknown_field"));
    assertThat(customers()).isZero();
  }

  @Test
  void fieldsTheServerReturnsAreIgnoredWhenSentBackOnAPatch() {
    Map<String, Object> customer =
        api.as(admin)
            .body(Map.of("name", "Ama", "customer_type", "RETAIL", "credit_limit", "250.00"))
            .post(CUSTOMERS)
            .then()
            .statusCode(201)
            .extract()
            .as(Map.class);
    Map<String, Object> edited = new HashMap<>(customer);
    edited.put("name", "Ama Mensah");
    api.as(admin)
        .body(edited)
        .patch(CUSTOMERS + customer.get("id") + "/")
        .then()
        .statusCode(200)
        .body("name", equalTo("Ama Mensah"))
        .body("id", equalTo(customer.get("id")))
        .body("created_at", equalTo(customer.get("created_at")));
  }

  @Test
  void aMalformedIdIsRefusedAsAUuid() {
    api.hostile(admin)
        .body(Map.of("sku", "X-1", "name", "X", "category_id", "nope"))
        .post(INVENTORY + "products/")
        .then()
        .statusCode(400)
        .body("errors.category_id", contains("must be a UUID"))
        .body("codes.category_id", contains("invalid_uuid"));
  }

  @Test
  void textWhereAnAmountBelongsIsRefusedWithItsPath() {
    receive(item("unit_cost", "abc"))
        .then()
        .statusCode(400)
        .body("errors.'items[0].unit_cost'", contains("must be a number"))
        .body("codes.'items[0].unit_cost'", contains("invalid_number"));
  }

  @Test
  void aDateInAnotherFormatIsRefusedWithAnExample() {
    receive(item("expiry_date", "31/12/2027"))
        .then()
        .statusCode(400)
        .body("errors.'items[0].expiry_date'", contains("must be a date like 2026-12-31"))
        .body("codes.'items[0].expiry_date'", contains("invalid_date"));
  }

  @Test
  void anUnknownRoleListsTheRoles() {
    api.hostile(admin)
        .body(
            Map.of(
                "email",
                PosApi.uniqueEmail("king"),
                "password",
                PosApi.PASSWORD,
                "first_name",
                "K",
                "last_name",
                "K",
                "role",
                "KING"))
        .post("accounts/api/users/")
        .then()
        .statusCode(400)
        .body("errors.role[0]", org.hamcrest.Matchers.startsWith("must be one of ADMIN"))
        .body("codes.role", contains("invalid_choice"));
  }

  @Test
  void aPatternOfChoicesReadsAsTheChoices() {
    api.hostile(admin)
        .body(Map.of("name", "Ama", "customer_type", "KING"))
        .post(CUSTOMERS)
        .then()
        .statusCode(400)
        .body("errors.customer_type", contains("must be one of RETAIL, WHOLESALE"))
        .body("codes.customer_type", contains("invalid_choice"));
  }

  @Test
  void aListFilterOutsideItsClosedSetReadsAsTheChoices() {
    api.hostile(admin)
        .queryParam("status", "LOST")
        .get("sales/api/sales/")
        .then()
        .statusCode(400)
        .body(
            "errors.status",
            contains("must be one of PENDING, COMPLETED, CANCELLED, PARTIALLY_REFUNDED, REFUNDED"))
        .body("codes.status", contains("invalid_choice"));
  }

  @Test
  void aPaymentMethodOutsideItsSetReadsAsTheChoices() {
    api.hostile(admin)
        .queryParam("method", "GOLD")
        .get("sales/api/payments/")
        .then()
        .statusCode(400)
        .body(
            "errors.method",
            contains("must be one of CASH, CARD, MOBILE_MONEY, BANK_TRANSFER, CREDIT"));
  }

  @Test
  void aRepriceWithAHugeExponentIsRefusedWithThePriceUnchanged() {
    String lot =
        api.as(admin)
            .body(
                Map.of(
                    "warehouse_id",
                    warehouse,
                    "supplier",
                    "Acme",
                    "items",
                    List.of(item("retail_price", "2.00"))))
            .post(INVENTORY + "batches/")
            .then()
            .statusCode(201)
            .extract()
            .path("items[0].id");
    api.hostile(admin)
        .contentType("application/json")
        .body("{\"retail_price\": 1E+2147483647}")
        .post(INVENTORY + "lots/" + lot + "/reprice/")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    api.as(admin)
        .get(INVENTORY + "lots/" + lot + "/")
        .then()
        .statusCode(200)
        .body("retail_price", equalTo("2.00"));
  }

  @Test
  void moreDecimalsThanAnAmountKeepsAreRefusedNotRounded() {
    api.hostile(admin)
        .body(Map.of("name", "Ama", "customer_type", "RETAIL", "credit_limit", "250.12345"))
        .post(CUSTOMERS)
        .then()
        .statusCode(400)
        .body("codes.credit_limit", contains("too_precise"));
    assertThat(customers()).isZero();
  }

  @Test
  void aLotsUnitCostOrPriceKeepsFourDecimalsFromCreateToRead() {
    Map<String, Object> item = item("unit_cost", "0.1234");
    item.put("retail_price", "0.2468");
    Response created =
        api.as(admin)
            .body(Map.of("warehouse_id", warehouse, "supplier", "Acme", "items", List.of(item)))
            .post(INVENTORY + "batches/");
    created.then().statusCode(201);
    String lot = created.path("items[0].id");
    String createdCost = created.path("items[0].unit_cost");
    String createdPrice = created.path("items[0].retail_price");
    assertThat(createdCost).isEqualTo("0.1234");
    assertThat(createdPrice).isEqualTo("0.2468");
    Response read = api.as(admin).get(INVENTORY + "lots/" + lot + "/");
    read.then().statusCode(200);
    assertThat((String) read.path("unit_cost")).isEqualTo(createdCost);
    assertThat((String) read.path("retail_price")).isEqualTo(createdPrice);
  }
}
