package app.pos.subscriptions.entity;

import java.time.Instant;
import java.time.ZoneOffset;

/** How long a paid period lasts; periods are calendar months in UTC. */
public enum BillingInterval {
  MONTHLY(1),
  QUARTERLY(3),
  YEARLY(12);

  private final int months;

  BillingInterval(int months) {
    this.months = months;
  }

  /** The end of a period that starts at {@code start}. */
  public Instant periodEnd(Instant start) {
    return start.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
  }

  /** Stripe's name for the interval and how many of them make one period. */
  public String stripeInterval() {
    return this == YEARLY ? "year" : "month";
  }

  public int stripeIntervalCount() {
    return this == YEARLY ? 1 : months;
  }
}
