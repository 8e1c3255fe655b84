package app.pos.sales.control;

import app.pos.platform.control.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The part of a line's amount (net, tax or cost) that goes back with some of its units: pro rata,
 * rounded to the minor unit, except that the last units take whatever is left, so a line refunded
 * in several steps gives back exactly what it charged.
 */
public final class RefundShare {

  private RefundShare() {}

  public static BigDecimal of(
      BigDecimal lineAmount,
      BigDecimal alreadyReturned,
      BigDecimal lineQuantity,
      BigDecimal quantityAlreadyReturned,
      BigDecimal quantity) {
    BigDecimal left = lineAmount.subtract(alreadyReturned);
    if (quantityAlreadyReturned.add(quantity).compareTo(lineQuantity) >= 0) {
      return left;
    }
    BigDecimal share =
        Money.toMinorUnit(
            lineAmount.multiply(quantity).divide(lineQuantity, 10, RoundingMode.HALF_EVEN));
    return share.min(left);
  }
}
