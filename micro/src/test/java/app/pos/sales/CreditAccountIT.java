package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.TestDatabaseSession;
import io.restassured.response.Response;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A wholesale customer's account, at a {@link TillShop}: two bags of rice on credit at the
 * wholesale price (17.50, tax 15 %: 40.25), 20.00 paid back in cash, a payment of 20.26 and one "on
 * credit" offered, and then the customer's balance forged one up behind the ledger's back. The day
 * runs once, in that order, before the tests read what each step answered.
 */
@SharedServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreditAccountIT {

  static final String CUSTOMERS = "sales/api/customers/";

  @ArquillianResource URL base;
  TillShop till;
  Staff admin;
  String customer;
  Response sale;
  Response owedAfterSale;
  String receivableAfterSale;
  Response payment;
  String receivableAfterPayment;
  String cashAfterPayment;
  Response overpaid;
  Response paidOnCredit;
  Response history;
  Response integrityBeforeForgery;
  Response integrityAfterForgery;

  @BeforeAll
  void aDayOnTheAccount() throws Exception {
    till = new TillShop(new PosApi(base));
    admin = till.admin;
    customer = till.shop.customer("WHOLESALE", "500", 30);
    Map<String, Object> body =
        till.sale(List.of(line(till.rice, "2")), List.of(pay("CREDIT", "40.25")));
    body.put("sale_type", "WHOLESALE");
    body.put("customer_id", customer);
    sale = till.api.as(admin).body(body).post(TillShop.SALES);
    owedAfterSale = till.api.as(admin).get(CUSTOMERS + customer + "/");
    receivableAfterSale = till.balance("1100");

    payment =
        till.api
            .as(admin)
            .body(Map.of("method", "CASH", "amount", "20", "reference", "PAY-1"))
            .post(CUSTOMERS + customer + "/payments/");
    receivableAfterPayment = till.balance("1100");
    cashAfterPayment = till.balance("1000");
    overpaid =
        till.api
            .as(admin)
            .body(Map.of("method", "CASH", "amount", "20.26"))
            .post(CUSTOMERS + customer + "/payments/");
    paidOnCredit =
        till.api
            .as(admin)
            .body(Map.of("method", "CREDIT", "amount", "1"))
            .post(CUSTOMERS + customer + "/payments/");
    history = till.api.as(admin).get("sales/api/credit-transactions/?customer_id=" + customer);

    integrityBeforeForgery = till.api.as(admin).get("admin/api/integrity/");
    try (var c = TestDatabaseSession.connect();
        var forge =
            c.prepareStatement(
                "UPDATE sal_customer SET outstanding_balance = outstanding_balance + 1 WHERE id = ?")) {
      forge.setObject(1, UUID.fromString(customer));
      forge.executeUpdate();
    }
    integrityAfterForgery = till.api.as(admin).get("admin/api/integrity/");
  }

  @Test
  void aWholesaleCreditSaleIsOwedByItsCustomerAtTheWholesalePrice() {
    sale.then()
        .statusCode(201)
        .body("status", equalTo("COMPLETED"))
        .body("items[0].unit_price", equalTo("17.50"))
        .body("total", equalTo("40.25"));
    owedAfterSale
        .then()
        .body("outstanding_balance", equalTo("40.25"))
        .body("available_credit", equalTo("459.75"));
    assertThat(receivableAfterSale).isEqualTo("40.25");
  }

  @Test
  void aCustomersPaymentComesOffWhatTheyOweInTheBooks() {
    payment
        .then()
        .statusCode(201)
        .body("transaction_type", equalTo("PAYMENT"))
        .body("balance_before", equalTo("40.25"))
        .body("balance_after", equalTo("20.25"));
    assertThat(receivableAfterPayment).isEqualTo("20.25");
    assertThat(cashAfterPayment).isEqualTo("20.00");
  }

  @Test
  void aCustomerCannotPayMoreThanTheyOwe() {
    overpaid.then().statusCode(409).body("type", endsWith("payment-exceeds-balance"));
  }

  @Test
  void aCustomerCannotPayTheirDebtOnCredit() {
    paidOnCredit.then().statusCode(400);
  }

  @Test
  void aCustomersCreditHistoryListsEachMovementNewestFirstWithTheChargesDueDate() {
    history
        .then()
        .statusCode(200)
        .body("count", equalTo(2))
        .body("results.transaction_type", contains("PAYMENT", "CREDIT_SALE"))
        .body("results[1].due_date", notNullValue());
  }

  @Test
  void theIntegrityCheckCatchesACustomerBalanceThatDisagreesWithTheReceivables() {
    integrityBeforeForgery.then().body("ok", equalTo(true));
    integrityAfterForgery
        .then()
        .body("ok", equalTo(false))
        .body(
            "checks.find { it.name == 'receivables-equal-customer-balances' }.violations[0].customer_balances",
            equalTo("21.2500"));
  }
}
