package app.pos.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import app.pos.devkit.Inbox;
import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.TestDatabaseSession;
import io.restassured.response.Response;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * People's own access to their accounts: forgotten passwords, staff passwords, e-mail verification.
 */
@SharedServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleIT {

  static final String NEW_PASSWORD = "Lantern-Orchard-Velvet-93";
  static final String TEMPORARY_PASSWORD = "Temporary-Meadow-Pencil-58";
  static final String RESET = "Reset your";
  static final String VERIFY = "Verify your e-mail";

  @ArquillianResource URL base;
  PosApi api;

  /** A cashier whose admin has set {@link #TEMPORARY_PASSWORD}: their old password and token. */
  Staff temporaryCashier;

  @BeforeAll
  void aCashierWithATemporaryPassword() {
    api = new PosApi(base);
    Staff admin = api.registerBusiness();
    temporaryCashier = api.addStaff(admin, "CASHIER");
    api.as(admin)
        .body(Map.of("password", TEMPORARY_PASSWORD))
        .patch("accounts/api/users/" + temporaryCashier.userId() + "/")
        .then()
        .statusCode(200)
        .body("must_change_password", equalTo(true));
  }

  @BeforeEach
  void client() {
    api = new PosApi(base);
  }

  // --- password reset ---------------------------------------------------------------------------

  @Test
  void aResetLinkMailedAsTextOrHtmlSetsANewPassword() {
    Staff owner = api.registerBusiness();
    requestReset(owner.email()).then().statusCode(202);
    Inbox.Mail mail = Inbox.latest(owner.email(), RESET, 1);
    String token = mail.token("/reset-password");
    assertThat(mail.html()).contains("<a href=").contains("reset-password").contains(token);
    confirm(token, NEW_PASSWORD).then().statusCode(204);
    api.login(owner.email(), NEW_PASSWORD);
    login(owner.email(), owner.password()).then().statusCode(401);
  }

  @Test
  void aResetRefusesTheTokensIssuedBefore() {
    Staff owner = api.registerBusiness();
    requestReset(owner.email());
    confirm(Inbox.latest(owner.email(), RESET, 1).token("/reset-password"), NEW_PASSWORD)
        .then()
        .statusCode(204);
    api.as(owner).get("accounts/api/users/me/").then().statusCode(401);
  }

  @Test
  void aResetLinkWorksOnce() {
    Staff owner = api.registerBusiness();
    requestReset(owner.email());
    String token = Inbox.latest(owner.email(), RESET, 1).token("/reset-password");
    confirm(token, NEW_PASSWORD).then().statusCode(204);
    confirm(token, "Another-Quiet-Harbour-71")
        .then()
        .statusCode(400)
        .body("errors.token", notNullValue());
    api.login(owner.email(), NEW_PASSWORD);
  }

  @Test
  void aNewerResetLinkRevokesTheOlderOne() {
    Staff owner = api.registerBusiness();
    requestReset(owner.email());
    String first = Inbox.latest(owner.email(), RESET, 1).token("/reset-password");
    requestReset(owner.email());
    String second = Inbox.latest(owner.email(), RESET, 2).token("/reset-password");
    confirm(first, NEW_PASSWORD).then().statusCode(400).body("errors.token", notNullValue());
    confirm(second, NEW_PASSWORD).then().statusCode(204);
  }

  @Test
  void anExpiredResetLinkIsRefused() throws Exception {
    Staff owner = api.registerBusiness();
    requestReset(owner.email());
    String token = Inbox.latest(owner.email(), RESET, 1).token("/reset-password");
    try (Connection db = TestDatabaseSession.connect();
        PreparedStatement ageing =
            db.prepareStatement(
                "UPDATE acc_one_time_token SET created_at = created_at - interval '3 hours',"
                    + " expires_at = expires_at - interval '3 hours'"
                    + " WHERE person_id = (SELECT person_id FROM acc_user WHERE id = ?) AND purpose = 'PASSWORD_RESET'")) {
      ageing.setObject(1, owner.userId());
      assertThat(ageing.executeUpdate()).isEqualTo(1);
    }
    confirm(token, NEW_PASSWORD).then().statusCode(400).body("errors.token", notNullValue());
    api.login(owner.email(), owner.password());
  }

  @Test
  void aResetRefusesAWeakPasswordWithoutUsingUpTheLink() {
    Staff owner = api.registerBusiness();
    requestReset(owner.email());
    String token = Inbox.latest(owner.email(), RESET, 1).token("/reset-password");
    confirm(token, "password12").then().statusCode(400).body("errors.new_password", notNullValue());
    confirm(token, owner.email())
        .then()
        .statusCode(400)
        .body("errors.new_password", notNullValue());
    confirm(token, NEW_PASSWORD).then().statusCode(204);
  }

  @Test
  void aMadeUpResetTokenIsRefused() {
    confirm("not-a-token-we-ever-issued", NEW_PASSWORD)
        .then()
        .statusCode(400)
        .body("errors.token", notNullValue());
  }

  @Test
  void aResetAnswersTheSameWhetherTheAddressIsKnownOrNot() {
    Staff owner = api.registerBusiness();
    String unknown = PosApi.uniqueEmail("nobody");
    Response known = requestReset(owner.email());
    Response nobody = requestReset(unknown);
    assertThat(nobody.statusCode()).isEqualTo(known.statusCode()).isEqualTo(202);
    assertThat(nobody.asString()).isEqualTo(known.asString());
    assertThat(nobody.contentType()).isEqualTo(known.contentType());
    Inbox.await(owner.email(), RESET, 1);
    assertThat(Inbox.of(unknown)).isEmpty();
  }

  @Test
  void aResetRequestWithoutAnEmailIsRefused() {
    api.hostileAnonymous()
        .body(Map.of())
        .post("accounts/api/auth/password-reset/")
        .then()
        .statusCode(400)
        .body("errors.email", notNullValue());
  }

  // --- staff passwords ------------------------------------------------------------------------

  @Test
  void aTemporaryPasswordSetByTheAdminRevokesTheOldPasswordWithItsTokens() {
    Staff cashier = temporaryCashier;
    api.as(cashier).get("accounts/api/users/me/").then().statusCode(401);
    login(cashier.email(), cashier.password()).then().statusCode(401);
  }

  @Test
  void aTemporaryPasswordSignsInButMustBeChangedBeforeAnythingElse() {
    Staff cashier = temporaryCashier;
    String temporary = TEMPORARY_PASSWORD;
    Response signedIn = login(cashier.email(), temporary);
    signedIn.then().statusCode(200).body("user.must_change_password", equalTo(true));
    String token = signedIn.path("token");
    api.as(token)
        .get("accounts/api/users/me/")
        .then()
        .statusCode(200)
        .body("must_change_password", equalTo(true));
    api.as(token)
        .get("accounts/api/roles/")
        .then()
        .statusCode(403)
        .body("type", containsString("password-change-required"));
    api.as(token)
        .body(Map.of("old_password", temporary, "new_password", NEW_PASSWORD))
        .post("accounts/api/auth/change-password/")
        .then()
        .statusCode(200)
        .body("must_change_password", equalTo(false));
    String own = api.login(cashier.email(), NEW_PASSWORD);
    api.as(own).get("accounts/api/roles/").then().statusCode(200);
  }

  @Test
  void aTemporaryPasswordFollowsThePasswordRules() {
    Staff admin = api.registerBusiness();
    Staff cashier = api.addStaff(admin, "CASHIER");
    api.as(admin)
        .body(Map.of("password", "password12"))
        .patch("accounts/api/users/" + cashier.userId() + "/")
        .then()
        .statusCode(400)
        .body("errors.password", notNullValue());
    api.login(cashier.email(), cashier.password());
  }

  @Test
  void onlyAnAdminSetsAStaffPasswordOrSendsAResetLink() {
    Staff admin = api.registerBusiness();
    Staff manager = api.addStaff(admin, "MANAGER");
    Staff cashier = api.addStaff(admin, "CASHIER");
    api.as(manager)
        .body(Map.of("password", "Temporary-Meadow-Pencil-58"))
        .patch("accounts/api/users/" + cashier.userId() + "/")
        .then()
        .statusCode(403);
    api.as(manager)
        .post("accounts/api/users/" + cashier.userId() + "/password-reset/")
        .then()
        .statusCode(403);
    api.login(cashier.email(), cashier.password());
  }

  @Test
  void anAdminSendsAResetLinkThatTheStaffMemberFollows() {
    Staff admin = api.registerBusiness();
    Staff cashier = api.addStaff(admin, "CASHIER");
    api.as(admin)
        .post("accounts/api/users/" + cashier.userId() + "/password-reset/")
        .then()
        .statusCode(202)
        .body("detail", notNullValue());
    String token = Inbox.latest(cashier.email(), RESET, 1).token("/reset-password");
    confirm(token, NEW_PASSWORD).then().statusCode(204);
    Response signedIn = login(cashier.email(), NEW_PASSWORD);
    signedIn.then().statusCode(200).body("user.must_change_password", equalTo(false));
  }

  @Test
  void anAdminCannotSetPasswordsOrSendLinksForAnotherBusinessesStaff() {
    Staff admin = api.registerBusiness();
    Staff stranger = api.registerBusiness();
    Staff theirCashier = api.addStaff(stranger, "CASHIER");
    api.as(admin)
        .body(Map.of("password", "Temporary-Meadow-Pencil-58"))
        .patch("accounts/api/users/" + theirCashier.userId() + "/")
        .then()
        .statusCode(404);
    api.as(admin)
        .post("accounts/api/users/" + theirCashier.userId() + "/password-reset/")
        .then()
        .statusCode(404);
    api.login(theirCashier.email(), theirCashier.password());
    assertThat(Inbox.of(theirCashier.email(), RESET)).isEmpty();
  }

  // --- e-mail verification ----------------------------------------------------------------------

  @Test
  void registrationMailsAVerificationLinkThatVerifiesTheAddress() {
    Staff owner = api.registerUnverifiedBusiness();
    api.as(owner).get("accounts/api/users/me/").then().body("email_verified", equalTo(false));
    Inbox.Mail mail = Inbox.latest(owner.email(), VERIFY, 1);
    String token = mail.token("/verify-email");
    assertThat(mail.html()).contains("<a href=").contains(token);
    verify(token).then().statusCode(204);
    api.as(owner).get("accounts/api/users/me/").then().body("email_verified", equalTo(true));
  }

  @Test
  void aVerificationLinkWorksOnce() {
    Staff owner = api.registerUnverifiedBusiness();
    String token = Inbox.latest(owner.email(), VERIFY, 1).token("/verify-email");
    verify(token).then().statusCode(204);
    verify(token).then().statusCode(400).body("errors.token", notNullValue());
  }

  @Test
  void anExpiredVerificationLinkIsRefused() throws Exception {
    Staff owner = api.registerUnverifiedBusiness();
    String token = Inbox.latest(owner.email(), VERIFY, 1).token("/verify-email");
    try (Connection db = TestDatabaseSession.connect();
        PreparedStatement ageing =
            db.prepareStatement(
                "UPDATE acc_one_time_token SET created_at = created_at - interval '49 hours',"
                    + " expires_at = expires_at - interval '49 hours'"
                    + " WHERE person_id = (SELECT person_id FROM acc_user WHERE id = ?) AND purpose = 'EMAIL_VERIFICATION'")) {
      ageing.setObject(1, owner.userId());
      assertThat(ageing.executeUpdate()).isEqualTo(1);
    }
    verify(token).then().statusCode(400).body("errors.token", notNullValue());
    api.as(owner).get("accounts/api/users/me/").then().body("email_verified", equalTo(false));
  }

  @Test
  void aResentVerificationLinkRevokesTheFirst() {
    Staff owner = api.registerUnverifiedBusiness();
    String first = Inbox.latest(owner.email(), VERIFY, 1).token("/verify-email");
    resend(owner.email()).then().statusCode(202);
    String second = Inbox.latest(owner.email(), VERIFY, 2).token("/verify-email");
    verify(first).then().statusCode(400).body("errors.token", notNullValue());
    verify(second).then().statusCode(204);
  }

  @Test
  void resendingAVerificationLinkAnswersTheSameWhateverTheAddress() {
    Staff owner = api.registerUnverifiedBusiness();
    verify(Inbox.latest(owner.email(), VERIFY, 1).token("/verify-email")).then().statusCode(204);
    Staff unverified = api.registerUnverifiedBusiness();
    String unknown = PosApi.uniqueEmail("nobody");
    Response verified = resend(owner.email());
    Response pending = resend(unverified.email());
    Response nobody = resend(unknown);
    assertThat(verified.statusCode()).isEqualTo(pending.statusCode()).isEqualTo(202);
    assertThat(nobody.statusCode()).isEqualTo(202);
    assertThat(verified.asString()).isEqualTo(pending.asString()).isEqualTo(nobody.asString());
    Inbox.await(unverified.email(), VERIFY, 2);
    assertThat(Inbox.of(owner.email(), VERIFY)).hasSize(1);
    assertThat(Inbox.of(unknown)).isEmpty();
  }

  @Test
  void aResetTakesAsLongForAKnownAsForAnUnknownAddress() {
    Staff owner = api.registerBusiness();
    ResponseTimes.assertAlike(
        () -> requestReset(owner.email()), () -> requestReset(PosApi.uniqueEmail("nobody")));
  }

  @Test
  void resendingTakesAsLongForAnUnverifiedAsForAnUnknownAddress() {
    Staff unverified = api.registerUnverifiedBusiness();
    ResponseTimes.assertAlike(
        () -> resend(unverified.email()), () -> resend(PosApi.uniqueEmail("nobody")));
  }

  // --- helpers ----------------------------------------------------------------------------------

  Response verify(String token) {
    return api.anonymous().body(Map.of("token", token)).post("accounts/api/auth/verify-email/");
  }

  Response resend(String email) {
    return api.anonymous()
        .body(Map.of("email", email))
        .post("accounts/api/auth/resend-verification/");
  }

  Response requestReset(String email) {
    return api.anonymous().body(Map.of("email", email)).post("accounts/api/auth/password-reset/");
  }

  Response confirm(String token, String password) {
    return api.anonymous()
        .body(Map.of("token", token, "new_password", password))
        .post("accounts/api/auth/password-reset/confirm/");
  }

  Response login(String email, String password) {
    return api.anonymous()
        .body(Map.of("email", email, "password", password))
        .post("accounts/api/auth/login/");
  }
}
