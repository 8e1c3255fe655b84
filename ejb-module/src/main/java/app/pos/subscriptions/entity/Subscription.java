package app.pos.subscriptions.entity;

import app.pos.platform.control.StateConflictException;
import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A business's subscription to a plan: TRIAL on registration; PENDING while a checkout is open at
 * the gateway; ACTIVE once paid; PAST_DUE when a period ends unpaid (or a payment fails), EXPIRED
 * after the grace period; CANCELLED at the end of a period the owner cancelled.
 */
@Entity
@Table(name = "sub_subscription")
public class Subscription extends TenantOwned {

  public static final String TRIAL = "TRIAL";
  public static final String PENDING = "PENDING";
  public static final String ACTIVE = "ACTIVE";
  public static final String PAST_DUE = "PAST_DUE";
  public static final String EXPIRED = "EXPIRED";
  public static final String CANCELLED = "CANCELLED";

  /** The states in which the business may write. */
  public static final Set<String> IN_GOOD_STANDING = Set.of(TRIAL, ACTIVE, PAST_DUE);

  @Column(name = "plan_id", nullable = false, updatable = false)
  private UUID planId;

  @Column(nullable = false)
  private String status;

  @Column(updatable = false)
  private String gateway;

  @Column(name = "checkout_reference")
  private String checkoutReference;

  @Column(name = "checkout_url")
  private String checkoutUrl;

  @Column(name = "gateway_subscription_id")
  private String gatewaySubscriptionId;

  @Column(name = "current_period_start")
  private Instant currentPeriodStart;

  @Column(name = "current_period_end")
  private Instant currentPeriodEnd;

  @Column(name = "cancel_at_period_end", nullable = false)
  private boolean cancelAtPeriodEnd;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "notice_sent_for")
  private Instant noticeSentFor;

  protected Subscription() {}

  private Subscription(UUID planId, String status, String gateway) {
    this.planId = planId;
    this.status = status;
    this.gateway = gateway;
  }

  public static Subscription trial(UUID planId, Instant start, Instant end) {
    Subscription s = new Subscription(planId, TRIAL, null);
    s.currentPeriodStart = start;
    s.currentPeriodEnd = end;
    return s;
  }

  public static Subscription pending(UUID planId, String gateway) {
    return new Subscription(planId, PENDING, gateway);
  }

  public void checkoutOpened(String reference, String url) {
    this.checkoutReference = reference;
    this.checkoutUrl = url;
  }

  /** Paid: the first period starts now, or a renewal extends from the current end. */
  public void paidFor(Instant start, Instant end, String gatewaySubscriptionId) {
    this.status = ACTIVE;
    this.currentPeriodStart = start;
    this.currentPeriodEnd = end;
    if (gatewaySubscriptionId != null) {
      this.gatewaySubscriptionId = gatewaySubscriptionId;
    }
  }

  /** Another subscription took over (the business paid for a new plan). */
  public void replaced() {
    this.status = CANCELLED;
    this.cancelledAt = Instant.now();
  }

  public void pastDue() {
    if (TRIAL.equals(status) || ACTIVE.equals(status)) {
      this.status = PAST_DUE;
    }
  }

  public void expire() {
    this.status = EXPIRED;
  }

  /** Ends now (the period the owner cancelled has run out, or the gateway ended it). */
  public void end() {
    this.status = CANCELLED;
    this.cancelledAt = Instant.now();
  }

  public void cancelAtPeriodEnd() {
    if (!IN_GOOD_STANDING.contains(status) && !PENDING.equals(status)) {
      throw new StateConflictException(
          "subscription-not-cancellable",
          "Subscription cannot be cancelled",
          "The subscription is already " + status);
    }
    if (PENDING.equals(status)) {
      end();
    } else {
      this.cancelAtPeriodEnd = true;
    }
  }

  public void noticeSent() {
    this.noticeSentFor = currentPeriodEnd;
  }

  public UUID getPlanId() {
    return planId;
  }

  public String getStatus() {
    return status;
  }

  public String getGateway() {
    return gateway;
  }

  public String getCheckoutReference() {
    return checkoutReference;
  }

  public String getCheckoutUrl() {
    return checkoutUrl;
  }

  public String getGatewaySubscriptionId() {
    return gatewaySubscriptionId;
  }

  public Instant getCurrentPeriodStart() {
    return currentPeriodStart;
  }

  public Instant getCurrentPeriodEnd() {
    return currentPeriodEnd;
  }

  public boolean isCancelAtPeriodEnd() {
    return cancelAtPeriodEnd;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public Instant getNoticeSentFor() {
    return noticeSentFor;
  }
}
