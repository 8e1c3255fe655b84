package app.pos.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import app.pos.accounts.control.AccessTokens;
import app.pos.devkit.Inbox;
import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.RawHttp;
import app.pos.devkit.SharedServer;
import app.pos.devkit.TenantIsolation;
import app.pos.devkit.TestDatabaseSession;
import io.restassured.response.Response;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Accounts and audit end to end: sign-up, tokens, roles, tenancy, the trail. */
@SharedServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsIT {

  @ArquillianResource URL base;
  PosApi api;

  /** A business whose trail the audit tests only read: its owner, and the one cashier added. */
  Staff audited;

  Staff auditedCashier;

  /** A failed sign-in, a sign-in, a new cashier and a sign-out, all in the audited business. */
  @BeforeAll
  void anAuditedBusiness() {
    api = new PosApi(base);
    audited = api.registerBusiness();
    api.anonymous()
        .body(Map.of("email", audited.email(), "password", "Wrong-Password-9"))
        .post("accounts/api/auth/login/")
        .then()
        .statusCode(401);
    String token = api.login(audited.email(), audited.password());
    auditedCashier = api.addStaff(audited, "CASHIER");
    api.as(token).post("accounts/api/auth/logout/").then().statusCode(204);
  }

  @BeforeEach
  void client() {
    api = new PosApi(base);
  }

  @Test
  void registerGivesATokenThatSignsTheOwnerInAsAdmin() {
    String email = PosApi.uniqueEmail("Mixed.Case");
    Response r =
        api.anonymous()
            .body(
                Map.of(
                    "business_name", "Corner Shop",
                    "email", email.toUpperCase(),
                    "password", PosApi.PASSWORD,
                    "first_name", "Ada",
                    "last_name", "Lovelace"))
            .post("accounts/api/auth/register/");
    r.then()
        .statusCode(201)
        .header("Location", containsString("/accounts/api/users/"))
        .body("token_type", equalTo("Bearer"))
        .body("expires_in", equalTo(28800))
        .body("user.role", equalTo("ADMIN"))
        .body("user.email", equalTo(email.toLowerCase()))
        .body("business.name", equalTo("Corner Shop"))
        .body("business.currency", equalTo("USD"))
        .body("user", not(hasItem("password_hash")));
    // neither the password nor its hash; must_change_password is the only field so named
    assertThat(r.asString().replace("\"must_change_password\"", ""))
        .doesNotContain("password")
        .doesNotContain(PosApi.PASSWORD);
    api.as((String) r.path("token"))
        .get("accounts/api/users/me/")
        .then()
        .statusCode(200)
        .body("id", equalTo(r.path("user.id")))
        .body("business_id", equalTo(r.path("business.id")))
        .body("is_superuser", equalTo(false));
  }

  @Test
  void anAddressRegistersOnlyOnceWhateverItsLetterCase() {
    Staff owner = api.registerBusiness();
    Map<String, Object> body =
        Map.of(
            "business_name", "Again",
            "email", owner.email().toUpperCase(),
            "password", PosApi.PASSWORD,
            "first_name", "A",
            "last_name", "B");
    api.anonymous().body(body).post("accounts/api/auth/register/").then().statusCode(409);
  }

  @Test
  void registrationRefusesAWeakPassword() {
    String email = PosApi.uniqueEmail("weak");
    api.anonymous()
        .body(
            Map.of(
                "business_name",
                "W",
                "email",
                email,
                "password",
                "short",
                "first_name",
                "A",
                "last_name",
                "B"))
        .post("accounts/api/auth/register/")
        .then()
        .statusCode(400)
        .body("errors.password", notNullValue());
    api.anonymous()
        .body(
            Map.of(
                "business_name",
                "W",
                "email",
                email,
                "password",
                email,
                "first_name",
                "A",
                "last_name",
                "B"))
        .post("accounts/api/auth/register/")
        .then()
        .statusCode(400);
  }

  @Test
  void registrationRefusesMissingOrMalformedFields() {
    api.anonymous()
        .body(Map.of("business_name", "", "email", "not-an-email", "password", PosApi.PASSWORD))
        .post("accounts/api/auth/register/")
        .then()
        .statusCode(400)
        .body("errors.email", notNullValue())
        .body("errors.business_name", notNullValue())
        .body("errors.first_name", notNullValue());
  }

  @Test
  void aWrongPasswordGetsTheSame401AsAnUnknownAddress() {
    Staff owner = api.registerBusiness();
    Response wrong =
        api.anonymous()
            .body(Map.of("email", owner.email(), "password", "Not-The-Password-1"))
            .post("accounts/api/auth/login/");
    Response unknown =
        api.anonymous()
            .body(Map.of("email", PosApi.uniqueEmail("nobody"), "password", "Not-The-Password-1"))
            .post("accounts/api/auth/login/");
    wrong.then().statusCode(401).contentType("application/problem+json");
    unknown.then().statusCode(401);
    assertThat(wrong.asString()).isEqualTo(unknown.asString());
    api.anonymous()
        .body(Map.of("email", owner.email(), "password", owner.password()))
        .post("accounts/api/auth/login/")
        .then()
        .statusCode(200)
        .body("token", notNullValue())
        .body("user.id", equalTo(owner.userId().toString()));
  }

  @Test
  void logoutRevokesThatToken() {
    Staff owner = api.registerBusiness();
    String second = api.login(owner.email(), owner.password());
    api.as(owner).post("accounts/api/auth/logout/").then().statusCode(204);
    api.as(owner).get("accounts/api/users/me/").then().statusCode(401);
    api.as(second).get("accounts/api/users/me/").then().statusCode(200);
  }

  @Test
  void changingThePasswordNeedsTheCurrentOne() {
    Staff owner = api.registerBusiness();
    api.as(owner)
        .body(Map.of("old_password", "wrong-old-password", "new_password", "Another-Secret-77"))
        .post("accounts/api/auth/change-password/")
        .then()
        .statusCode(400)
        .body("errors.old_password", notNullValue());
  }

  @Test
  void changingThePasswordRevokesEarlierTokens() {
    Staff owner = api.registerBusiness();
    api.as(owner)
        .body(Map.of("old_password", owner.password(), "new_password", "Another-Secret-77"))
        .post("accounts/api/auth/change-password/")
        .then()
        .statusCode(200);
    api.as(owner).get("accounts/api/users/me/").then().statusCode(401);
    api.anonymous()
        .body(Map.of("email", owner.email(), "password", owner.password()))
        .post("accounts/api/auth/login/")
        .then()
        .statusCode(401);
    String fresh = api.login(owner.email(), "Another-Secret-77");
    api.as(fresh).get("accounts/api/users/me/").then().statusCode(200);
  }

  @Test
  void onlyAnUntamperedUnexpiredTokenSignedByThisServerIsAccepted() throws Exception {
    Staff owner = api.registerBusiness();
    String[] parts = owner.token().split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String promoted =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                claims.replace("\"ADMIN\"", "\"SUPERUSER\"").getBytes(StandardCharsets.UTF_8));
    api.as(parts[0] + "." + promoted + "." + parts[2])
        .get("accounts/api/users/me/")
        .then()
        .statusCode(401);

    String none =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    api.as(none + "." + parts[1] + ".").get("accounts/api/users/me/").then().statusCode(401);

    AccessTokens signer =
        new AccessTokens(
            "pos",
            Duration.ofSeconds(60),
            AccessTokens.privateKeyFromPem(
                Files.readString(Path.of(System.getProperty("it.jwt.private")))),
            AccessTokens.publicKeyFromPem(
                Files.readString(
                    Path.of(java.net.URI.create(System.getProperty("it.jwt.public"))))));
    String expired =
        signer
            .issue(
                owner.userId(),
                owner.email(),
                "ADMIN",
                owner.businessId(),
                false,
                Instant.now().minusSeconds(3600))
            .token();
    api.as(expired).get("accounts/api/users/me/").then().statusCode(401);
    String future =
        signer
            .issue(
                owner.userId(),
                owner.email(),
                "ADMIN",
                owner.businessId(),
                false,
                Instant.now().plusSeconds(3600))
            .token();
    api.as(future).get("accounts/api/users/me/").then().statusCode(401);
    java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    java.security.KeyPair stranger = generator.generateKeyPair();
    String wrongKey =
        new AccessTokens("pos", Duration.ofSeconds(60), stranger.getPrivate(), stranger.getPublic())
            .issue(owner.userId(), owner.email(), "ADMIN", owner.businessId(), false, Instant.now())
            .token();
    api.as(wrongKey).get("accounts/api/users/me/").then().statusCode(401);
    String wrongIssuer =
        new AccessTokens(
                "someone-else",
                Duration.ofSeconds(60),
                AccessTokens.privateKeyFromPem(
                    Files.readString(Path.of(System.getProperty("it.jwt.private")))),
                stranger.getPublic())
            .issue(owner.userId(), owner.email(), "ADMIN", owner.businessId(), false, Instant.now())
            .token();
    api.as(wrongIssuer).get("accounts/api/users/me/").then().statusCode(401);
    // HS256 "signed" with the server's public key, the classic key-confusion attack
    String hsHeader =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(
        new javax.crypto.spec.SecretKeySpec(
            Files.readAllBytes(Path.of(java.net.URI.create(System.getProperty("it.jwt.public")))),
            "HmacSHA256"));
    String hs =
        hsHeader
            + "."
            + parts[1]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    mac.doFinal((hsHeader + "." + parts[1]).getBytes(StandardCharsets.US_ASCII)));
    api.as(hs).get("accounts/api/users/me/").then().statusCode(401);
    api.anonymous().get("accounts/api/users/me/").then().statusCode(401);
  }

  @Test
  void theOlderClientsTokenSchemeStillSignsIn() {
    Staff owner = api.registerBusiness();
    api.anonymous()
        // the older clients' scheme, which the document (bearer) does not describe
        .filter(app.pos.devkit.ApiContract.hostileRequest())
        .header("Authorization", "Token " + owner.token())
        .get("accounts/api/users/me/")
        .then()
        .statusCode(200);
  }

  @Test
  void eachRoleGetsWhatTheRoleTableAllowsOnUsers() {
    Staff admin = api.registerBusiness();
    Staff manager = api.addStaff(admin, "MANAGER");
    Staff cashier = api.addStaff(admin, "CASHIER");
    Staff warehouse = api.addStaff(admin, "WAREHOUSE_STAFF");
    Map<String, Object> newUser =
        Map.of(
            "email",
            PosApi.uniqueEmail("x"),
            "password",
            PosApi.PASSWORD,
            "first_name",
            "X",
            "last_name",
            "Y",
            "role",
            "CASHIER");

    api.as(admin).get("accounts/api/users/").then().statusCode(200).body("count", equalTo(4));
    api.as(manager).get("accounts/api/users/").then().statusCode(200);
    api.as(cashier)
        .get("accounts/api/users/")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    api.as(warehouse).get("accounts/api/users/").then().statusCode(403);
    api.as(manager).body(newUser).post("accounts/api/users/").then().statusCode(403);
    api.as(cashier).body(newUser).post("accounts/api/users/").then().statusCode(403);
    api.as(manager)
        .body(Map.of("role", "ADMIN"))
        .patch("accounts/api/users/" + manager.userId() + "/")
        .then()
        .statusCode(403);
    api.as(cashier).delete("accounts/api/users/" + admin.userId() + "/").then().statusCode(403);
    for (Staff s : List.of(admin, manager, cashier, warehouse)) {
      api.as(s).get("accounts/api/users/me/").then().statusCode(200);
      api.as(s).get("accounts/api/roles/").then().statusCode(200).body("count", equalTo(4));
      api.as(s).get("accounts/api/business/").then().statusCode(200);
    }
    api.anonymous().body(newUser).post("accounts/api/users/").then().statusCode(401);
    api.as(manager)
        .body(Map.of("receipt_footer", "x"))
        .patch("accounts/api/business/")
        .then()
        .statusCode(403);
    api.as(admin)
        .body(Map.of("default_tax_rate", "15", "receipt_footer", "Thank you"))
        .patch("accounts/api/business/")
        .then()
        .statusCode(200)
        .body("receipt_footer", equalTo("Thank you"));
  }

  @Test
  void anotherBusinessCannotSeeOrTouchUsers() {
    Staff first = api.registerBusiness();
    Staff cashier = api.addStaff(first, "CASHIER");
    Staff second = api.registerBusiness();
    TenantIsolation.assertInvisible(api, second, "accounts/api/users/" + cashier.userId() + "/");
    api.as(second)
        .get("accounts/api/users/?page_size=200")
        .then()
        .statusCode(200)
        .body("count", equalTo(1))
        .body("results.business_id", everyItem(equalTo(second.businessId().toString())));
    api.as(first).get("accounts/api/users/" + cashier.userId() + "/").then().statusCode(200);
    api.as(first).get("accounts/api/users/not-a-uuid/").then().statusCode(404);
  }

  @Test
  void massAssignmentChangesNothing() {
    Staff other = api.registerBusiness();
    String email = PosApi.uniqueEmail("sneaky");
    // fields a sign-up does not take are refused by name, and nothing is registered
    api.anonymous()
        .filter(app.pos.devkit.ApiContract.hostileRequest())
        .body(
            Map.of(
                "business_name", "Sneaky",
                "email", email,
                "password", PosApi.PASSWORD,
                "first_name", "S",
                "last_name", "N",
                "is_superuser", true,
                "role", "SUPERUSER"))
        .post("accounts/api/auth/register/")
        .then()
        .statusCode(400)
        .body("errors.is_superuser", notNullValue())
        .body("errors.role", notNullValue());
    api.anonymous()
        .body(Map.of("email", email, "password", PosApi.PASSWORD))
        .post("accounts/api/auth/login/")
        .then()
        .statusCode(401);
    // a business_id the server sets itself is ignored
    Response r =
        api.anonymous()
            .body(
                Map.of(
                    "business_name",
                    "Sneaky",
                    "email",
                    email,
                    "password",
                    PosApi.PASSWORD,
                    "first_name",
                    "S",
                    "last_name",
                    "N",
                    "business_id",
                    other.businessId().toString()))
            .post("accounts/api/auth/register/");
    r.then()
        .statusCode(201)
        .body("user.is_superuser", equalTo(false))
        .body("user.role", equalTo("ADMIN"))
        .body("user.business_id", not(equalTo(other.businessId().toString())));
    Staff admin =
        new Staff(
            r.path("token"),
            java.util.UUID.fromString(r.path("user.id")),
            java.util.UUID.fromString(r.path("business.id")),
            email,
            PosApi.PASSWORD);
    api.as(admin)
        .body(
            Map.of(
                "is_superuser",
                true,
                "business_id",
                other.businessId().toString(),
                "first_name",
                "Still"))
        .patch("accounts/api/users/" + admin.userId() + "/")
        .then()
        .statusCode(200)
        .body("is_superuser", equalTo(false))
        .body("business_id", equalTo(admin.businessId().toString()))
        .body("first_name", equalTo("Still"));
    api.as(admin)
        .body(Map.of("role", "CASHIER"))
        .patch("accounts/api/users/" + admin.userId() + "/")
        .then()
        .statusCode(409);
    api.as(admin).get("accounts/api/users/me/").then().body("role", equalTo("ADMIN"));
  }

  @Test
  void aDeactivatedUserCanNeitherSignInNorUseTheirTokens() {
    Staff admin = api.registerBusiness();
    Staff cashier = api.addStaff(admin, "CASHIER");
    api.as(admin).delete("accounts/api/users/" + cashier.userId() + "/").then().statusCode(204);
    api.as(cashier).get("accounts/api/users/me/").then().statusCode(401);
    api.anonymous()
        .body(Map.of("email", cashier.email(), "password", cashier.password()))
        .post("accounts/api/auth/login/")
        .then()
        .statusCode(401);
  }

  @Test
  void anAdminCannotDeactivateThemselves() {
    Staff admin = api.registerBusiness();
    api.as(admin).delete("accounts/api/users/" + admin.userId() + "/").then().statusCode(409);
  }

  @Test
  void onlyThePlatformOwnerIsPromotedToSuperuser() {
    Staff owner = api.platformOwner();
    api.as(owner).get("accounts/api/users/me/").then().body("is_superuser", equalTo(true));
    api.as(owner)
        .get("accounts/api/platform/businesses/")
        .then()
        .statusCode(200)
        .body("count", notNullValue());
    Staff someoneElse = api.registerBusiness();
    api.as(someoneElse).get("accounts/api/platform/businesses/").then().statusCode(403);
  }

  @Test
  void theAuditTrailRecordsEachChange() {
    Response trail = api.as(audited).get("accounts/api/audit-logs/?page_size=200");
    trail.then().statusCode(200);
    List<String> actions = trail.path("results.action");
    assertThat(actions)
        .contains(
            "business.registered",
            "auth.login_failed",
            "auth.login",
            "user.created",
            "auth.logout");
    api.as(audited)
        .get("accounts/api/audit-logs/?action=user.created")
        .then()
        .statusCode(200)
        .body("count", equalTo(1))
        .body("results[0].entity_id", equalTo(auditedCashier.userId().toString()));
  }

  @Test
  void theAuditTrailNeverHoldsAPassword() {
    String created =
        api.as(audited)
            .get("accounts/api/audit-logs/?action=user.created")
            .then()
            .statusCode(200)
            .body("results[0].changes.password", equalTo("***"))
            .extract()
            .asString();
    assertThat(created).doesNotContain(PosApi.PASSWORD);
  }

  @Test
  void aCashierReadsOnlyTheirOwnEntriesOfTheTrail() {
    assertThat(
            api.as(auditedCashier)
                .get("accounts/api/audit-logs/")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("results.user_id", String.class))
        .isNotEmpty()
        .containsOnly(auditedCashier.userId().toString());
  }

  @Test
  void aTrailDateFilterThatIsNotADateIsRefused() {
    api.as(audited).get("accounts/api/audit-logs/?date_from=yesterday").then().statusCode(400);
  }

  @Test
  void theAuditTrailCannotBeChangedOrDeleted() throws SQLException {
    try (Connection c = TestDatabaseSession.connect();
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("UPDATE aud_audit_log SET action = 'x'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("immutable");
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM aud_audit_log"))
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void repeatedWrongPasswordsMakeOnlyThatAccountWaitToSignIn() {
    Staff owner = api.registerBusiness();
    Map<String, String> wrong = Map.of("email", owner.email(), "password", "Wrong-Password-9");
    for (int i = 0; i < 5; i++) {
      api.anonymous().body(wrong).post("accounts/api/auth/login/").then().statusCode(401);
    }
    api.anonymous()
        .body(Map.of("email", owner.email(), "password", owner.password()))
        .post("accounts/api/auth/login/")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue())
        .body("type", containsString("throttled"));
    // the back-off is per account and address: another user signs in from the same address
    Staff other = api.registerBusiness();
    api.login(other.email(), other.password());
  }

  @Test
  void anAttackersWrongPasswordsDoNotLockTheOwnerOutFromTheirOwnAddress() {
    Staff owner = api.registerBusiness();
    RawHttp attacker = new RawHttp(base, "127.0.0.21");
    String wrong = "{\"email\":\"" + owner.email() + "\",\"password\":\"Wrong-Password-9\"}";
    List<Integer> codes = new java.util.ArrayList<>();
    for (int i = 0; i < 13; i++) {
      codes.add(attacker.send("POST", "/accounts/api/auth/login/", wrong, Map.of()).status());
    }
    assertThat(codes.subList(0, 5)).containsOnly(401);
    assertThat(codes.subList(5, 13)).containsOnly(429);
    RawHttp.Answer ownerAnswer =
        new RawHttp(base, "127.0.0.22")
            .send(
                "POST",
                "/accounts/api/auth/login/",
                "{\"email\":\"" + owner.email() + "\",\"password\":\"" + owner.password() + "\"}",
                Map.of());
    assertThat(ownerAnswer.status()).isEqualTo(200);
  }

  @Test
  void aNewMemberOfStaffGetsAWelcomeMailAfterCommit() throws Exception {
    Staff admin = api.registerBusiness();
    Staff cashier = api.addStaff(admin, "CASHIER");
    assertThat(Inbox.await(cashier.email(), "Welcome to", 1).get(0).subject())
        .startsWith("Welcome to");
  }

  @Test
  void everyoneKeepsTheirOwnProfile() {
    Staff admin = api.registerBusiness();
    Staff cashier = api.addStaff(admin, "CASHIER");
    api.as(cashier)
        .get("accounts/api/users/me/profile/")
        .then()
        .statusCode(200)
        .body("phone", equalTo(null));
    api.as(cashier)
        .body(
            Map.of(
                "phone",
                "+233 20 123 4567",
                "avatar_url",
                "https://img.test/a.png",
                "preferences",
                Map.of("theme", "dark")))
        .patch("accounts/api/users/me/profile/")
        .then()
        .statusCode(200)
        .body("phone", equalTo("+233 20 123 4567"))
        .body("preferences.theme", equalTo("dark"));
    api.as(admin)
        .get("accounts/api/users/me/profile/")
        .then()
        .statusCode(200)
        .body("phone", equalTo(null));
    api.as(cashier)
        .body(Map.of("avatar_url", "javascript:alert(1)"))
        .patch("accounts/api/users/me/profile/")
        .then()
        .statusCode(400)
        .body("errors.avatar_url", notNullValue());
  }

  @Test
  void theOpenApiDocumentShowsTheAccountsEndpointsWithTheirSecurity() {
    api.anonymous()
        .get("api/schema/")
        .then()
        .statusCode(200)
        .body("paths.'/accounts/api/auth/register/'", notNullValue())
        .body("paths.'/accounts/api/users/'.get.security", notNullValue())
        .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
  }
}
