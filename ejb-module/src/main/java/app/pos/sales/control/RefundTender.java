package app.pos.sales.control;

import app.pos.platform.control.StateConflictException;
import app.pos.sales.entity.PaymentMethod;
import java.math.BigDecimal;
import java.util.Map;

/**
 * How a refund pays back: what was paid, how it was paid. What the customer still owes of a credit
 * sale comes off their balance first (CREDIT); money leaves by a tender only up to what that tender
 * brought in on the sale (cash less the change given), plus what the customer has since paid of the
 * sale's credit, less what was refunded by it before.
 */
public final class RefundTender {

  private RefundTender() {}

  /**
   * @param asked the tender the refund asks for, or null for the one the sale points to
   * @param received money kept on the sale by tender (cash net of change; CREDIT: charged on
   *     account)
   * @param refunded refunded before on this sale, by tender
   * @param owed what the customer owes now (zero without a customer)
   * @param total the refund's amount
   */
  public static PaymentMethod choose(
      PaymentMethod asked,
      Map<PaymentMethod, BigDecimal> received,
      Map<PaymentMethod, BigDecimal> refunded,
      BigDecimal owed,
      BigDecimal total) {
    BigDecimal creditTaken = left(received, refunded, PaymentMethod.CREDIT);
    BigDecimal creditOwed = creditTaken.min(owed).max(BigDecimal.ZERO);
    BigDecimal creditSettled = creditTaken.subtract(creditOwed).max(BigDecimal.ZERO);
    if (creditOwed.signum() > 0) {
      if (asked != null && asked != PaymentMethod.CREDIT) {
        throw new StateConflictException(
            "refund-method-not-allowed",
            "Refund goes on account first",
            "The customer still owes "
                + creditOwed.setScale(2)
                + " of this sale: its refund comes off their balance (method CREDIT) before any"
                + " money is paid out");
      }
      if (total.compareTo(creditOwed) > 0) {
        throw new StateConflictException(
            "refund-exceeds-balance",
            "Refund exceeds the customer's balance",
            "The customer owes "
                + creditOwed.setScale(2)
                + " of this sale; refund at most that on account now, the rest of "
                + total.setScale(2)
                + " once it is off their balance");
      }
      return PaymentMethod.CREDIT;
    }
    if (asked == PaymentMethod.CREDIT) {
      return PaymentMethod.CREDIT; // off the customer's other debts: checked against what they owe
    }
    PaymentMethod method = asked;
    if (method == null) {
      method = PaymentMethod.CASH;
      BigDecimal best = BigDecimal.valueOf(-1);
      for (PaymentMethod m : PaymentMethod.values()) {
        BigDecimal left = left(received, refunded, m);
        if (m != PaymentMethod.CREDIT && received.containsKey(m) && left.compareTo(best) > 0) {
          method = m;
          best = left;
        }
      }
    }
    BigDecimal pool = creditSettled;
    for (PaymentMethod m : PaymentMethod.values()) {
      if (m != PaymentMethod.CREDIT) {
        pool = pool.add(left(received, refunded, m));
      }
    }
    BigDecimal available = left(received, refunded, method).add(creditSettled).min(pool);
    if (total.compareTo(available) > 0) {
      throw new StateConflictException(
          "refund-exceeds-tender",
          "Refund exceeds what the tender brought in",
          "This sale brought in "
              + available.max(BigDecimal.ZERO).setScale(2)
              + " by "
              + method
              + " that is not refunded yet; refund "
              + total.setScale(2)
              + " by the tender that took the money");
    }
    return method;
  }

  private static BigDecimal left(
      Map<PaymentMethod, BigDecimal> received,
      Map<PaymentMethod, BigDecimal> refunded,
      PaymentMethod method) {
    return received
        .getOrDefault(method, BigDecimal.ZERO)
        .subtract(refunded.getOrDefault(method, BigDecimal.ZERO));
  }
}
