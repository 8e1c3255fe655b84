package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer's credit status: what is overdue, and whether they may buy on credit. */
@SharedServer
class CustomerCreditStatusIT {

  static final String CUSTOMERS = "sales/api/customers/";

  @ArquillianResource URL base;
  TillShop till;
  Staff admin;
  String customer;

  @BeforeEach
  void customer() {
    till = new TillShop(new PosApi(base));
    admin = till.admin;
    customer = till.shop.customer("RETAIL", "500.00", 7);
  }

  Map<String, Object> onCredit(String amount) {
    Map<String, Object> body =
        till.sale(List.of(line(till.oil, "1")), List.of(pay("CREDIT", amount)));
    body.put("customer_id", customer);
    return body;
  }

  @Test
  void aNewCustomerIsActiveInGoodStandingWithNothingOverdue() {
    till.api
        .as(admin)
        .get(CUSTOMERS + customer + "/")
        .then()
        .statusCode(200)
        .body("overdue_amount", equalTo("0.00"))
        .body("credit_status", equalTo("GOOD"))
        .body("is_active", equalTo(true));
  }

  @Test
  void aChargeNotYetDueIsNotOverdue() {
    till.api.as(admin).body(onCredit("10.00")).post(TillShop.SALES).then().statusCode(201);
    till.api
        .as(admin)
        .get(CUSTOMERS + customer + "/")
        .then()
        .body("outstanding_balance", equalTo("10.00"))
        .body("overdue_amount", equalTo("0.00"))
        .body("credit_status", equalTo("GOOD"));
  }

  @Test
  void aChargePastItsTermsIsOverdue() {
    String sale =
        till.api.as(admin).body(onCredit("10.00")).post(TillShop.SALES).then().extract().path("id");
    till.api.anonymous().post("test-support/sales/" + sale + "/age?days=8").then().statusCode(204);
    till.api
        .as(admin)
        .get(CUSTOMERS + "?search=" + "Customer")
        .then()
        .body("results.find { it.id == '" + customer + "' }.overdue_amount", equalTo("10.00"))
        .body("results.find { it.id == '" + customer + "' }.credit_status", equalTo("OVERDUE"));
  }

  @Test
  void anInactiveCustomerCannotBuyOnCreditEvenWithAnOverride() {
    till.api
        .as(admin)
        .body(Map.of("is_active", false))
        .patch(CUSTOMERS + customer + "/")
        .then()
        .statusCode(200)
        .body("credit_status", equalTo("INACTIVE"));
    Map<String, Object> body = onCredit("10.00");
    body.put("credit_override_reason", "Known customer");
    till.api
        .as(admin)
        .body(body)
        .post(TillShop.SALES)
        .then()
        .statusCode(409)
        .body("type", endsWith("customer-inactive"));
    till.api.as(admin).get(TillShop.SALES).then().body("count", equalTo(0));
  }

  @Test
  void anInactiveCustomerMayStillPayCash() {
    till.api.as(admin).body(Map.of("is_active", false)).patch(CUSTOMERS + customer + "/");
    Map<String, Object> body = till.sale(List.of(line(till.oil, "1")), List.of(pay("CASH", "10")));
    body.put("customer_id", customer);
    till.api.as(admin).body(body).post(TillShop.SALES).then().statusCode(201);
  }
}
