package app.pos.inventory.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What stock on hand would bring if it sold at a retail/wholesale mix: per product, revenue is the
 * units times each lot's retail price times the retail share plus its wholesale price times the
 * wholesale share, rounded half-up to cents once per product; cost is the stock's book value;
 * margin is their difference, and its percentage of revenue is rounded half-up to two decimals.
 * Plain Java.
 */
public final class ProfitProjection {

  static final BigDecimal HUNDRED = new BigDecimal("100");

  private ProfitProjection() {}

  /** A mix is two shares of at most two decimals, each 0-100, that add up to 100. */
  public static boolean validMix(BigDecimal retailPercent, BigDecimal wholesalePercent) {
    return retailPercent.signum() >= 0
        && wholesalePercent.signum() >= 0
        && retailPercent.add(wholesalePercent).compareTo(HUNDRED) == 0;
  }

  /** Revenue of {@code quantity} units priced so, at that mix (unrounded). */
  public static BigDecimal revenue(
      BigDecimal quantity,
      BigDecimal retailPrice,
      BigDecimal wholesalePrice,
      BigDecimal retailPercent,
      BigDecimal wholesalePercent) {
    return quantity
        .multiply(
            retailPrice.multiply(retailPercent).add(wholesalePrice.multiply(wholesalePercent)))
        .divide(HUNDRED);
  }

  /** An amount rounded to cents, half-up. */
  public static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** Margin as a percentage of revenue, two decimals half-up; null when there is no revenue. */
  public static BigDecimal marginPercent(BigDecimal margin, BigDecimal revenue) {
    if (revenue.signum() == 0) {
      return null;
    }
    return margin.multiply(HUNDRED).divide(revenue, 2, RoundingMode.HALF_UP);
  }
}
