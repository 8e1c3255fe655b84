package app.pos.subscriptions.boundary;

import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.JsonCodec;
import app.pos.subscriptions.control.Billing;
import app.pos.subscriptions.control.GatewayKeys;
import app.pos.subscriptions.control.PaystackGateway;
import app.pos.subscriptions.control.StripeGateway;
import app.pos.subscriptions.control.WebhookSignatures;
import app.pos.subscriptions.entity.Plan;
import app.pos.subscriptions.entity.Subscription;
import app.pos.subscriptions.entity.SubscriptionStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Gateway events. The signature is checked over the raw bytes before anything is parsed; a bad or
 * missing one is a 400 and nothing is written. A verified event is stored once (unique per gateway
 * and event id) and its effect applied in the same transaction, so a replay changes nothing.
 * Unknown event types are stored and acknowledged.
 */
@Stateless
@CrossTenant("gateway events arrive without a caller; each names the subscription it is about")
public class PaymentWebhooks {

  private static final Logger LOG = Logger.getLogger(PaymentWebhooks.class.getName());

  @PersistenceContext EntityManager em;
  @Inject GatewaySettings gateways;
  @Inject Billing billing;
  @Inject PaystackGateway paystack;

  /** What happened to an event: processed (with its outcome) or a replay of one already stored. */
  public record Receipt(
      String gateway, String eventId, String eventType, boolean replay, String outcome) {}

  public Receipt stripe(byte[] body, String signature) {
    GatewayKeys keys = gateways.keys(StripeGateway.NAME);
    if (!WebhookSignatures.stripeValid(signature, body, keys.webhookSecret(), Instant.now())) {
      throw new InvalidInputException("Stripe-Signature", "missing, stale or invalid signature");
    }
    JsonObject event = parse(body);
    String id = text(event, "id");
    String type = text(event, "type");
    if (!store(StripeGateway.NAME, id, type, body)) {
      return new Receipt(StripeGateway.NAME, id, type, true, "already processed");
    }
    JsonObject object =
        event.getJsonObject("data") == null
            ? JsonValue.EMPTY_JSON_OBJECT
            : event.getJsonObject("data").getJsonObject("object");
    if (object == null) {
      object = JsonValue.EMPTY_JSON_OBJECT;
    }
    Outcome outcome =
        switch (type) {
          case "checkout.session.completed" -> checkoutCompleted(object);
          case "invoice.paid" -> invoicePaid(object);
          case "invoice.payment_failed" -> paymentFailed(object);
          case "customer.subscription.deleted" -> subscriptionDeleted(object);
          default -> new Outcome(null, "ignored: not an event this platform acts on");
        };
    return finish(StripeGateway.NAME, id, type, outcome);
  }

  public Receipt paystack(byte[] body, String signature) {
    GatewayKeys keys = gateways.keys(PaystackGateway.NAME);
    if (!WebhookSignatures.paystackValid(signature, body, keys.secretKey())) {
      throw new InvalidInputException("x-paystack-signature", "missing or invalid signature");
    }
    JsonObject event = parse(body);
    String type = text(event, "event");
    JsonObject data = event.get("data") instanceof JsonObject d ? d : JsonValue.EMPTY_JSON_OBJECT;
    // Paystack events carry no id of their own: the transaction and the event name make one
    String id =
        type + ":" + (data.containsKey("id") ? data.get("id").toString() : text(data, "reference"));
    if (!store(PaystackGateway.NAME, id, type, body)) {
      return new Receipt(PaystackGateway.NAME, id, type, true, "already processed");
    }
    Outcome outcome =
        "charge.success".equals(type)
            ? chargeSucceeded(data, keys)
            : new Outcome(null, "ignored: not an event this platform acts on");
    return finish(PaystackGateway.NAME, id, type, outcome);
  }

  private record Outcome(UUID business, String text) {}

