package app.pos.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import app.pos.devkit.FakeGateway;
import app.pos.devkit.InTheSharedBusiness;
import app.pos.devkit.Inbox;
import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.Shop;
import app.pos.devkit.TestDatabaseSession;
import app.pos.subscriptions.control.WebhookSignatures;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

/** Plans, trials, checkouts at the (fake) gateways, signed webhooks, limits and lapses. */
@SharedServer
// most tests subscribe, pay or lapse, each in a business of its own; the few that need no business
// or only an ADMIN to be refused share one signed up once, sparing each a sign-up
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscriptionsIT {

  static final String API = "subscriptions/api/";
  static final String WEBHOOK = API + "webhooks/payment/";

  @ArquillianResource URL base;
  PosApi api;
  Staff shared;
  Staff sharedCashier;
  Staff admin;

  @BeforeAll
  void sharedBusiness() {
    api = new PosApi(base);
    shared = api.registerBusiness();
    sharedCashier = api.addStaff(shared, "CASHIER");
  }

  @BeforeEach
  void business(TestInfo test) {
    admin =
        test.getTestMethod().orElseThrow().isAnnotationPresent(InTheSharedBusiness.class)
            ? shared
            : api.registerBusiness();
  }

  String planId(String code) {
    return api.anonymous()
        .get(API + "plans/")
        .then()
        .statusCode(200)
        .extract()
        .path("results.find { it.code == '" + code + "' }.id");
  }

  Response subscribe(Staff who, String plan, String gateway) {
    return api.as(who)
        .body(Map.of("plan_id", plan, "gateway", gateway))
        .post(API + "subscriptions/");
  }

  Response stripeEvent(String json, Instant signedAt, String secret) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return api.anonymous()
        .header("Stripe-Signature", WebhookSignatures.stripeHeader(body, secret, signedAt))
        .contentType("application/json; charset=utf-8")
        .body(body)
        .post(WEBHOOK);
  }

  Response stripeEvent(String json) {
    return stripeEvent(json, Instant.now(), FakeGateway.STRIPE_WEBHOOK_SECRET);
  }

  static String checkoutCompleted(
      String eventId, String sessionId, String subscriptionId, long amount) {
    return "{\"id\":\""
        + eventId
        + "\",\"type\":\"checkout.session.completed\",\"data\":{\"object\":{\"id\":\""
        + sessionId
        + "\",\"object\":\"checkout.session\",\"client_reference_id\":\""
        + subscriptionId
        + "\",\"payment_status\":\"paid\",\"amount_total\":"
        + amount
        + ",\"currency\":\"usd\",\"subscription\":\"sub_"
        + subscriptionId.substring(0, 8)
        + "\"}}}";
  }

  /** A paid Stripe subscription to a plan: checkout opened, then confirmed by a signed event. */
  String activateWithStripe(Staff who, String plan, long amount) {
    Response pending = subscribe(who, plan, "STRIPE");
    pending.then().statusCode(201);
    String id = pending.path("id");
    String session = lastStripeSession(who);
    stripeEvent(checkoutCompleted("evt_" + UUID.randomUUID(), session, id, amount))
        .then()
        .statusCode(200);
    return id;
  }

  /** The business's latest Stripe checkout session (other classes check out at the same time). */
  String lastStripeSession(Staff who) {
    // the fake answers with the session id in its body; the product stored it as the reference
    try (Connection c = TestDatabaseSession.connect();
        var q =
            c.prepareStatement(
                "SELECT checkout_reference FROM sub_subscription WHERE gateway = 'STRIPE'"
                    + " AND business_id = ? ORDER BY created_at DESC LIMIT 1")) {
      q.setObject(1, who.businessId());
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The clock probe: the daily subscription rules for that business only, {@code days} ahead. */
  static String clock(Staff who, int days) {
    return "test-support/subscriptions/lifecycle?days=" + days + "&business_id=" + who.businessId();
  }

  long count(String sql, Object parameter) throws Exception {
    try (Connection c = TestDatabaseSession.connect();
        var q = c.prepareStatement(sql)) {
      if (parameter != null) {
        q.setObject(1, parameter);
      }
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  @InTheSharedBusiness
  void anyoneReadsThePlans() {
    api.anonymous()
        .get(API + "plans/")
        .then()
        .statusCode(200)
        .body("count", greaterThanOrEqualTo(4))
        .body("results.find { it.code == 'trial' }.is_default", equalTo(true))
        .body("results.find { it.code == 'starter' }.price", equalTo("29.00"))
        .body("results.find { it.code == 'starter' }.limits.storefronts", equalTo(2))
        .body("results.find { it.code == 'enterprise' }.limits.users", nullValue());
  }

  @Test
  void aNewBusinessIsOnATrial() {
    api.as(admin)
        .get(API + "subscriptions/current/")
        .then()
        .statusCode(200)
        .body("status", equalTo("TRIAL"))
        .body("plan_code", equalTo("trial"))
        .body("current_period_end", notNullValue());
    api.as(admin)
        .get(API + "usage/")
        .then()
        .statusCode(200)
        .body("plan", equalTo("trial"))
        .body("metrics.find { it.metric == 'users' }.used", equalTo(1))
        .body("metrics.find { it.metric == 'users' }.limit", equalTo(10));
  }

  @Test
  @InTheSharedBusiness
  void aCashierDoesNotReadTheSubscription() {
    api.as(sharedCashier).get(API + "subscriptions/current/").then().statusCode(403);
  }

  Map<String, Object> newPlan() {
    Map<String, Object> plan = new HashMap<>();
    plan.put("code", "gone-" + UUID.randomUUID().toString().substring(0, 6));
    plan.put("name", "Short-lived");
    plan.put("price", "3.00");
    plan.put("currency", "USD");
    plan.put("interval", "MONTHLY");
    return plan;
  }

  @Test
  @InTheSharedBusiness
  void aPlanNoSubscriptionReferredToIsDeletedByThePlatformOwner() {
    Staff owner = api.platformOwner();
    String plan =
        api.as(owner)
            .body(newPlan())
            .post(API + "plans/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    api.as(admin).delete(API + "plans/" + plan + "/").then().statusCode(403);
    api.as(owner).delete(API + "plans/" + plan + "/").then().statusCode(204);
    api.as(owner).get(API + "plans/" + plan + "/").then().statusCode(404);
  }

  @Test
  void aPlanASubscriptionReferredToIsNotDeletedButCanBeRetired() {
    Staff owner = api.platformOwner();
    String plan =
        api.as(owner)
            .body(newPlan())
            .post(API + "plans/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    subscribe(admin, plan, "STRIPE").then().statusCode(201);
    api.as(owner)
        .delete(API + "plans/" + plan + "/")
        .then()
        .statusCode(409)
        .body("type", endsWith("in-use"));
    api.as(owner)
        .body(Map.of("is_active", false))
        .patch(API + "plans/" + plan + "/")
        .then()
        .statusCode(200)
        .body("is_active", equalTo(false));
  }

  @Test
  @InTheSharedBusiness
  void onlyThePlatformOwnerWritesPlans() {
    Map<String, Object> plan = new HashMap<>();
    plan.put("code", "tiny-" + UUID.randomUUID().toString().substring(0, 6));
    plan.put("name", "Tiny");
    plan.put("price", "5.00");
    plan.put("currency", "USD");
    plan.put("interval", "MONTHLY");
    plan.put("max_products", 1);
    api.as(admin).body(plan).post(API + "plans/").then().statusCode(403);
    Staff owner = api.platformOwner();
    api.as(owner)
        .body(plan)
        .post(API + "plans/")
        .then()
        .statusCode(201)
        .body("limits.products", equalTo(1))
        .body("limits.users", nullValue());
    api.as(owner).body(plan).post(API + "plans/").then().statusCode(400);
  }

  @Test
  void onlyThePlatformOwnerGivesABusinessAComplimentaryPeriod() {
    Staff owner = api.platformOwner();
    Map<String, Object> gift =
        Map.of("business_id", admin.businessId().toString(), "plan_id", planId("enterprise"));
    api.as(admin).body(gift).post(API + "platform/complimentary/").then().statusCode(403);
    api.as(owner)
        .body(Map.of("business_id", UUID.randomUUID().toString(), "plan_id", planId("enterprise")))
        .post(API + "platform/complimentary/")
        .then()
        .statusCode(400);
    api.as(owner).body(gift).post(API + "platform/complimentary/").then().statusCode(201);
    api.as(admin)
        .get(API + "subscriptions/current/")
        .then()
        .body("status", equalTo("ACTIVE"))
        .body("plan_code", equalTo("enterprise"));
    api.as(admin).get(API + "invoices/").then().body("results[0].total", equalTo("0.00"));
    api.as(owner).get(API + "subscriptions/current/").then().body("plan_code", equalTo("trial"));
  }

  /** The Stripe keys the fake gateway answers to. */
  static final Map<String, Object> STRIPE_KEYS =
      Map.of(
          "public_key", "pk_test_fake",
          "secret_key", FakeGateway.STRIPE_SECRET,
          "webhook_secret", FakeGateway.STRIPE_WEBHOOK_SECRET);

  @Test
  @InTheSharedBusiness
  void onlyThePlatformOwnerSetsTheGatewayKeys() {
    api.as(admin).body(STRIPE_KEYS).put(API + "gateway-configs/stripe/").then().statusCode(403);
    api.as(api.platformOwner())
        .body(STRIPE_KEYS)
        .put(API + "gateway-configs/stripe/")
        .then()
        .statusCode(200)
        .body("source", equalTo("database"))
        .body("secret_key_set", equalTo(true))
        .body("webhook_secret_set", equalTo(true));
  }

  @Test
  void aGatewaySecretIsSealedNeverReturned() throws Exception {
    Staff owner = api.platformOwner();
    // a business's ADMIN reads which gateways are set up (the API's roles), never a secret
    api.as(admin)
        .get(API + "gateway-configs/")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("sk_")));
    String saved =
        api.as(owner)
            .body(STRIPE_KEYS)
            .put(API + "gateway-configs/stripe/")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String listed =
        api.as(owner).get(API + "gateway-configs/").then().statusCode(200).extract().asString();
    for (String answer : List.of(saved, listed)) {
      assertThat(answer)
          .doesNotContain(FakeGateway.STRIPE_SECRET)
          .doesNotContain(FakeGateway.STRIPE_WEBHOOK_SECRET);
    }
    assertThat(
            count(
                "SELECT count(*) FROM sub_gateway_config WHERE secret_key_sealed LIKE '%sk_test%'"
                    + " OR webhook_secret_sealed LIKE '%whsec%'",
                null))
        .isZero();
    // the sealed keys are the ones now used: a checkout still reaches the gateway with them
    subscribe(admin, planId("starter"), "STRIPE").then().statusCode(201);
    String audit =
        api.as(owner).get("accounts/api/audit-logs/?action=gateway_config.saved").asString();
    assertThat(audit).doesNotContain(FakeGateway.STRIPE_SECRET);
  }

  @Test
  void aStripeCheckoutIsActivatedOnceBySignedEventsHoweverOftenTheyCome() throws Exception {
    Response pending = subscribe(admin, planId("starter"), "STRIPE");
    pending
        .then()
        .statusCode(201)
        .body("status", equalTo("PENDING"))
        .body("checkout_url", startsWith("https://checkout.stripe.test/"));
    String id = pending.path("id");
    FakeGateway.Request sent =
        TestDatabaseSession.gateway().requests().stream()
            .filter(r -> id.equals(r.form().get("client_reference_id")))
            .findFirst()
            .orElseThrow();
    assertThat(sent.authorization()).isEqualTo("Bearer " + FakeGateway.STRIPE_SECRET);
    assertThat(sent.form())
        .containsEntry("mode", "subscription")
        .containsEntry("metadata[subscription_id]", id)
        .containsEntry("metadata[business_id]", admin.businessId().toString())
        .containsEntry("line_items[0][price_data][unit_amount]", "2900")
        .containsEntry("line_items[0][price_data][recurring][interval]", "month");

    String event =
        checkoutCompleted("evt_" + UUID.randomUUID(), lastStripeSession(admin), id, 2900);
    for (int i = 0; i < 5; i++) {
      stripeEvent(event).then().statusCode(200).body("replay", equalTo(i > 0));
    }
    api.as(admin)
        .get(API + "subscriptions/current/")
        .then()
        .body("id", equalTo(id))
        .body("status", equalTo("ACTIVE"))
        .body("plan_code", equalTo("starter"));
    api.as(admin)
        .get(API + "invoices/")
        .then()
        .statusCode(200)
        .body("count", equalTo(1))
        .body("results[0].status", equalTo("PAID"))
        .body("results[0].total", equalTo("29.00"))
        .body("results[0].invoice_number", startsWith("INV-"));
    assertThat(count("SELECT count(*) FROM sub_payment WHERE business_id = ?", admin.businessId()))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM sub_subscription WHERE business_id = ? AND status = 'CANCELLED'",
                admin.businessId()))
        .as("the trial gave way")
        .isEqualTo(1);
    String invoice = api.as(admin).get(API + "invoices/").path("results[0].id");
    byte[] pdf =
        api.as(admin)
            .accept("application/pdf")
            .get(API + "invoices/" + invoice + "/")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

    // the first invoice of a Stripe subscription is the checkout's: it adds no period
    String firstInvoice =
        "{\"id\":\"evt_"
            + UUID.randomUUID()
            + "\",\"type\":\"invoice.paid\",\"data\":{\"object\":{\"id\":\"in_1\",\"subscription\":\"sub_"
            + id.substring(0, 8)
            + "\",\"billing_reason\":\"subscription_create\",\"amount_paid\":2900,\"currency\":\"usd\"}}}";
    stripeEvent(firstInvoice).then().statusCode(200);
    String renewal =
        "{\"id\":\"evt_"
            + UUID.randomUUID()
            + "\",\"type\":\"invoice.paid\",\"data\":{\"object\":{\"id\":\"in_2\",\"subscription\":\"sub_"
            + id.substring(0, 8)
            + "\",\"billing_reason\":\"subscription_cycle\",\"amount_paid\":2900,\"currency\":\"usd\"}}}";
    stripeEvent(renewal).then().statusCode(200).body("outcome", equalTo("subscription renewed"));
    api.as(admin).get(API + "invoices/").then().body("count", equalTo(2));
  }

  @Test
  @InTheSharedBusiness
  void aWrongStaleOrMissingSignatureIsRefusedWithNothingStored() throws Exception {
    String eventId = "evt_" + UUID.randomUUID();
    String event = checkoutCompleted(eventId, "cs_x", UUID.randomUUID().toString(), 100);
    stripeEvent(event, Instant.now(), "whsec_someone_else").then().statusCode(400);
    stripeEvent(event, Instant.now().minusSeconds(400), FakeGateway.STRIPE_WEBHOOK_SECRET)
        .then()
        .statusCode(400)
        .body("type", endsWith("validation-error"));
    api.anonymous().contentType(ContentType.JSON).body(event).post(WEBHOOK).then().statusCode(400);
    api.anonymous()
        .contentType(ContentType.JSON)
        .header("x-paystack-signature", "00")
        .body(event)
        .post(API + "webhooks/paystack/")
        .then()
        .statusCode(400);
    assertThat(count(EVENTS_WITH_ID, eventId)).isZero();
  }

  @Test
  @InTheSharedBusiness
  void aVerifiedEventOfAKindThePlatformDoesNotActOnIsStillStored() throws Exception {
    String eventId = "evt_" + UUID.randomUUID();
    stripeEvent(
            "{\"id\":\"" + eventId + "\",\"type\":\"customer.created\",\"data\":{\"object\":{}}}")
        .then()
        .statusCode(200)
        .body("outcome", startsWith("ignored"));
    assertThat(count(EVENTS_WITH_ID, eventId)).isEqualTo(1);
  }

  /**
   * Stored events that carry this (unique) id anywhere in their payload: other classes receive
   * webhooks at the same time, so the table as a whole is not compared.
   */
  static final String EVENTS_WITH_ID =
      "SELECT count(*) FROM sub_webhook_event WHERE strpos(payload, ?) > 0";

  @Test
  void aPaystackChargeConfirmedByItsVerifyCallIsAppliedOnce() throws Exception {
    Response pending = subscribe(admin, planId("business"), "PAYSTACK");
    pending
        .then()
        .statusCode(201)
        .body("status", equalTo("PENDING"))
        .body("checkout_url", startsWith("https://checkout.paystack.test/"));
    String reference = "sub_" + pending.<String>path("id").replace("-", "");
    String event =
        "{\"event\":\"charge.success\",\"data\":{\"id\":991,\"status\":\"success\",\"reference\":\""
            + reference
            + "\",\"amount\":7900,\"currency\":\"USD\"}}";
    byte[] body = event.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 3; i++) {
      api.anonymous()
          .header(
              "x-paystack-signature",
              WebhookSignatures.paystackHeader(body, FakeGateway.PAYSTACK_SECRET))
          .contentType(ContentType.JSON)
          .body(body)
          .post(WEBHOOK)
          .then()
          .statusCode(200);
    }
    api.as(admin)
        .get(API + "subscriptions/current/")
        .then()
        .body("status", equalTo("ACTIVE"))
        .body("plan_code", equalTo("business"));
    api.as(admin)
        .get(API + "invoices/")
        .then()
        .body("count", equalTo(1))
        .body("results[0].total", equalTo("79.00"));
    assertThat(count("SELECT count(*) FROM sub_payment WHERE business_id = ?", admin.businessId()))
        .isEqualTo(1);
  }

  @Test
  void aPaystackChargeItsVerifyCallDoesNotConfirmChangesNothing() {
    String reference =
        "sub_"
            + subscribe(admin, planId("business"), "PAYSTACK").<String>path("id").replace("-", "");
    TestDatabaseSession.gateway().paystackWillReport(reference, "failed");
    byte[] forged =
        ("{\"event\":\"charge.success\",\"data\":{\"id\":992,\"reference\":\"" + reference + "\"}}")
            .getBytes(StandardCharsets.UTF_8);
    api.anonymous()
        .header(
            "x-paystack-signature",
            WebhookSignatures.paystackHeader(forged, FakeGateway.PAYSTACK_SECRET))
        .contentType(ContentType.JSON)
        .body(forged)
        .post(API + "webhooks/paystack/")
        .then()
        .statusCode(200)
        .body("outcome", startsWith("not confirmed"));
    api.as(admin).get(API + "subscriptions/current/").then().body("status", equalTo("TRIAL"));
  }

  @Test
  void aFailedPaymentThenTheEndOfGraceMakeTheBusinessReadOnlyUntilItPays() throws Exception {
    String id = activateWithStripe(admin, planId("starter"), 2900);
    String failed =
        "{\"id\":\"evt_"
            + UUID.randomUUID()
            + "\",\"type\":\"invoice.payment_failed\",\"data\":{\"object\":{\"id\":\"in_f\",\"subscription\":\"sub_"
            + id.substring(0, 8)
            + "\"}}}";
    stripeEvent(failed).then().statusCode(200);
    api.as(admin).get(API + "subscriptions/current/").then().body("status", equalTo("PAST_DUE"));
    Inbox.await(admin.email(), "did not go through", 1);
    // past due is a grace period: the business still works
    api.as(admin)
        .body(Map.of("name", "Depot"))
        .post("inventory/api/warehouses/")
        .then()
        .statusCode(201);

    api.anonymous().post(clock(admin, 40)).then().statusCode(200);
    api.as(admin).get(API + "subscriptions/").then().body("results[0].status", equalTo("EXPIRED"));
    api.as(admin)
        .body(Map.of("name", "Second depot"))
        .post("inventory/api/warehouses/")
        .then()
        .statusCode(403)
        .body("type", endsWith("subscription-inactive"));
    api.as(admin).get("inventory/api/warehouses/").then().statusCode(200);
    Inbox.await(admin.email(), "expired", 1);
    // paying again is still possible, and brings the business back
    activateWithStripe(admin, planId("starter"), 2900);
    api.as(admin)
        .body(Map.of("name", "Spices"))
        .post("inventory/api/categories/")
        .then()
        .statusCode(201);
  }

  @Test
  void aSubscriptionItsAdminCancelsLastsItsPeriod() {
    String id = activateWithStripe(admin, planId("starter"), 2900);
    api.as(admin)
        .post(API + "subscriptions/" + id + "/cancel/")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"))
        .body("cancel_at_period_end", equalTo(true));
    api.as(api.addStaff(admin, "MANAGER"))
        .post(API + "subscriptions/" + id + "/cancel/")
        .then()
        .statusCode(403);
  }

  @Test
  void aSubscriptionDeletedAtStripeEndsAtOnce() {
    String id = activateWithStripe(admin, planId("starter"), 2900);
    String deleted =
        "{\"id\":\"evt_"
            + UUID.randomUUID()
            + "\",\"type\":\"customer.subscription.deleted\",\"data\":{\"object\":{\"id\":\"sub_"
            + id.substring(0, 8)
            + "\",\"object\":\"subscription\"}}}";
    stripeEvent(deleted)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("subscription cancelled at the gateway"));
    api.as(admin)
        .get(API + "subscriptions/" + id + "/")
        .then()
        .body("status", equalTo("CANCELLED"));
    api.as(admin)
        .body(Map.of("name", "After the end"))
        .post("inventory/api/categories/")
        .then()
        .statusCode(403)
        .body("type", endsWith("subscription-inactive"));
  }

  @Test
  void ownersAreToldOnceBeforeAPaidPeriodEnds() throws Exception {
    activateWithStripe(admin, planId("starter"), 2900);
    // a month from now, minus three days: inside the seven-day notice window
    int days =
        (int)
                java.time.Duration.between(
                        Instant.now(),
                        Instant.now().atZone(java.time.ZoneOffset.UTC).plusMonths(1).toInstant())
                    .toDays()
            - 3;
    api.anonymous().post(clock(admin, days)).then().statusCode(200);
    api.anonymous().post(clock(admin, days)).then().statusCode(200);
    Inbox.await(admin.email(), "renews on", 1);
    long notices = Inbox.of(admin.email(), "renews on").size();
    assertThat(notices).isEqualTo(1);
  }

  @Test
  void eachLimitRefusesTheNextCreateWith403() throws Exception {
    // the trial allows 2 warehouses and 3 storefronts
    for (int i = 0; i < 2; i++) {
      api.as(admin)
          .body(Map.of("name", "W" + i))
          .post("inventory/api/warehouses/")
          .then()
          .statusCode(201);
    }
    api.as(admin)
        .body(Map.of("name", "W2"))
        .post("inventory/api/warehouses/")
        .then()
        .statusCode(403)
        .body("type", endsWith("plan-limit-exceeded"))
        .body("detail", org.hamcrest.Matchers.containsString("2 warehouses"));
    for (int i = 0; i < 3; i++) {
      api.as(admin)
          .body(Map.of("name", "S" + i))
          .post("inventory/api/storefronts/")
          .then()
          .statusCode(201);
    }
    api.as(admin)
        .body(Map.of("name", "S3"))
        .post("inventory/api/storefronts/")
        .then()
        .statusCode(403);
    for (int i = 0; i < 9; i++) {
      api.addStaff(admin, "CASHIER");
    }
    api.as(admin)
        .body(
            Map.of(
                "email", PosApi.uniqueEmail("eleventh"),
                "password", PosApi.PASSWORD,
                "first_name", "E",
                "last_name", "L",
                "role", "CASHIER"))
        .post("accounts/api/users/")
        .then()
        .statusCode(403)
        .body("type", endsWith("plan-limit-exceeded"));
    api.as(admin)
        .get(API + "usage/")
        .then()
        .body("metrics.find { it.metric == 'warehouses' }.remaining", equalTo(0))
        .body("metrics.find { it.metric == 'users' }.used", equalTo(10));

    // a plan with one product and one sale a month
    Staff owner = api.platformOwner();
    Map<String, Object> small = new HashMap<>();
    String code = "one-" + UUID.randomUUID().toString().substring(0, 6);
    small.put("code", code);
    small.put("name", "One of each");
    small.put("price", "1.00");
    small.put("currency", "USD");
    small.put("interval", "MONTHLY");
    small.put("max_products", 1);
    small.put("max_monthly_sales", 1);
    String plan =
        api.as(owner).body(small).post(API + "plans/").then().statusCode(201).extract().path("id");
    Staff shop = api.registerBusiness();
    activateWithStripe(shop, plan, 100);
    String product =
        api.as(shop)
            .body(Map.of("sku", "ONLY", "name", "The only product"))
            .post("inventory/api/products/")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    api.as(shop)
        .body(Map.of("sku", "SECOND", "name", "One too many"))
        .post("inventory/api/products/")
        .then()
        .statusCode(403)
        .body("type", endsWith("plan-limit-exceeded"));
    String warehouse =
        api.as(shop).body(Map.of("name", "W")).post("inventory/api/warehouses/").path("id");
    String storefront =
        api.as(shop)
            .body(Map.of("name", "S", "warehouse_id", warehouse))
            .post("inventory/api/storefronts/")
            .path("id");
    api.as(shop)
        .body(Shop.receipt(warehouse, product, "5", "1.00", "2.00", "1.50"))
        .post("inventory/api/batches/")
        .then()
        .statusCode(201);
    String transfer =
        api.as(shop)
            .body(
                Map.of(
                    "from_warehouse_id", warehouse,
                    "to_storefront_id", storefront,
                    "items", List.of(Map.of("product_id", product, "quantity", "5"))))
            .post("inventory/api/transfers/")
            .path("id");
    api.as(shop).post("inventory/api/transfers/" + transfer + "/complete/").then().statusCode(200);
    Map<String, Object> sale =
        Map.of(
            "storefront_id", storefront,
            "items", List.of(Map.of("product_id", product, "quantity", "1")),
            "payments", List.of(Map.of("method", "CASH", "amount", "2")));
    api.as(shop).body(sale).post("sales/api/sales/").then().statusCode(201);
    api.as(shop)
        .body(sale)
        .post("sales/api/sales/")
        .then()
        .statusCode(403)
        .body("type", endsWith("plan-limit-exceeded"));
  }
}
