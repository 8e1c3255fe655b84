package app.pos.subscriptions.entity;

import java.util.Set;

/**
 * Where a subscription stands: TRIAL on registration; PENDING while a checkout is open at the
 * gateway; ACTIVE once paid; PAST_DUE when a period ends unpaid (or a payment fails), EXPIRED after
 * the grace period; CANCELLED at the end of a period the owner cancelled. Stored by name.
 */
public enum SubscriptionStatus {
  TRIAL,
  PENDING,
  ACTIVE,
  PAST_DUE,
  EXPIRED,
  CANCELLED;

  /** The states in which the business may write. */
  public static final Set<SubscriptionStatus> IN_GOOD_STANDING = Set.of(TRIAL, ACTIVE, PAST_DUE);
}
