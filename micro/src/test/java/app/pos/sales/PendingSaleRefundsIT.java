package app.pos.sales;

import static app.pos.devkit.Shop.line;
import static app.pos.devkit.Shop.pay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Refunds of a pending sale: three bottles of oil (30.00) held for a customer who paid 10.00 in
 * cash and 5.00 by card, then changed their mind.
 */
@SharedServer
class PendingSaleRefundsIT {

  @ArquillianResource URL base;
  TillShop till;
  Staff admin;
  String sale;

  @BeforeEach
  void pending() {
    till = new TillShop(new PosApi(base));
    admin = till.admin;
    sale = till.sold(List.of(line(till.oil, "3")), null);
    till.api.as(admin).body(pay("CASH", "10.00")).post(TillShop.SALES + sale + "/payments/");
    till.api.as(admin).body(pay("CARD", "5.00")).post(TillShop.SALES + sale + "/payments/");
  }

  String refundPath() {
    return TillShop.SALES + sale + "/refund-pending/";
  }

  @Test
  void aPendingSaleRefundedHandsBackWhatWasPaidByTender() {
    till.api
        .as(admin)
        .body(Map.of("reason", "Customer changed their mind"))
        .post(refundPath())
        .then()
        .statusCode(200)
        .body("sale.status", equalTo("CANCELLED"))
        .body("handed_back", hasSize(2))
        .body("handed_back.find { it.method == 'CASH' }.amount", equalTo("10.00"))
        .body("handed_back.find { it.method == 'CARD' }.amount", equalTo("5.00"))
        .body("total_handed_back", equalTo("15.00"))
        .body("sale.payments.status", equalTo(List.of("VOIDED", "VOIDED")));
  }

  @Test
  void aPendingSaleRefundedReleasesItsReservedStock() {
    assertThat(till.stock(till.oil, "quantity_reserved")).isEqualTo("3");
    till.api
        .as(admin)
        .body(Map.of("reason", "Customer changed their mind"))
        .post(refundPath())
        .then()
        .statusCode(200);
    assertThat(till.stock(till.oil, "quantity_reserved")).isEqualTo("0");
    assertThat(till.stock(till.oil, "quantity_on_hand")).isEqualTo("20");
  }

  @Test
  void aPendingSaleRefundedPostsNothingAsNothingWasPosted() {
    String cash = till.balance("1000");
    till.api
        .as(admin)
        .body(Map.of("reason", "Customer changed their mind"))
        .post(refundPath())
        .then()
        .statusCode(200);
    assertThat(till.balance("1000")).isEqualTo(cash);
    assertThat(till.integrityIsClean()).isTrue();
    till.api
        .as(admin)
        .get("accounts/api/audit-logs/?action=sale.pending_refunded")
        .then()
        .body("count", equalTo(1))
        .body("results[0].entity_id", equalTo(sale));
  }

  @Test
  void aCompletedSaleIsNotRefundedAsAPendingOne() {
    till.api.as(admin).body(pay("CASH", "15.00")).post(TillShop.SALES + sale + "/payments/");
    till.api
        .as(admin)
        .body(Map.of("reason", "Too late"))
        .post(refundPath())
        .then()
        .statusCode(409)
        .body("type", endsWith("sale-not-pending"));
  }

  @Test
  void onlyAManagerOrAnAdminRefundsAPendingSale() {
    Staff cashier = till.api.addStaff(admin, "CASHIER", List.of(till.storefront));
    till.api
        .as(cashier)
        .body(Map.of("reason", "Customer changed their mind"))
        .post(refundPath())
        .then()
        .statusCode(403);
    assertThat(till.stock(till.oil, "quantity_reserved")).isEqualTo("3");
  }

  @Test
  void aPendingSaleRefundNeedsAReason() {
    till.api.hostile(admin).body(Map.of()).post(refundPath()).then().statusCode(400);
  }

  @Test
  void aPendingSaleThatReceivedMoneyIsNotCancelledAtTheTill() {
    Staff cashier = till.api.addStaff(admin, "CASHIER", List.of(till.storefront));
    till.api
        .as(cashier)
        .post(TillShop.SALES + sale + "/cancel/")
        .then()
        .statusCode(409)
        .body("type", endsWith("sale-has-payments"));
    till.api
        .as(admin)
        .get(TillShop.SALES + sale + "/")
        .then()
        .body("status", equalTo("PENDING"))
        .body("payments.status", equalTo(List.of("RECEIVED", "RECEIVED")));
    assertThat(till.stock(till.oil, "quantity_reserved")).isEqualTo("3");
  }

  @Test
  void aCreditTenderOnAPendingSaleIsNotHandedBack() {
    String customer = till.shop.customer("RETAIL", "500.00", 7);
    java.util.Map<String, Object> body = till.sale(List.of(line(till.oil, "2")), null);
    body.put("customer_id", customer);
    String onAccount = till.sold(body);
    till.api
        .as(admin)
        .body(pay("CREDIT", "5.00"))
        .post(TillShop.SALES + onAccount + "/payments/")
        .then()
        .statusCode(201);
    till.api
        .as(admin)
        .body(pay("CASH", "4.00"))
        .post(TillShop.SALES + onAccount + "/payments/")
        .then()
        .statusCode(201);
    till.api
        .as(admin)
        .body(Map.of("reason", "Customer changed their mind"))
        .post(TillShop.SALES + onAccount + "/refund-pending/")
        .then()
        .statusCode(200)
        .body("handed_back.method", equalTo(List.of("CASH")))
        .body("total_handed_back", equalTo("4.00"));
  }
}
