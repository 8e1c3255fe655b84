package app.pos.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.pos.devkit.Inbox;
import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.TenantIsolation;
import io.restassured.response.Response;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One person, several businesses: a role in each, a token per business, isolation per token. */
@SharedServer
class MembershipsIT {

  static final String SWITCH = "accounts/api/auth/switch-business/";

  @ArquillianResource URL base;
  PosApi api;

  @BeforeEach
  void client() {
    api = new PosApi(base);
  }

  /** A person who owns business A and joined business B (as MANAGER); the token speaks for B. */
  record TwoBusinesses(Staff ownerOfA, Staff ownerOfB, String tokenForB, UUID userInB) {}

  TwoBusinesses personInTwoBusinesses() {
    return personInTwoBusinesses("MANAGER");
  }

  TwoBusinesses personInTwoBusinesses(String roleInB) {
    Staff a = api.registerBusiness();
    Staff b = api.registerBusiness();
    api.as(b)
        .body(Map.of("email", a.email(), "role", roleInB))
        .post("accounts/api/invitations/")
        .then()
        .statusCode(201);
    String token = Inbox.latest(a.email(), InvitationsIT.INVITED, 1).token("/accept-invitation");
    Response joined =
        api.anonymous()
            .body(Map.of("token", token, "password", a.password()))
            .post("accounts/api/invitations/accept/");
    joined.then().statusCode(200).body("business.id", equalTo(b.businessId().toString()));
    return new TwoBusinesses(a, b, joined.path("token"), UUID.fromString(joined.path("user.id")));
  }

  @Test
  void aSignInAnswersTheMembershipsOfAnExistingUser() {
    Staff owner = api.registerBusiness();
    login(owner)
        .then()
        .statusCode(200)
        .body("memberships.size()", equalTo(1))
        .body("memberships[0].business_id", equalTo(owner.businessId().toString()))
        .body("memberships[0].role", equalTo("ADMIN"))
        .body("memberships[0].current", equalTo(true));
  }

  @Test
  void aPersonWithAnAccountJoinsAnotherBusinessKeepingTheirPassword() {
    TwoBusinesses p = personInTwoBusinesses();
    Response signedIn = login(p.ownerOfA());
    signedIn.then().statusCode(200).body("memberships.size()", equalTo(2));
    assertThat(signedIn.jsonPath().getList("memberships.business_id", String.class))
        .containsExactlyInAnyOrder(
            p.ownerOfA().businessId().toString(), p.ownerOfB().businessId().toString());
    api.as(p.tokenForB())
        .get("accounts/api/users/me/")
        .then()
        .body("role", equalTo("MANAGER"))
        .body("business_id", equalTo(p.ownerOfB().businessId().toString()));
  }

  @Test
  void switchingBusinessAnswersATokenForTheOtherMembership() {
    TwoBusinesses p = personInTwoBusinesses();
    Response switched =
        api.as(p.tokenForB())
            .body(Map.of("business_id", p.ownerOfA().businessId().toString()))
            .post(SWITCH);
    switched
        .then()
        .statusCode(200)
        .body("business.id", equalTo(p.ownerOfA().businessId().toString()))
        .body("user.role", equalTo("ADMIN"));
    api.as(switched.<String>path("token"))
        .get("accounts/api/users/me/")
        .then()
        .body("id", equalTo(p.ownerOfA().userId().toString()))
        .body("business_id", equalTo(p.ownerOfA().businessId().toString()));
    // the token it was asked with still speaks for B
    api.as(p.tokenForB())
        .get("accounts/api/users/me/")
        .then()
        .body("business_id", equalTo(p.ownerOfB().businessId().toString()));
  }

  @Test
  void switchingToABusinessThePersonIsNotAMemberOfAnswers404() {
    Staff owner = api.registerBusiness();
    Staff stranger = api.registerBusiness();
    api.as(owner)
        .body(Map.of("business_id", stranger.businessId().toString()))
        .post(SWITCH)
        .then()
        .statusCode(404);
    api.as(owner)
        .body(Map.of("business_id", UUID.randomUUID().toString()))
        .post(SWITCH)
        .then()
        .statusCode(404);
  }

  @Test
  void aDeactivatedMembershipCannotBeSwitchedTo() {
    TwoBusinesses p = personInTwoBusinesses();
    api.as(p.ownerOfB()).delete("accounts/api/users/" + p.userInB() + "/").then().statusCode(204);
    api.as(p.ownerOfA())
        .body(Map.of("business_id", p.ownerOfB().businessId().toString()))
        .post(SWITCH)
        .then()
        .statusCode(404);
    api.as(p.tokenForB()).get("accounts/api/users/me/").then().statusCode(401);
    login(p.ownerOfA()).then().statusCode(200).body("memberships.size()", equalTo(1));
  }

  @Test
  void theMembershipsListMarksTheBusinessOfTheToken() {
    TwoBusinesses p = personInTwoBusinesses();
    api.as(p.tokenForB())
        .get("accounts/api/memberships/")
        .then()
        .statusCode(200)
        .body("count", equalTo(2))
        .body(
            "results.find { it.current }.business_id",
            equalTo(p.ownerOfB().businessId().toString()))
        .body(
            "results.find { !it.current }.business_id",
            equalTo(p.ownerOfA().businessId().toString()));
  }

  @Test
  void aTokenForOneBusinessSeesNothingOfTheOther() {
    // ADMIN in both: every verb reaches the tenancy check, none stops at the role
    TwoBusinesses p = personInTwoBusinesses("ADMIN");
    String productOfA =
        api.as(p.ownerOfA())
            .body(Map.of("sku", "A-ONLY", "name", "A's product"))
            .post("inventory/api/products/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Staff asMemberOfB =
        new Staff(
            p.tokenForB(), p.userInB(), p.ownerOfB().businessId(), p.ownerOfA().email(), null);
    TenantIsolation.assertInvisible(api, asMemberOfB, "inventory/api/products/" + productOfA + "/");
    TenantIsolation.assertInvisible(
        api, asMemberOfB, "accounts/api/users/" + p.ownerOfA().userId() + "/");
    api.as(asMemberOfB)
        .get("inventory/api/products/")
        .then()
        .body("results.id", not(hasItem(productOfA)));
    api.as(asMemberOfB)
        .get("accounts/api/users/")
        .then()
        .body("results.id", not(hasItem(p.ownerOfA().userId().toString())));
  }

  @Test
  void aNewPasswordRefusesTheTokensOfEveryMembership() {
    TwoBusinesses p = personInTwoBusinesses();
    String newPassword = "Lantern-Orchard-Velvet-93";
    api.as(p.ownerOfA())
        .body(Map.of("old_password", p.ownerOfA().password(), "new_password", newPassword))
        .post("accounts/api/auth/change-password/")
        .then()
        .statusCode(200);
    api.as(p.tokenForB()).get("accounts/api/users/me/").then().statusCode(401);
    api.login(p.ownerOfA().email(), newPassword);
  }

  @Test
  void anAdminCannotSetTheTemporaryPasswordOfAPersonSharedWithAnotherBusiness() {
    TwoBusinesses p = personInTwoBusinesses();
    api.as(p.ownerOfB())
        .body(Map.of("password", "Temporary-Harbour-58"))
        .patch("accounts/api/users/" + p.userInB() + "/")
        .then()
        .statusCode(409)
        .body("type", endsWith("account-shared"));
    api.login(p.ownerOfA().email(), p.ownerOfA().password());
  }

  Response login(Staff who) {
    return api.anonymous()
        .body(Map.of("email", who.email(), "password", who.password()))
        .post("accounts/api/auth/login/");
  }
}
