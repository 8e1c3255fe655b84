package app.pos.devkit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A client for scenario tests: sign a business up, add staff, call as any of them. */
public final class PosApi {

  public static final String PASSWORD = "Correct-Horse-42";

  private final String base;

  public PosApi(URL base) {
    this.base = base.toString();
    ApiContract.install(); // every call is checked against the served OpenAPI document
  }

  /** A signed-in member of staff. */
  public record Staff(String token, UUID userId, UUID businessId, String email, String password) {}

  public RequestSpecification anonymous() {
    return given().baseUri(base).contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  public RequestSpecification as(Staff staff) {
    return as(staff.token());
  }

  /**
   * For a test that sends bad input on purpose: the request is not checked against the OpenAPI
   * document (only the answer is). See {@link ApiContract}.
   */
  public RequestSpecification hostile(Staff staff) {
    return as(staff).filter(ApiContract.hostileRequest());
  }

  /** {@link #hostile(Staff)} without a token. */
  public RequestSpecification hostileAnonymous() {
    return anonymous().filter(ApiContract.hostileRequest());
  }

  public RequestSpecification as(String token) {
    return anonymous().header("Authorization", "Bearer " + token);
  }

  /** The statuses a job (a batch run, a trial balance) ends in. */
  public static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  /**
   * Follows a job at {@code path} (its execution or its trial balance) until it has finished, and
   * answers that last read; fails when it has not finished within three minutes.
   */
  public Response awaitFinished(Staff who, String path) {
    return await("the job at " + path + " to finish")
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> as(who).get(path),
            r -> r.statusCode() == 200 && FINISHED.contains(AnswerFields.text(r, "status")));
  }

  /**
   * Registers a new business with a unique owner e-mail; the owner is its ADMIN and has followed
   * the verification link (a paid subscription needs it).
   */
  public Staff registerBusiness() {
    return registerBusiness(uniqueEmail("owner"));
  }

  public Staff registerBusiness(String email) {
    Staff owner = registerUnverifiedBusiness(email);
    verifyEmail(email);
    return owner;
  }

  /** The subject of the verification mail. */
  public static final String VERIFY_SUBJECT = "Verify your e-mail";

  /** Follows the (first) verification link mailed to that address: one mail read. */
  public void verifyEmail(String email) {
    anonymous()
        .body(Map.of("token", Inbox.latest(email, VERIFY_SUBJECT, 1).token("/verify-email")))
        .post("accounts/api/auth/verify-email/")
        .then()
        .statusCode(204);
  }

  /**
   * Follows the first verification link mailed to the platform owner after the {@code mailed}
   * already there that this server accepts: another server's registration may have mailed one at
   * the same moment.
   */
  private void verifyOwnersNextLink(int mailed) {
    for (int nth = mailed + 1; nth <= mailed + 3; nth++) {
      String token =
          Inbox.await(PLATFORM_OWNER, VERIFY_SUBJECT, nth).get(nth - 1).token("/verify-email");
      if (anonymous()
              .body(Map.of("token", token))
              .post("accounts/api/auth/verify-email/")
              .statusCode()
          == 204) {
        return;
      }
    }
    throw new AssertionError("no verification link mailed to the platform owner was accepted");
  }

  /** As {@link #registerBusiness()}, the owner's address left unverified. */
  public Staff registerUnverifiedBusiness() {
    return registerUnverifiedBusiness(uniqueEmail("owner"));
  }

  public Staff registerUnverifiedBusiness(String email) {
    Response r =
        anonymous()
            .body(
                Map.of(
                    "business_name",
                    "Shop " + email,
                    "email",
                    email,
                    "password",
                    PASSWORD,
                    "first_name",
                    "Olive",
                    "last_name",
                    "Owner"))
            .post("accounts/api/auth/register/");
    r.then().statusCode(201);
    return new Staff(
        AnswerFields.text(r, "token"),
        UUID.fromString(AnswerFields.text(r, "user.id")),
        UUID.fromString(AnswerFields.text(r, "business.id")),
        email,
        PASSWORD);
  }

  /** The platform owner's e-mail in the tests (PLATFORM_OWNER_EMAIL in arquillian.xml). */
  public static final String PLATFORM_OWNER = "owner@platform.test";

  /**
   * The platform owner, signed in: registered by whichever test class asks first in the run (the
   * e-mail is unique on the platform), signed in by the others; one class at a time, as classes run
   * in parallel.
   */
  public Staff platformOwner() {
    synchronized (PosApi.class) {
      return signedInPlatformOwner();
    }
  }

  private Staff signedInPlatformOwner() {
    // every server of the run (ReplicaIT has its own) registers the owner on its own database,
    // and all of them mail one inbox: this registration's link is the next one
    int mailed = Inbox.of(PLATFORM_OWNER, VERIFY_SUBJECT).size();
    Response r =
        anonymous()
            .body(
                Map.of(
                    "business_name", "Platform HQ",
                    "email", PLATFORM_OWNER,
                    "password", PASSWORD,
                    "first_name", "Pat",
                    "last_name", "Owner"))
            .post("accounts/api/auth/register/");
    String token;
    if (r.statusCode() == 201) {
      token = AnswerFields.text(r, "token");
      verifyOwnersNextLink(mailed);
    } else {
      token = login(PLATFORM_OWNER, PASSWORD);
    }
    Response me = as(token).get("accounts/api/users/me/");
    return new Staff(
        token,
        UUID.fromString(AnswerFields.text(me, "id")),
        UUID.fromString(AnswerFields.text(me, "business_id")),
        PLATFORM_OWNER,
        PASSWORD);
  }

  /** Adds a member of staff with that role to the admin's business and signs them in. */
  public Staff addStaff(Staff admin, String role) {
    return addStaff(admin, role, java.util.List.of());
  }

  /** As {@link #addStaff(Staff, String)}, assigned to these storefronts. */
  public Staff addStaff(Staff admin, String role, java.util.List<String> storefrontIds) {
    String email = uniqueEmail(role.toLowerCase());
    Response r =
        as(admin)
            .body(
                Map.of(
                    "email", email,
                    "password", PASSWORD,
                    "first_name", "Sam",
                    "last_name", "Staff",
                    "role", role,
                    "storefront_ids", storefrontIds))
            .post("accounts/api/users/");
    r.then().statusCode(201);
    return new Staff(
        login(email, PASSWORD),
        UUID.fromString(AnswerFields.text(r, "id")),
        admin.businessId(),
        email,
        PASSWORD);
  }

  public String login(String email, String password) {
    Response r =
        anonymous()
            .body(Map.of("email", email, "password", password))
            .post("accounts/api/auth/login/");
    r.then().statusCode(200);
    return AnswerFields.text(r, "token");
  }

  public static String uniqueEmail(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@shop.test";
  }
}
