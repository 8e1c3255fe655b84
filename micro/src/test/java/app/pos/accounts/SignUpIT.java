package app.pos.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
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
 * The enumeration-safe sign-up (the same 202 for new and known addresses, a link that creates the
 * business) and the rule for owners whose address is unverified.
 */
@SharedServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignUpIT {

  static final String SIGN_UP = "accounts/api/auth/sign-up/";
  static final String FINISH = "Finish signing";
  static final String TRIED = "Someone tried to sign up";

  @ArquillianResource URL base;
  PosApi api;

  /** An owner whose address was signed up with again, and a new address signed up alongside. */
  Staff knownOwner;

  String newAddress;
  Response knownAnswer;
  Response newAnswer;

  @BeforeAll
  void aKnownAddressSignsUpBesideANewOne() {
    api = new PosApi(base);
    knownOwner = api.registerBusiness();
    newAddress = PosApi.uniqueEmail("nobody");
    knownAnswer = signUp(knownOwner.email());
    newAnswer = signUp(newAddress);
  }

  @BeforeEach
  void client() {
    api = new PosApi(base);
  }

  @Test
  void aSignUpLinkCreatesTheBusinessWithAVerifiedOwner() {
    String email = PosApi.uniqueEmail("signup");
    signUp(email).then().statusCode(202);
    String token = Inbox.latest(email, FINISH, 1).token("/complete-sign-up");
    Response created = confirm(token);
    created
        .then()
        .statusCode(201)
        .header("Location", notNullValue())
        .body("user.email", equalTo(email))
        .body("user.role", equalTo("ADMIN"))
        .body("user.email_verified", equalTo(true))
        .body("business.name", equalTo("Shop of " + email));
    api.login(email, PosApi.PASSWORD);
  }

  @Test
  void nothingExistsForASignUpUntilItsLinkIsFollowed() {
    String email = PosApi.uniqueEmail("signup");
    signUp(email).then().statusCode(202);
    Inbox.latest(email, FINISH, 1);
    login(email).then().statusCode(401);
  }

  @Test
  void aSignUpLinkWorksOnce() {
    String email = PosApi.uniqueEmail("signup");
    signUp(email);
    String token = Inbox.latest(email, FINISH, 1).token("/complete-sign-up");
    confirm(token).then().statusCode(201);
    confirm(token).then().statusCode(400).body("errors.token", notNullValue());
  }

  @Test
  void anExpiredSignUpLinkIsRefused() throws Exception {
    String email = PosApi.uniqueEmail("signup");
    signUp(email);
    String token = Inbox.latest(email, FINISH, 1).token("/complete-sign-up");
    try (Connection db = TestDatabaseSession.connect();
        PreparedStatement ageing =
            db.prepareStatement(
                "UPDATE acc_sign_up SET created_at = created_at - interval '49 hours',"
                    + " expires_at = expires_at - interval '49 hours' WHERE email = ?")) {
      ageing.setString(1, email);
      assertThat(ageing.executeUpdate()).isEqualTo(1);
    }
    confirm(token).then().statusCode(400).body("errors.token", notNullValue());
    login(email).then().statusCode(401);
  }

  @Test
  void aSignUpAnswersTheSameWhetherTheAddressIsKnownOrNew() {
    Response known = knownAnswer;
    Response fresh = newAnswer;
    assertThat(known.statusCode()).isEqualTo(fresh.statusCode()).isEqualTo(202);
    assertThat(known.asString()).isEqualTo(fresh.asString());
    assertThat(known.contentType()).isEqualTo(fresh.contentType());
    assertThat(known.header("Location")).isNull();
    assertThat(fresh.header("Location")).isNull();
    Inbox.latest(newAddress, FINISH, 1);
  }

  @Test
  void aSignUpWithAKnownAddressTellsItsOwnerWithoutTouchingTheirAccount() {
    Inbox.Mail notice = Inbox.latest(knownOwner.email(), TRIED, 1);
    assertThat(notice.text()).contains("/login").contains("/forgot-password");
    api.login(knownOwner.email(), knownOwner.password());
  }

  @Test
  void aSignUpTakesAsLongForAKnownAsForANewAddress() {
    Staff owner = api.registerBusiness();
    // both hash a password: a path that skipped it, or did more, would stand out
    ResponseTimes.assertAlike(
        () -> signUp(owner.email()), () -> signUp(PosApi.uniqueEmail("timing")));
  }

  @Test
  void aSignUpFollowsThePasswordRulesForEveryAddress() {
    Staff owner = api.registerBusiness();
    Response known = signUpWith(owner.email(), "password12");
    Response fresh = signUpWith(PosApi.uniqueEmail("weak"), "password12");
    known.then().statusCode(400).body("errors.password", notNullValue());
    assertThat(known.jsonPath().getMap("errors")).isEqualTo(fresh.jsonPath().getMap("errors"));
  }

  @Test
  void registerKeepsItsAnswerForANewAddress() {
    Staff owner = api.registerUnverifiedBusiness();
    assertThat(owner.token()).isNotBlank();
    api.anonymous()
        .body(
            Map.of(
                "business_name", "Again",
                "email", owner.email(),
                "password", PosApi.PASSWORD,
                "first_name", "A",
                "last_name", "B"))
        .post("accounts/api/auth/register/")
        .then()
        .statusCode(409);
  }

  // --- the rule for unverified owners -----------------------------------------------------------

  @Test
  void anUnverifiedOwnerCannotOpenAPaidCheckout() {
    Staff owner = api.registerUnverifiedBusiness();
    subscribe(owner)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", endsWith("email-not-verified"));
    api.as(owner)
        .get("subscriptions/api/subscriptions/")
        .then()
        .statusCode(200)
        .body(
            "results.status", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("PENDING")));
  }

  @Test
  void anUnverifiedOwnerSetsTheBusinessUp() {
    Staff owner = api.registerUnverifiedBusiness();
    api.as(owner)
        .body(Map.of("name", "First shop"))
        .post("inventory/api/storefronts/")
        .then()
        .statusCode(201);
  }

  @Test
  void aVerifiedOwnerPassesTheVerificationRule() {
    Staff owner = api.registerUnverifiedBusiness();
    api.verifyEmail(owner.email());
    Response r = subscribe(owner);
    assertThat(r.statusCode()).isNotEqualTo(403);
  }

  // --- helpers ----------------------------------------------------------------------------------

  Response subscribe(Staff who) {
    String plan =
        api.anonymous()
            .get("subscriptions/api/plans/")
            .then()
            .statusCode(200)
            .extract()
            .path("results.find { it.code == 'starter' }.id");
    return api.as(who)
        .body(Map.of("plan_id", plan, "gateway", "STRIPE"))
        .post("subscriptions/api/subscriptions/");
  }

  Response signUp(String email) {
    return signUpWith(email, PosApi.PASSWORD);
  }

  Response signUpWith(String email, String password) {
    return api.anonymous()
        .body(
            Map.of(
                "business_name",
                "Shop of " + email,
                "email",
                email,
                "password",
                password,
                "first_name",
                "Sade",
                "last_name",
                "Signup"))
        .post(SIGN_UP);
  }

  Response confirm(String token) {
    return api.anonymous().body(Map.of("token", token)).post(SIGN_UP + "confirm/");
  }

  Response login(String email) {
    return api.anonymous()
        .body(Map.of("email", email, "password", PosApi.PASSWORD))
        .post("accounts/api/auth/login/");
  }
}
