package app.pos.inventory.control;

import app.pos.platform.control.Money;
import java.math.BigDecimal;

/**
 * The book value that leaves with a quantity of a lot: quantity × unit cost rounded to the minor
 * unit, except that the last units take whatever value is left, so a lot's value reaches exactly
 * zero with its stock and the valuation always equals the inventory account.
 */
public final class StockValue {

  private StockValue() {}

  public static BigDecimal of(BigDecimal quantity, BigDecimal unitCost) {
    return Money.toMinorUnit(quantity.multiply(unitCost));
  }

  public static BigDecimal outflow(
      BigDecimal quantity, BigDecimal unitCost, BigDecimal onHand, BigDecimal bookValue) {
    if (quantity.compareTo(onHand) >= 0) {
      return bookValue;
    }
    return of(quantity, unitCost).min(bookValue);
  }
}
