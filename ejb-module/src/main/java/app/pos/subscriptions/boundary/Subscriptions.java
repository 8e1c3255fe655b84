package app.pos.subscriptions.boundary;

import app.pos.platform.control.Audited;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.NotPermittedException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import app.pos.platform.entity.Role;
import app.pos.subscriptions.control.Billing;
import app.pos.subscriptions.control.CheckoutRequest;
import app.pos.subscriptions.control.CheckoutSession;
import app.pos.subscriptions.control.GatewayKeys;
import app.pos.subscriptions.control.PaystackGateway;
import app.pos.subscriptions.control.PlanLimits;
import app.pos.subscriptions.control.StripeGateway;
import app.pos.subscriptions.entity.Invoice;
import app.pos.subscriptions.entity.Plan;
import app.pos.subscriptions.entity.Subscription;
import app.pos.subscriptions.entity.SubscriptionStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A business's subscription: the one in force, checkouts for paid plans, cancellation, usage
 * against the plan's limits, and the platform's invoices.
 */
@Stateless
@CrossTenant(
    "the platform owner grants complimentary periods to other businesses and reads them at"
        + " the Location the grant answers")
public class Subscriptions {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject Plans plans;
  @Inject GatewaySettings gateways;
  @Inject StripeGateway stripe;
  @Inject PaystackGateway paystack;
  @Inject PlanLimits limits;
  @Inject SubscriptionWrites writes;
  @Inject Billing billing;
  @Inject app.pos.accounts.boundary.Businesses businesses;
  @Inject app.pos.accounts.boundary.Users users;

  @Inject
  @ConfigProperty(name = "pos.public.url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /**
   * Opens a checkout for a paid plan: a PENDING subscription, then the gateway's checkout (the call
   * to the gateway holds no database transaction), whose URL the owner pays at.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @Audited(value = "subscription.checkout_opened", entity = "Subscription")
  public SubscriptionView subscribe(Subscribe command) {
    Plan plan = plans.plan(command.planId);
    if (!plan.isActive()) {
      throw new InvalidInputException("plan_id", "this plan is no longer sold");
    }
    if (plan.getPrice().signum() == 0) {
      throw new InvalidInputException("plan_id", "a free plan needs no checkout");
    }
    users.requireVerifiedEmail(); // the checkout bills the caller's address
    GatewayKeys keys = gateways.keys(command.gateway);
    if (!keys.configured()) {
      throw new StateConflictException(
          "gateway-not-configured",
          "Payment gateway not configured",
          command.gateway + " has no secret key; the platform owner must configure it");
    }
    Subscription pending = writes.openPending(plan.getId(), command.gateway);
    CheckoutRequest request =
        new CheckoutRequest(
            pending.getId(),
            tenant.businessId(),
            plan.getCode(),
            plan.getName(),
            plan.getPrice(),
            plan.getCurrency(),
            plan.getBillingInterval(),
            writes.callerEmail(),
            publicUrl + "/subscriptions/checkout/success?subscription=" + pending.getId(),
            publicUrl + "/subscriptions/checkout/cancelled?subscription=" + pending.getId());
    CheckoutSession session;
    try {
      session =
          StripeGateway.NAME.equals(command.gateway)
              ? stripe.openCheckout(request, keys)
              : paystack.openCheckout(request, keys);
    } catch (RuntimeException e) {
      writes.abandon(pending.getId());
      throw e;
    }
    return SubscriptionView.of(
        writes.checkoutOpened(pending.getId(), session.reference(), session.url()), plan.getCode());
  }

  /**
   * The platform owner puts the current business on a plan for one period at no charge (demo data,
   * goodwill): ACTIVE with a PAID invoice of 0.00, as a paid period would be.
   */
  @Audited(value = "subscription.complimentary", entity = "Subscription")
  public SubscriptionView grantComplimentary(UUID planId) {
    if (!tenant.isSuperuser()) {
      throw new NotPermittedException("Only the platform owner grants complimentary periods");
    }
    Plan plan = plans.plan(planId);
    Subscription subscription = store.persist(Subscription.pending(plan.getId(), null));
    store.flush();
    billing.paid(
        subscription,
        plan,
        new Billing.Paid(
            "COMPLIMENTARY", "comp-" + subscription.getId(), BigDecimal.ZERO, plan.getCurrency()),
        null);
    return SubscriptionView.of(subscription, plan.getCode());
  }

