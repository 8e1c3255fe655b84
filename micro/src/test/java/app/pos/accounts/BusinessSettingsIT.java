package app.pos.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Settings in groups, a reset to the defaults, and staff reading their own audit entries. */
@SharedServer
class BusinessSettingsIT {

  static final String BUSINESS = "accounts/api/business/";

  @ArquillianResource URL base;
  PosApi api;

  @BeforeEach
  void client() {
    api = new PosApi(base);
  }

  @Test
  void eachSettingsGroupChangesOnlyTheFieldsAPatchNames() {
    Staff admin = api.registerBusiness();
    api.as(admin)
        .get(BUSINESS)
        .then()
        .statusCode(200)
        .body("appearance.theme", equalTo("SYSTEM"))
        .body("notifications.low_stock_email", equalTo(true))
        .body("notifications.daily_summary_email", equalTo(false));
    api.as(admin)
        .body(
            Map.of(
                "appearance", Map.of("theme", "DARK", "accent_color", "#12AB9f"),
                "notifications", Map.of("daily_summary_email", true)))
        .patch(BUSINESS)
        .then()
        .statusCode(200)
        .body("appearance.theme", equalTo("DARK"))
        .body("appearance.accent_color", equalTo("#12ab9f"))
        .body("notifications.daily_summary_email", equalTo(true))
        .body("notifications.low_stock_email", equalTo(true));
  }

  @Test
  void aBadAppearanceValueIsA400() {
    Staff admin = api.registerBusiness();
    api.as(admin)
        .body(Map.of("appearance", Map.of("theme", "NEON")))
        .patch(BUSINESS)
        .then()
        .statusCode(400);
    api.as(admin)
        .body(Map.of("appearance", Map.of("accent_color", "red")))
        .patch(BUSINESS)
        .then()
        .statusCode(400);
  }

  @Test
  void aResetPutsEverySettingBackToItsDefaultExceptTheNameOrCurrency() {
    Staff admin = api.registerBusiness();
    String name = api.as(admin).get(BUSINESS).path("name");
    api.as(admin)
        .body(
            Map.of(
                "default_tax_rate", "15",
                "time_zone", "Africa/Accra",
                "receipt_footer", "Thank you",
                "max_cashier_discount_percent", "5",
                "appearance", Map.of("theme", "LIGHT"),
                "notifications", Map.of("low_stock_email", false)))
        .patch(BUSINESS)
        .then()
        .statusCode(200);
    Response reset = api.as(admin).post(BUSINESS + "reset/");
    assertThat(new BigDecimal(reset.jsonPath().getString("default_tax_rate")))
        .isEqualByComparingTo("0");
    assertThat(new BigDecimal(reset.jsonPath().getString("max_cashier_discount_percent")))
        .isEqualByComparingTo("10");
    reset
        .then()
        .statusCode(200)
        .body("name", equalTo(name))
        .body("currency", equalTo("USD"))
        .body("time_zone", equalTo("UTC"))
        .body("receipt_footer", nullValue())
        .body("appearance.theme", equalTo("SYSTEM"))
        .body("notifications.low_stock_email", equalTo(true));
    assertThat(api.as(admin).get(BUSINESS).jsonPath().getString("time_zone")).isEqualTo("UTC");
  }

  @Test
  void onlyAnAdminResetsTheSettings() {
    Staff admin = api.registerBusiness();
    Staff manager = api.addStaff(admin, "MANAGER");
    api.as(manager).post(BUSINESS + "reset/").then().statusCode(403);
  }

  @Test
  void aCashierReadsOnlyTheirOwnAuditEntries() {
    Staff admin = api.registerBusiness();
    Staff cashier = api.addStaff(admin, "CASHIER");
    List<String> users =
        api.as(cashier)
            .queryParam("user_id", admin.userId().toString())
            .get("accounts/api/audit-logs/")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("results.user_id", String.class);
    assertThat(users).isNotEmpty().containsOnly(cashier.userId().toString());
  }

  @Test
  void warehouseStaffReadOnlyTheirOwnAuditEntries() {
    Staff admin = api.registerBusiness();
    Staff staff = api.addStaff(admin, "WAREHOUSE_STAFF");
    List<String> users =
        api.as(staff)
            .get("accounts/api/audit-logs/")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("results.user_id", String.class);
    assertThat(users).isNotEmpty().containsOnly(staff.userId().toString());
  }

  @Test
  void anAdminStillReadsTheWholeTrail() {
    Staff admin = api.registerBusiness();
    Staff cashier = api.addStaff(admin, "CASHIER");
    assertThat(
            api.as(admin)
                .get("accounts/api/audit-logs/")
                .jsonPath()
                .getList("results.user_id", String.class))
        .contains(admin.userId().toString(), cashier.userId().toString());
  }
}
