package app.pos.accounts;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import app.pos.devkit.Inbox;
import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import io.restassured.response.Response;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An invitation's link alone signs nobody in to an account that exists: the accept proves it is
 * that person, and an account whose address nobody confirmed is claimed by the accept.
 */
@SharedServer
class InvitationProofIT {

  static final String API = "accounts/api/invitations/";
  static final String CLAIMED = "Juniper-Harbour-Copper-71";

  @ArquillianResource URL base;
  PosApi api;

  @BeforeEach
  void client() {
    api = new PosApi(base);
  }

  @Test
  void aLinkForAnExistingAccountWithoutProofAnswers400() {
    Staff a = api.registerBusiness();
    Staff b = api.registerBusiness();
    String invitation = invite(b, a.email());
    accept(Map.of("token", linkFor(a.email())))
        .then()
        .statusCode(400)
        .body("errors.password", notNullValue());
    stillPending(b, invitation);
  }

  @Test
  void aWrongPasswordForAnExistingAccountAnswers401() {
    Staff a = api.registerBusiness();
    Staff b = api.registerBusiness();
    String invitation = invite(b, a.email());
    accept(Map.of("token", linkFor(a.email()), "password", "Wrong-Guess-Entirely-55"))
        .then()
        .statusCode(401);
    stillPending(b, invitation);
  }

  @Test
  void theAccountsPasswordProvesThePerson() {
    Staff a = api.registerBusiness();
    Staff b = api.registerBusiness();
    invite(b, a.email());
    accept(Map.of("token", linkFor(a.email()), "password", a.password()))
        .then()
        .statusCode(200)
        .body("business.id", equalTo(b.businessId().toString()));
  }

  @Test
  void aTokenOfThatPersonProvesThePerson() {
    Staff a = api.registerBusiness();
    Staff b = api.registerBusiness();
    invite(b, a.email());
    api.as(a)
        .body(Map.of("token", linkFor(a.email())))
        .post(API + "accept/")
        .then()
        .statusCode(200)
        .body("business.id", equalTo(b.businessId().toString()));
  }

  @Test
  void aTokenOfAnotherPersonDoesNotProveThePerson() {
    Staff a = api.registerBusiness();
    Staff b = api.registerBusiness();
    String invitation = invite(b, a.email());
    api.as(b)
        .body(Map.of("token", linkFor(a.email())))
        .post(API + "accept/")
        .then()
        .statusCode(400)
        .body("errors.password", notNullValue());
    stillPending(b, invitation);
  }

  @Test
  void anUnconfirmedAccountNeedsANewPasswordToAccept() {
    Staff mallory = api.registerBusiness();
    Staff corp = api.registerBusiness();
    String ceo = api.addStaff(mallory, "CASHIER").email();
    String invitation = invite(corp, ceo);
    accept(Map.of("token", linkFor(ceo), "password", PosApi.PASSWORD))
        .then()
        .statusCode(400)
        .body("errors.new_password", notNullValue());
    stillPending(corp, invitation);
  }

  /** Mallory made ceo@ with her password; the invitation's accept takes the account from her. */
  @Test
  void claimingAnUnconfirmedAccountShutsOutWhoChoseItsPassword() {
    Staff mallory = api.registerBusiness();
    Staff corp = api.registerBusiness();
    Staff ceo = api.addStaff(mallory, "CASHIER");
    invite(corp, ceo.email());
    accept(
            Map.of(
                "token", linkFor(ceo.email()), "password", ceo.password(), "new_password", CLAIMED))
        .then()
        .statusCode(200)
        .body("business.id", equalTo(corp.businessId().toString()));
    api.anonymous()
        .body(Map.of("email", ceo.email(), "password", ceo.password()))
        .post("accounts/api/auth/login/")
        .then()
        .statusCode(401);
    api.as(ceo)
        .body(Map.of("business_id", corp.businessId().toString()))
        .post("accounts/api/auth/switch-business/")
        .then()
        .statusCode(401);
    api.login(ceo.email(), CLAIMED);
  }

  String invite(Staff admin, String email) {
    Response r = api.as(admin).body(Map.of("email", email, "role", "CASHIER")).post(API);
    r.then().statusCode(201);
    return r.path("id");
  }

  static String linkFor(String email) {
    return Inbox.latest(email, InvitationsIT.INVITED, 1).token("/accept-invitation");
  }

  Response accept(Map<String, String> body) {
    return api.anonymous().body(body).post(API + "accept/");
  }

  void stillPending(Staff admin, String invitation) {
    api.as(admin).get(API + invitation + "/").then().body("status", equalTo("PENDING"));
  }
}