  /** The platform owner grants a complimentary period to any business. */
  @Audited(value = "subscription.complimentary_granted", entity = "Subscription")
  public SubscriptionView grantComplimentary(UUID businessId, UUID planId) {
    if (!tenant.isSuperuser()) {
      throw new NotPermittedException("Only the platform owner grants complimentary periods");
    }
    UUID owner = tenant.userId().orElse(null);
    UUID home = tenant.businessId();
    if (!businesses.exists(businessId)) {
      throw new InvalidInputException("business_id", "is not a business on this platform");
    }
    tenant.bind(businessId, owner, Role.ADMIN, true);
    try {
      return grantComplimentary(planId);
    } finally {
      tenant.bind(home, owner, Role.ADMIN, true);
    }
  }

  /** The subscription in force (or, if none, the latest one). */
  public SubscriptionView current() {
    List<Subscription> all =
        store.list(
            Subscription.class,
            "e.status <> :pending",
            Map.of("pending", SubscriptionStatus.PENDING),
            "e.createdAt DESC, e.id");
    Subscription chosen =
        all.stream()
            .filter(s -> SubscriptionStatus.IN_GOOD_STANDING.contains(s.getStatus()))
            .findFirst()
            .orElse(all.isEmpty() ? null : all.get(0));
    if (chosen == null) {
      throw new app.pos.platform.control.ResourceNotFoundException("Subscription", "current");
    }
    return SubscriptionView.of(chosen, plans.plan(chosen.getPlanId()).getCode());
  }

  public Page<SubscriptionView> list(PageRequest page) {
    Map<UUID, String> codes = new HashMap<>();
    return store
        .page(Subscription.class, "", Map.of(), "e.createdAt DESC, e.id", page)
        .map(
            s ->
                SubscriptionView.of(
                    s, codes.computeIfAbsent(s.getPlanId(), id -> plans.plan(id).getCode())));
  }

  /** A subscription of the caller's business; the platform owner reads any business's. */
  public SubscriptionView find(UUID id) {
    Subscription s =
        store
            .findOptional(Subscription.class, id)
            .or(
                () ->
                    tenant.isSuperuser()
                        ? java.util.Optional.ofNullable(
                            store.unscoped().find(Subscription.class, id))
                        : java.util.Optional.empty())
            .orElseThrow(
                () -> new app.pos.platform.control.ResourceNotFoundException("Subscription", id));
    return SubscriptionView.of(s, plans.plan(s.getPlanId()).getCode());
  }

  /** Cancels at the end of the paid period (a PENDING checkout is simply dropped). */
  @Audited(value = "subscription.cancelled", entity = "Subscription")
  public SubscriptionView cancel(UUID id) {
    Subscription s = store.lock(Subscription.class, id);
    s.cancelAtPeriodEnd();
    return SubscriptionView.of(s, plans.plan(s.getPlanId()).getCode());
  }

  /** Each limited metric against the plan in force. */
  public Usage usage() {
    PlanLimits.Limits plan = limits.limits();
    List<Usage.Metric> metrics = new ArrayList<>();
    for (String metric : PlanLimits.METRICS) {
      long used = limits.used(metric);
      Integer limit = plan == null ? null : plan.of(metric);
      metrics.add(
          new Usage.Metric(metric, used, limit, limit == null ? null : Math.max(0, limit - used)));
    }
    return new Usage(plan == null ? null : plan.planCode(), metrics);
  }

  /** Usage of the plan's limits. */
  public record Usage(String plan, List<Metric> metrics) {
    public record Metric(String metric, long used, Integer limit, Long remaining) {}
  }

  /** Writes are allowed while the subscription is in good standing (TRIAL, ACTIVE, PAST_DUE). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read on every write request
  public void requireInGoodStanding() {
    String latest = limits.inForce().latestStatus();
    if (latest != null
        && !SubscriptionStatus.IN_GOOD_STANDING.contains(SubscriptionStatus.valueOf(latest))) {
      throw new NotPermittedException(
          "subscription-inactive",
          "Subscription inactive",
          "The subscription is "
              + latest
              + ": the business can read, sign in and pay, but not change anything until it"
              + " subscribes again");
    }
  }

  public Page<InvoiceView> invoices(PageRequest page) {
    return store
        .page(Invoice.class, "", Map.of(), "e.createdAt DESC, e.id", page)
        .map(i -> InvoiceView.of(i, lines(i.getId())));
  }

  public InvoiceView invoice(UUID id) {
    Invoice invoice = store.find(Invoice.class, id);
    return InvoiceView.of(invoice, lines(id));
  }

  private List<InvoiceView.Line> lines(UUID invoiceId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT description, quantity, unit_price, amount FROM sub_invoice_line"
                    + " WHERE business_id = ?1 AND invoice_id = ?2 ORDER BY line_number")
            .setParameter(2, invoiceId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new InvoiceView.Line(
                    (String) r[0],
                    ((Number) r[1]).intValue(),
                    (BigDecimal) r[2],
                    (BigDecimal) r[3]))
        .toList();
  }
}
