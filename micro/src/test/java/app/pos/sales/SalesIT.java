package app.pos.sales;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import app.pos.devkit.Deployments;
import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sales end to end (so far: customers). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SalesIT {

  static final String CUSTOMERS = "sales/api/customers/";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  PosApi api;
  Staff admin;

  @BeforeEach
  void business() {
    api = new PosApi(base);
    admin = api.registerBusiness();
  }

  @Test
  void aCustomerIsCreatedWithTheirCreditPosition() {
    Staff cashier = api.addStaff(admin, "CASHIER");
    String id =
        api.as(cashier)
            .body(
                Map.of(
                    "name",
                    "Ama Mensah",
                    "phone",
                    "+233 20 000 0001",
                    "customer_type",
                    "WHOLESALE",
                    "credit_limit",
                    "500",
                    "outstanding_balance",
                    "9999"))
            .post(CUSTOMERS)
            .then()
            .statusCode(201)
            .body("credit_limit", equalTo("500.00"))
            .body("outstanding_balance", equalTo("0.00"))
            .body("available_credit", equalTo("500.00"))
            .body("credit_terms_days", equalTo(30))
            .extract()
            .path("id");
    api.as(admin)
        .get(CUSTOMERS + id + "/")
        .then()
        .statusCode(200)
        .body("name", equalTo("Ama Mensah"));
    api.as(admin).get(CUSTOMERS + "?search=mensah").then().body("count", equalTo(1));
    api.as(admin).get(CUSTOMERS + "?search=000 0001").then().body("count", equalTo(1));
  }

  @Test
  void badCustomersAre400AndPhonesAreUniquePerBusiness() {
    api.as(admin)
        .body(Map.of("name", "A", "phone", "0244", "customer_type", "RETAIL"))
        .post(CUSTOMERS)
        .then()
        .statusCode(201);
    api.as(admin)
        .body(Map.of("name", "B", "phone", "0244", "customer_type", "RETAIL"))
        .post(CUSTOMERS)
        .then()
        .statusCode(400)
        .body("errors.phone", notNullValue());
    api.as(admin)
        .body(Map.of("name", "C", "customer_type", "VIP"))
        .post(CUSTOMERS)
        .then()
        .statusCode(400)
        .body("errors.customer_type", notNullValue());
    api.as(admin)
        .body(Map.of("name", "D", "customer_type", "RETAIL", "credit_limit", "-1"))
        .post(CUSTOMERS)
        .then()
        .statusCode(400)
        .body("errors.credit_limit", notNullValue());
    Staff other = api.registerBusiness();
    api.as(other)
        .body(Map.of("name", "A", "phone", "0244", "customer_type", "RETAIL"))
        .post(CUSTOMERS)
        .then()
        .statusCode(201);
  }

  @Test
  void warehouseStaffHaveNoCustomersAndOtherBusinessesGet404() {
    String id =
        api.as(admin)
            .body(Map.of("name", "Kofi", "customer_type", "RETAIL"))
            .post(CUSTOMERS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Staff warehouse = api.addStaff(admin, "WAREHOUSE_STAFF");
    api.as(warehouse).get(CUSTOMERS).then().statusCode(403);
    api.as(warehouse)
        .body(Map.of("name", "X", "customer_type", "RETAIL"))
        .post(CUSTOMERS)
        .then()
        .statusCode(403);
    Staff other = api.registerBusiness();
    api.as(other).get(CUSTOMERS + id + "/").then().statusCode(404);
    api.as(other).get(CUSTOMERS).then().body("count", equalTo(0));
  }
}