  /**
   * A completed Checkout Session activates the subscription that opened it (the session id recorded
   * at subscribe time), for the plan's amount in the plan's currency. Anything else is stored as
   * unmatched and changes nothing: a session no subscription opened, a {@code client_reference_id}
   * naming another subscription, another amount or currency.
   */
  private Outcome checkoutCompleted(JsonObject session) {
    Optional<Subscription> found = byCheckout(StripeGateway.NAME, session.getString("id", ""));
    if (found.isEmpty()) {
      return new Outcome(null, UNMATCHED + "no subscription opened this checkout");
    }
    Subscription subscription = found.get();
    String reference = session.getString("client_reference_id", null);
    if (reference != null && !reference.equals(subscription.getId().toString())) {
      return new Outcome(
          subscription.getBusinessId(),
          UNMATCHED + "client_reference_id names another subscription than the checkout's");
    }
    if (!"paid".equals(session.getString("payment_status", "paid"))) {
      return new Outcome(subscription.getBusinessId(), "checkout completed, payment not yet made");
    }
    Plan plan = em.find(Plan.class, subscription.getPlanId());
    Optional<String> mismatch = mismatch(session, "amount_total", plan);
    if (mismatch.isPresent()) {
      return new Outcome(subscription.getBusinessId(), UNMATCHED + mismatch.get());
    }
    boolean applied =
        billing.paid(
            subscription,
            plan,
            new Billing.Paid(
                StripeGateway.NAME, session.getString("id"), plan.getPrice(), plan.getCurrency()),
            session.getString("subscription", null));
    return new Outcome(
        subscription.getBusinessId(),
        applied ? "subscription activated" : "payment already applied");
  }

  /** The outcome of an event that matches nothing asked for; it is stored and changes nothing. */
  static final String UNMATCHED = "unmatched: ";

  /** Why an event's amount and currency are not the plan's, if they are not. */
  private static Optional<String> mismatch(JsonObject object, String amountField, Plan plan) {
    BigDecimal paid =
        object.get(amountField) instanceof jakarta.json.JsonNumber n
            ? n.bigDecimalValue().movePointLeft(2)
            : null;
    String currency = object.getString("currency", "");
    if (paid == null
        || paid.compareTo(plan.getPrice()) != 0
        || !currency.equalsIgnoreCase(plan.getCurrency())) {
      return Optional.of(
          (paid == null ? "no amount" : "paid " + paid.setScale(2) + " " + currency.toUpperCase())
              + "; the plan costs "
              + plan.getPrice().setScale(2)
              + " "
              + plan.getCurrency()
              + ": nothing applied");
    }
    return Optional.empty();
  }

  private Outcome invoicePaid(JsonObject invoice) {
    Optional<Subscription> found = byGatewaySubscription(invoice.getString("subscription", null));
    if (found.isEmpty()) {
      return new Outcome(null, "no subscription for this invoice");
    }
    Subscription subscription = found.get();
    // the first period is paid through the checkout session; its invoice adds nothing
    if ("subscription_create".equals(invoice.getString("billing_reason", ""))
        && !SubscriptionStatus.PENDING.equals(subscription.getStatus())) {
      return new Outcome(subscription.getBusinessId(), "first period already paid at checkout");
    }
    Plan plan = em.find(Plan.class, subscription.getPlanId());
    Optional<String> mismatch = mismatch(invoice, "amount_paid", plan);
    if (mismatch.isPresent()) {
      return new Outcome(subscription.getBusinessId(), UNMATCHED + mismatch.get());
    }
    boolean applied =
        billing.paid(
            subscription,
            plan,
            new Billing.Paid(
                StripeGateway.NAME,
                invoice.getString("id", ""),
                plan.getPrice(),
                plan.getCurrency()),
            null);
    return new Outcome(
        subscription.getBusinessId(), applied ? "subscription renewed" : "payment already applied");
  }

  private Outcome paymentFailed(JsonObject invoice) {
    Optional<Subscription> found = byGatewaySubscription(invoice.getString("subscription", null));
    if (found.isEmpty()) {
      return new Outcome(null, "no subscription for this invoice");
    }
    billing.paymentFailed(found.get());
    return new Outcome(found.get().getBusinessId(), "subscription past due");
  }

  private Outcome subscriptionDeleted(JsonObject stripeSubscription) {
    Optional<Subscription> found = byGatewaySubscription(stripeSubscription.getString("id", null));
    if (found.isEmpty()) {
      return new Outcome(null, "no subscription with this gateway id");
    }
    found.get().end();
    return new Outcome(found.get().getBusinessId(), "subscription cancelled at the gateway");
  }

