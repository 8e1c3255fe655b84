package app.pos.subscriptions.boundary;

import app.pos.subscriptions.entity.Subscription;
import app.pos.subscriptions.entity.SubscriptionStatus;
import java.time.Instant;
import java.util.UUID;

/** A subscription as its business sees it. */
public record SubscriptionView(
    UUID id,
    UUID planId,
    String planCode,
    SubscriptionStatus status,
    String gateway,
    String checkoutUrl,
    Instant currentPeriodStart,
    Instant currentPeriodEnd,
    boolean cancelAtPeriodEnd,
    Instant cancelledAt,
    Instant createdAt) {

  static SubscriptionView of(Subscription s, String planCode) {
    return new SubscriptionView(
        s.getId(),
        s.getPlanId(),
        planCode,
        s.getStatus(),
        s.getGateway(),
        SubscriptionStatus.PENDING.equals(s.getStatus()) ? s.getCheckoutUrl() : null,
        s.getCurrentPeriodStart(),
        s.getCurrentPeriodEnd(),
        s.isCancelAtPeriodEnd(),
        s.getCancelledAt(),
        s.getCreatedAt());
  }
}
