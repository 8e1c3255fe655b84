package app.pos.platform.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding rules for money, named so each computation says which one it applies. Amounts are
 * stored as NUMERIC(19,4) and shown with exactly two decimals.
 */
public final class Money {

  /** Decimals kept in the database (unit costs may carry sub-cent precision). */
  public static final int STORAGE_SCALE = 4;

  /** Decimals of the currency's minor unit; every charged or posted amount is rounded to it. */
  public static final int MINOR_UNIT_SCALE = 2;

  /** Line amounts, discounts and tax are rounded half-up to the minor unit, once per line. */
  public static final RoundingMode LINE_ROUNDING = RoundingMode.HALF_UP;

  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(MINOR_UNIT_SCALE);

  private Money() {}

  /** Rounds to the currency's minor unit with the line rule. */
  public static BigDecimal toMinorUnit(BigDecimal amount) {
    return amount.setScale(MINOR_UNIT_SCALE, LINE_ROUNDING);
  }

  /** How an amount is written in JSON: a string with exactly two decimals. */
  public static String format(BigDecimal amount) {
    return toMinorUnit(amount).toPlainString();
  }
}
