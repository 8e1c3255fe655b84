package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

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
 * Credit refused when a sale completes, at a {@link TillShop}: two bottles of oil (20.00) on credit
 * to a customer with a limit of 10.00, then with a cashier's and a manager's override; one bottle
 * to a customer whose credit is blocked; one to a customer with 7 days' terms whose first bottle is
 * 8 days old, sold outright and as a pending sale tendered later. The attempts run once, in that
 * order, before the tests read what each answered and left.
 */
@SharedServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreditRefusalsIT {

  static final String CUSTOMERS = "sales/api/customers/";

  @ArquillianResource URL base;
  TillShop till;
  Staff admin;
  Response overTheLimit;
  Response overriddenByACashier;
  int salesAfterRefusals;
  String onHandAfterRefusals;
  Response overriddenByAManager;
  String receivableAfterOverride;
  Response blockedByACashier;
  Response blockedByAManager;
  Response toTheBlocked;
  Response firstToTheLate;
  Response againToTheLate;
  Response tenderToTheLate;
  Response pendingToTheLate;

  String customer(String limit, int termsDays) {
    return till.shop.customer("RETAIL", limit, termsDays);
  }

  Map<String, Object> sale(String customer, String bottles, List<Map<String, Object>> payments) {
    Map<String, Object> body = till.sale(List.of(line(till.oil, bottles)), payments);
    body.put("sale_type", "RETAIL");
    body.put("customer_id", customer);
    return body;
  }

  Response sell(Staff who, Map<String, Object> body) {
    return till.api.as(who).body(body).post(TillShop.SALES);
  }

  @BeforeAll
  void attempts() {
    till = new TillShop(new PosApi(base));
    admin = till.admin;
    Map<String, Object> body = sale(customer("10", 30), "2", List.of(pay("CREDIT", "20")));
    overTheLimit = sell(admin, body);
    Staff cashier = till.api.addStaff(admin, "CASHIER", List.of(till.storefront));
    body.put("credit_override_reason", "Known customer");
    overriddenByACashier = sell(cashier, body);
    salesAfterRefusals =
        till.api.as(admin).get(TillShop.SALES).then().statusCode(200).extract().path("count");
    onHandAfterRefusals = till.stock(till.oil, "quantity_on_hand");
    Staff manager = till.api.addStaff(admin, "MANAGER");
    overriddenByAManager = sell(manager, body);
    receivableAfterOverride = till.balance("1100");

    String blocked = customer("1000", 30);
    blockedByACashier =
        till.api.as(cashier).body(Map.of("credit_blocked", true)).patch(CUSTOMERS + blocked + "/");
    blockedByAManager =
        till.api.as(manager).body(Map.of("credit_blocked", true)).patch(CUSTOMERS + blocked + "/");
    toTheBlocked = sell(admin, sale(blocked, "1", List.of(pay("CREDIT", "10"))));

    String late = customer("1000", 7);
    Map<String, Object> first = sale(late, "1", List.of(pay("CREDIT", "10")));
    firstToTheLate = sell(admin, first);
    till.api
        .anonymous()
        .post("test-support/sales/" + firstToTheLate.path("id") + "/age?days=8")
        .then()
        .statusCode(204);
    againToTheLate = sell(admin, first);
    String waiting = sell(admin, sale(late, "1", null)).then().statusCode(201).extract().path("id");
    tenderToTheLate =
        till.api.as(admin).body(pay("CREDIT", "10")).post(TillShop.SALES + waiting + "/payments/");
    pendingToTheLate = till.api.as(admin).get(TillShop.SALES + waiting + "/");
  }

  @Test
  void aSaleBeyondTheCustomersCreditLimitIsRefusedWithNothingWritten() {
    overTheLimit.then().statusCode(409).body("type", endsWith("credit-refused"));
    assertThat(salesAfterRefusals).isEqualTo(0);
    assertThat(onHandAfterRefusals).isEqualTo("20");
  }

  @Test
  void onlyAManagerMayOverrideARefusedCredit() {
    overriddenByACashier.then().statusCode(403);
    overriddenByAManager
        .then()
        .statusCode(201)
        .body("credit_override_reason", equalTo("Known customer"));
    assertThat(receivableAfterOverride).isEqualTo("20.00");
  }

  @Test
  void onlyAManagerBlocksACustomersCredit() {
    blockedByACashier.then().statusCode(403);
    blockedByAManager
        .then()
        .statusCode(200)
        .body("credit_blocked", equalTo(true))
        .body("available_credit", equalTo("0.00"));
  }

  @Test
  void aBlockedCustomerIsRefusedCredit() {
    toTheBlocked.then().statusCode(409).body("detail", containsString("blocked"));
  }

  @Test
  void aCustomerWithAnOverdueChargeIsRefusedCredit() {
    firstToTheLate.then().statusCode(201);
    againToTheLate.then().statusCode(409).body("detail", containsString("overdue"));
  }

  @Test
  void aPendingSaleIsRefusedCreditWhenItsTendersWouldCompleteIt() {
    tenderToTheLate.then().statusCode(409).body("type", endsWith("credit-refused"));
    pendingToTheLate.then().body("status", equalTo("PENDING"));
  }
}
