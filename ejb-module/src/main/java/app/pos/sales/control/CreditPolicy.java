package app.pos.sales.control;

import app.pos.platform.control.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whether a customer may take more on credit: active (not retired), not blocked, nothing overdue,
 * and enough available credit. Payments settle the oldest charges first, so whatever the customer
 * owes beyond their charges that are not yet due is overdue.
 */
public final class CreditPolicy {

  /** A customer's credit as it stands, read under the customer's row lock. */
  public record Position(
      BigDecimal limit,
      BigDecimal outstanding,
      boolean blocked,
      BigDecimal chargesNotYetDue,
      boolean active) {

    public BigDecimal available() {
      return blocked ? BigDecimal.ZERO : limit.subtract(outstanding).max(BigDecimal.ZERO);
    }

    public BigDecimal overdue() {
      return outstanding.subtract(chargesNotYetDue).max(BigDecimal.ZERO);
    }
  }

  private CreditPolicy() {}

  /** Where a customer's credit stands, as the back office reads it. */
  public enum Standing {
    /** May buy on credit (within their available credit). */
    GOOD,
    /** Owes an amount past its due date: no more credit until it is paid. */
    OVERDUE,
    /** Credit blocked by a manager. */
    BLOCKED,
    /** Retired: cannot buy on credit. */
    INACTIVE
  }

  /** The first reason in the order the checkout asks them: inactive, blocked, overdue. */
  public static Standing standing(Position position) {
    if (!position.active()) {
      return Standing.INACTIVE;
    }
    if (position.blocked()) {
      return Standing.BLOCKED;
    }
    return position.overdue().signum() > 0 ? Standing.OVERDUE : Standing.GOOD;
  }

  /**
   * Why a charge is refused, and whether a manager may override it: an inactive customer's refusal
   * is final (no reason makes a retired customer a debtor); blocked, overdue and over-the-limit
   * refusals may be overridden with a reason.
   */
  public record Refusal(Standing standing, String reason) {
    public boolean overridable() {
      return standing != Standing.INACTIVE;
    }
  }

  /** Why the charge is refused, or empty when it may go on the customer's account. */
  public static Optional<String> refusal(Position position, BigDecimal charge) {
    return refusalOf(position, charge).map(Refusal::reason);
  }

  /** As {@link #refusal}, with whether the refusal may be overridden. */
  public static Optional<Refusal> refusalOf(Position position, BigDecimal charge) {
    return reason(position, charge).map(r -> new Refusal(standing(position), r));
  }

  private static Optional<String> reason(Position position, BigDecimal charge) {
    if (!position.active()) {
      return Optional.of("the customer is inactive: an inactive customer cannot buy on credit");
    }
    if (position.blocked()) {
      return Optional.of("credit is blocked for this customer");
    }
    if (position.overdue().signum() > 0) {
      return Optional.of(
          "the customer has " + Money.format(position.overdue()) + " overdue beyond their terms");
    }
    if (position.available().compareTo(charge) < 0) {
      return Optional.of(
          "available credit "
              + Money.format(position.available())
              + " is less than the "
              + Money.format(charge)
              + " to charge");
    }
    return Optional.empty();
  }
}