  private Outcome chargeSucceeded(JsonObject data, GatewayKeys keys) {
    String reference = data.getString("reference", "");
    Optional<Subscription> found = byCheckout(PaystackGateway.NAME, reference);
    if (found.isEmpty()) {
      return new Outcome(null, "no subscription for this reference");
    }
    Subscription subscription = found.get();
    Plan plan = em.find(Plan.class, subscription.getPlanId());
    // an event is a claim; the verify call is Paystack's word on the money
    PaystackGateway.Verified verified = paystack.verify(reference, keys);
    BigDecimal expected = plan.getPrice();
    BigDecimal paid = BigDecimal.valueOf(verified.amountInMinorUnits()).movePointLeft(2);
    if (!verified.succeeded()) {
      return new Outcome(
          subscription.getBusinessId(), "not confirmed by Paystack: nothing applied");
    }
    if (paid.compareTo(expected) != 0
        || (verified.currency() != null
            && !verified.currency().equalsIgnoreCase(plan.getCurrency()))) {
      return new Outcome(
          subscription.getBusinessId(),
          UNMATCHED
              + "Paystack confirms "
              + paid.setScale(2)
              + " "
              + verified.currency()
              + "; the plan costs "
              + expected.setScale(2)
              + " "
              + plan.getCurrency()
              + ": nothing applied");
    }
    boolean applied =
        billing.paid(
            subscription,
            plan,
            new Billing.Paid(
                PaystackGateway.NAME,
                verified.id(),
                paid,
                verified.currency() == null ? plan.getCurrency() : verified.currency()),
            null);
    return new Outcome(
        subscription.getBusinessId(),
        applied ? "subscription activated" : "payment already applied");
  }

  /** Stores the event; false when it was stored before (the unique key decides, not a lookup). */
  private boolean store(String gateway, String id, String type, byte[] body) {
    return em.createNativeQuery(
                "INSERT INTO sub_webhook_event (id, gateway, event_id, event_type, payload, outcome,"
                    + " received_at) VALUES (?1, ?2, ?3, ?4, ?5, 'received', now())"
                    + " ON CONFLICT (gateway, event_id) DO NOTHING")
            .setParameter(1, UUID.randomUUID())
            .setParameter(2, gateway)
            .setParameter(3, id)
            .setParameter(4, type)
            .setParameter(5, new String(body, StandardCharsets.UTF_8))
            .executeUpdate()
        == 1;
  }

  private Receipt finish(String gateway, String id, String type, Outcome outcome) {
    em.createNativeQuery(
            "UPDATE sub_webhook_event SET outcome = ?1, business_id = ?2 WHERE gateway = ?3"
                + " AND event_id = ?4")
        .setParameter(1, outcome.text())
        .setParameter(2, outcome.business())
        .setParameter(3, gateway)
        .setParameter(4, id)
        .executeUpdate();
    LOG.info(() -> gateway + " event " + id + " (" + type + "): " + outcome.text());
    return new Receipt(gateway, id, type, false, outcome.text());
  }

  private Optional<Subscription> byCheckout(String gateway, String reference) {
    return first(
        em.createQuery(
                "SELECT s FROM Subscription s WHERE s.gateway = :g AND s.checkoutReference = :r",
                Subscription.class)
            .setParameter("g", gateway)
            .setParameter("r", reference)
            .getResultList());
  }

  private Optional<Subscription> byId(String id) {
    try {
      return id == null
          ? Optional.empty()
          : Optional.ofNullable(em.find(Subscription.class, UUID.fromString(id)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Optional<Subscription> byGatewaySubscription(String gatewaySubscriptionId) {
    if (gatewaySubscriptionId == null) {
      return Optional.empty();
    }
    return first(
        em.createQuery(
                "SELECT s FROM Subscription s WHERE s.gateway = :g AND s.gatewaySubscriptionId = :id",
                Subscription.class)
            .setParameter("g", StripeGateway.NAME)
            .setParameter("id", gatewaySubscriptionId)
            .getResultList());
  }

  private Optional<Subscription> first(List<Subscription> found) {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    // the row is changed by this event: lock it so two events about it apply one after the other
    Subscription s = found.get(0);
    em.lock(s, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    em.refresh(s);
    return Optional.of(s);
  }

  private static JsonObject parse(byte[] body) {
    try (JsonReader reader = JsonCodec.JSON.createReader(new ByteArrayInputStream(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidInputException("body", "the event is not a JSON object");
    }
  }

  private static String text(JsonObject object, String field) {
    String value = object.get(field) instanceof jakarta.json.JsonString s ? s.getString() : null;
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "the event has no " + field);
    }
    return value;
  }
}
