package app.pos.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An ADMIN invites people by e-mail; the link makes them members (and creates new accounts). */
@SharedServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationsIT {

  static final String API = "accounts/api/invitations/";
  static final String INVITED = "You are invited to join";
  static final String NEW_PASSWORD = "Lantern-Orchard-Velvet-93";

  @ArquillianResource URL base;
  PosApi api;

  /** An admin's invitation gone past its expiry (8 days), with its mailed link's token. */
  Staff expiredInviter;

  String expiredId;
  String expiredToken;

  @BeforeAll
  void anExpiredInvitation() throws Exception {
    api = new PosApi(base);
    expiredInviter = api.registerBusiness();
    String email = PosApi.uniqueEmail("invitee");
    expiredId = invite(expiredInviter, email, "CASHIER").path("id");
    expiredToken = Inbox.latest(email, INVITED, 1).token("/accept-invitation");
    age(expiredId, "8 days");
  }

  @BeforeEach
  void client() {
    api = new PosApi(base);
  }

  @Test
  void anInvitationLinkCreatesAnAccountThatIsAMemberOfTheBusiness() {
    Staff admin = api.registerBusiness();
    String email = PosApi.uniqueEmail("invitee");
    Response invited = invite(admin, email, "CASHIER");
    invited
        .then()
        .statusCode(201)
        .body("status", equalTo("PENDING"))
        .body("role", equalTo("CASHIER"));
    Inbox.Mail mail = Inbox.latest(email, INVITED, 1);
    String token = mail.token("/accept-invitation");
    assertThat(mail.html()).contains("<a href=").contains(token);

    Response accepted = acceptAsNew(token, NEW_PASSWORD);
    accepted
        .then()
        .statusCode(200)
        .body("business.id", equalTo(admin.businessId().toString()))
        .body("user.role", equalTo("CASHIER"))
        .body("user.email_verified", equalTo(true))
        .body("memberships.size()", equalTo(1));
    api.as(accepted.<String>path("token"))
        .get("accounts/api/users/me/")
        .then()
        .statusCode(200)
        .body("business_id", equalTo(admin.businessId().toString()));
    api.login(email, NEW_PASSWORD);
    api.as(admin)
        .get(API + invited.path("id") + "/")
        .then()
        .body("status", equalTo("ACCEPTED"))
        .body("accepted_user_id", equalTo(accepted.path("user.id")));
  }

  @Test
  void anInvitationLinkWorksOnce() {
    Staff admin = api.registerBusiness();
    String email = PosApi.uniqueEmail("invitee");
    invite(admin, email, "MANAGER").then().statusCode(201);
    String token = Inbox.latest(email, INVITED, 1).token("/accept-invitation");
    acceptAsNew(token, NEW_PASSWORD).then().statusCode(200);
    acceptAsNew(token, NEW_PASSWORD).then().statusCode(400).body("errors.token", notNullValue());
  }

  @Test
  void anExpiredInvitationIsRefused() {
    acceptAsNew(expiredToken, NEW_PASSWORD)
        .then()
        .statusCode(400)
        .body("errors.token", notNullValue());
  }

  @Test
  void anExpiredInvitationIsListedAsExpired() {
    Staff admin = expiredInviter;
    String id = expiredId;
    api.as(admin).get(API + id + "/").then().body("status", equalTo("EXPIRED"));
    api.as(admin).queryParam("status", "EXPIRED").get(API).then().body("results.id", hasItem(id));
    api.as(admin)
        .queryParam("status", "PENDING")
        .get(API)
        .then()
        .body("results.id", not(hasItem(id)));
  }

  @Test
  void aRevokedInvitationIsRefused() {
    Staff admin = api.registerBusiness();
    String email = PosApi.uniqueEmail("invitee");
    String id = invite(admin, email, "CASHIER").path("id");
    String token = Inbox.latest(email, INVITED, 1).token("/accept-invitation");
    api.as(admin)
        .post(API + id + "/revoke/")
        .then()
        .statusCode(200)
        .body("status", equalTo("REVOKED"));
    acceptAsNew(token, NEW_PASSWORD).then().statusCode(400).body("errors.token", notNullValue());
    api.as(admin).post(API + id + "/resend/").then().statusCode(409);
  }

  @Test
  void aDeactivatedAdminsOpenInvitationsAreRevoked() {
    Staff owner = api.registerBusiness();
    Staff admin = api.addStaff(owner, "ADMIN");
    String email = PosApi.uniqueEmail("invitee");
    String id = invite(admin, email, "CASHIER").path("id");
    String token = Inbox.latest(email, INVITED, 1).token("/accept-invitation");
    api.as(owner).delete("accounts/api/users/" + admin.userId() + "/").then().statusCode(204);
    acceptAsNew(token, NEW_PASSWORD).then().statusCode(400).body("errors.token", notNullValue());
    api.as(owner).get(API + id + "/").then().body("status", equalTo("REVOKED"));
  }

  @Test
  void aResentInvitationRevokesTheOlderLink() {
    Staff admin = api.registerBusiness();
    String email = PosApi.uniqueEmail("invitee");
    String id = invite(admin, email, "CASHIER").path("id");
    String first = Inbox.latest(email, INVITED, 1).token("/accept-invitation");
    api.as(admin)
        .post(API + id + "/resend/")
        .then()
        .statusCode(200)
        .body("status", equalTo("PENDING"));
    String second = Inbox.latest(email, INVITED, 2).token("/accept-invitation");
    acceptAsNew(first, NEW_PASSWORD).then().statusCode(400).body("errors.token", notNullValue());
    acceptAsNew(second, NEW_PASSWORD).then().statusCode(200);
  }

  @Test
  void aResentExpiredInvitationIsOpenAgain() throws Exception {
    Staff admin = api.registerBusiness();
    String email = PosApi.uniqueEmail("invitee");
    String id = invite(admin, email, "CASHIER").path("id");
    age(id, "8 days");
    api.as(admin)
        .post(API + id + "/resend/")
        .then()
        .statusCode(200)
        .body("status", equalTo("PENDING"));
    acceptAsNew(Inbox.latest(email, INVITED, 2).token("/accept-invitation"), NEW_PASSWORD)
        .then()
        .statusCode(200);
  }

  @Test
  void aNewAccountFromAnInvitationFollowsThePasswordRules() {
    Staff admin = api.registerBusiness();
    String email = PosApi.uniqueEmail("invitee");
    invite(admin, email, "CASHIER");
    String token = Inbox.latest(email, INVITED, 1).token("/accept-invitation");
    acceptAsNew(token, "password12").then().statusCode(400).body("errors.password", notNullValue());
    api.anonymous()
        .body(Map.of("token", token))
        .post(API + "accept/")
        .then()
        .statusCode(400)
        .body("errors.password", notNullValue());
    acceptAsNew(token, NEW_PASSWORD).then().statusCode(200);
  }

  @Test
  void madeUpUsedOrExpiredTokensAnswerAlike() throws Exception {
    Staff admin = api.registerBusiness();
    String used = PosApi.uniqueEmail("used");
    invite(admin, used, "CASHIER");
    String usedToken = Inbox.latest(used, INVITED, 1).token("/accept-invitation");
    acceptAsNew(usedToken, NEW_PASSWORD).then().statusCode(200);
    String expired = PosApi.uniqueEmail("expired");
    String expiredId = invite(admin, expired, "CASHIER").path("id");
    String expiredToken = Inbox.latest(expired, INVITED, 1).token("/accept-invitation");
    age(expiredId, "8 days");
    Response a = acceptAsNew(usedToken, NEW_PASSWORD);
    Response b = acceptAsNew(expiredToken, NEW_PASSWORD);
    Response c = acceptAsNew("made-up-" + UUID.randomUUID(), NEW_PASSWORD);
    assertThat(a.statusCode()).isEqualTo(b.statusCode()).isEqualTo(c.statusCode()).isEqualTo(400);
    assertThat(a.jsonPath().getMap("errors"))
        .isEqualTo(b.jsonPath().getMap("errors"))
        .isEqualTo(c.jsonPath().getMap("errors"));
  }

  @Test
  void invitingAKnownOrANewAddressAnswersAlike() {
    Staff admin = api.registerBusiness();
    Staff elsewhere = api.registerBusiness();
    Response known = invite(admin, elsewhere.email(), "CASHIER");
    Response unknown = invite(admin, PosApi.uniqueEmail("nobody"), "CASHIER");
    known.then().statusCode(201);
    unknown.then().statusCode(201);
    assertThat(known.jsonPath().getMap("$").keySet())
        .isEqualTo(unknown.jsonPath().getMap("$").keySet());
    assertThat(known.jsonPath().getString("status"))
        .isEqualTo(unknown.jsonPath().getString("status"));
  }

  @Test
  void invitingAMemberOfTheBusinessAnswers409() {
    Staff admin = api.registerBusiness();
    Staff cashier = api.addStaff(admin, "CASHIER");
    invite(admin, cashier.email(), "MANAGER")
        .then()
        .statusCode(409)
        .body("type", endsWith("already-a-member"));
  }

  @Test
  void anAddressHasOneOpenInvitationPerBusiness() {
    Staff admin = api.registerBusiness();
    String email = PosApi.uniqueEmail("invitee");
    invite(admin, email, "CASHIER").then().statusCode(201);
    invite(admin, email, "MANAGER")
        .then()
        .statusCode(409)
        .body("type", endsWith("invitation-pending"));
  }

  @Test
  void onlyAnAdminInvites() {
    Staff admin = api.registerBusiness();
    Staff manager = api.addStaff(admin, "MANAGER");
    invite(manager, PosApi.uniqueEmail("invitee"), "CASHIER").then().statusCode(403);
    api.as(manager).get(API).then().statusCode(200);
    Staff cashier = api.addStaff(admin, "CASHIER");
    api.as(cashier).get(API).then().statusCode(403);
  }

  @Test
  void anotherBusinesssInvitationAnswers404() {
    Staff admin = api.registerBusiness();
    Staff stranger = api.registerBusiness();
    String id = invite(admin, PosApi.uniqueEmail("invitee"), "CASHIER").path("id");
    api.as(stranger).get(API + id + "/").then().statusCode(404);
    api.as(stranger).post(API + id + "/resend/").then().statusCode(404);
    api.as(stranger).post(API + id + "/revoke/").then().statusCode(404);
    api.as(stranger).get(API).then().body("results.id", not(hasItem(id)));
    api.as(admin).get(API + id + "/").then().body("status", equalTo("PENDING"));
  }

  @Test
  void anInvitationsStorefrontsMustBeTheBusinesss() {
    Staff admin = api.registerBusiness();
    Staff stranger = api.registerBusiness();
    String theirs =
        api.as(stranger)
            .body(Map.of("name", "Their shop"))
            .post("inventory/api/storefronts/")
            .path("id");
    Map<String, Object> body = new HashMap<>();
    body.put("email", PosApi.uniqueEmail("invitee"));
    body.put("role", "CASHIER");
    body.put("storefront_ids", List.of(theirs));
    api.as(admin).body(body).post(API).then().statusCode(400);
  }

  @Test
  void openInvitationsCountAgainstThePlansUserLimit() {
    // the trial allows 10 users: the owner and nine open invitations fill it
    Staff admin = api.registerBusiness();
    String last = null;
    for (int i = 0; i < 9; i++) {
      last =
          invite(admin, PosApi.uniqueEmail("seat" + i), "CASHIER")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
    }
    invite(admin, PosApi.uniqueEmail("tenth"), "CASHIER")
        .then()
        .statusCode(403)
        .body("type", endsWith("plan-limit-exceeded"));
    api.as(admin).post(API + last + "/revoke/").then().statusCode(200);
    invite(admin, PosApi.uniqueEmail("tenth"), "CASHIER").then().statusCode(201);
  }

  @Test
  void invitationsAreAudited() {
    Staff admin = api.registerBusiness();
    String id = invite(admin, PosApi.uniqueEmail("invitee"), "CASHIER").path("id");
    api.as(admin)
        .queryParam("entity_type", "Invitation")
        .get("accounts/api/audit-logs/")
        .then()
        .body("results.action", hasItem("invitation.created"))
        .body("results.entity_id", hasItem(id));
  }

  // --- helpers ----------------------------------------------------------------------------------

  Response invite(Staff admin, String email, String role) {
    return api.as(admin).body(Map.of("email", email, "role", role)).post(API);
  }

  Response acceptAsNew(String token, String password) {
    return api.anonymous()
        .body(
            Map.of(
                "token", token, "password", password, "first_name", "Ivy", "last_name", "Invited"))
        .post(API + "accept/");
  }

  static void age(String invitationId, String by) throws Exception {
    try (Connection db = TestDatabaseSession.connect();
        PreparedStatement ageing =
            db.prepareStatement(
                "UPDATE acc_invitation SET sent_at = sent_at - CAST(? AS interval),"
                    + " expires_at = expires_at - CAST(? AS interval) WHERE id = ?")) {
      ageing.setString(1, by);
      ageing.setString(2, by);
      ageing.setObject(3, UUID.fromString(invitationId));
      assertThat(ageing.executeUpdate()).isEqualTo(1);
    }
  }
}
