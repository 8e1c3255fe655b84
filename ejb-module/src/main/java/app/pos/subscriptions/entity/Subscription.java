package app.pos.subscriptions.entity;

import app.pos.platform.control.StateConflictException;
import app.pos.platform.entity.TenantOwned;
import app.pos.subscriptions.control.SubscriptionChanges;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A business's subscription to a plan, through the states of {@link SubscriptionStatus}. */
@Entity
@EntityListeners(SubscriptionChanges.class)
@Table(name = "sub_subscription")
public class Subscription extends TenantOwned {

  @Column(name = "plan_id", nullable = false, updatable = false)
  private UUID planId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SubscriptionStatus status;

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

  private Subscription(UUID planId, SubscriptionStatus status, String gateway) {
    this.planId = planId;
    this.status = status;
    this.gateway = gateway;
  }

  public static Subscription trial(UUID planId, Instant start, Instant end) {
    Subscription s = new Subscription(planId, SubscriptionStatus.TRIAL, null);
    s.currentPeriodStart = start;
    s.currentPeriodEnd = end;
    return s;
  }

  public static Subscription pending(UUID planId, String gateway) {
    return new Subscription(planId, SubscriptionStatus.PENDING, gateway);
  }

  public void checkoutOpened(String reference, String url) {
    this.checkoutReference = reference;
    this.checkoutUrl = url;
  }

  /** Paid: the first period starts now, or a renewal extends from the current end. */
  public void paidFor(Instant start, Instant end, String gatewaySubscriptionId) {
    this.status = SubscriptionStatus.ACTIVE;
    this.currentPeriodStart = start;
    this.currentPeriodEnd = end;
    if (gatewaySubscriptionId != null) {
      this.gatewaySubscriptionId = gatewaySubscriptionId;
    }
  }

  /** Another subscription took over (the business paid for a new plan). */
  public void replaced() {
    this.status = SubscriptionStatus.CANCELLED;
    this.cancelledAt = Instant.now();
  }

  public void pastDue() {
    if (SubscriptionStatus.TRIAL.equals(status) || SubscriptionStatus.ACTIVE.equals(status)) {
      this.status = SubscriptionStatus.PAST_DUE;
    }
  }

  public void expire() {
    this.status = SubscriptionStatus.EXPIRED;
  }

  /** Ends now (the period the owner cancelled has run out, or the gateway ended it). */
  public void end() {
    this.status = SubscriptionStatus.CANCELLED;
    this.cancelledAt = Instant.now();
  }

  public void cancelAtPeriodEnd() {
    if (!SubscriptionStatus.IN_GOOD_STANDING.contains(status)
        && !SubscriptionStatus.PENDING.equals(status)) {
      throw new StateConflictException(
          "subscription-not-cancellable",
          "Subscription cannot be cancelled",
          "The subscription is already " + status);
    }
    if (SubscriptionStatus.PENDING.equals(status)) {
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

  public SubscriptionStatus getStatus() {
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
