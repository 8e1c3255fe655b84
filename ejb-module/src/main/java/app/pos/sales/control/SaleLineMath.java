package app.pos.sales.control;

import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The maths of one sale line, rounded once per line with {@link Money#LINE_ROUNDING}: gross = Σ
 * quantity × price over the lots the line comes from; the discount (an amount, or a percentage of
 * gross) comes off gross; tax is charged on what is left at the product's rate; total = net + tax.
 * 3 × 20.00, discount 5.00, tax 15 % gives net 55.00, tax 8.25, total 63.25.
 */
public final class SaleLineMath {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** So many units at that price (one lot's share of the line). */
  public record Portion(BigDecimal quantity, BigDecimal unitPrice) {}

  /** The line's amounts; {@code unitPrice} is the quantity-weighted price of its portions. */
  public record LineAmounts(
      BigDecimal unitPrice,
      BigDecimal gross,
      BigDecimal discount,
      BigDecimal net,
      BigDecimal taxRate,
      BigDecimal tax,
      BigDecimal total) {}

  /** The least a line may charge after its discount. */
  public static final BigDecimal LEAST_CHARGE = new BigDecimal("0.01");

  private SaleLineMath() {}

  /** A line charges at least one minor unit after its discount: no line gives stock away. */
  public static void requireCharge(LineAmounts line, String field) {
    if (line.net().compareTo(LEAST_CHARGE) < 0) {
      throw new InvalidInputException(
          field,
          "a line must charge at least "
              + LEAST_CHARGE
              + " after its discount (this one charges "
              + line.net()
              + ")");
    }
  }

  /** Whether the line's discount is more than {@code limitPercent} of its gross amount. */
  public static boolean discountAbove(LineAmounts line, BigDecimal limitPercent) {
    return line.discount().multiply(HUNDRED).compareTo(line.gross().multiply(limitPercent)) > 0;
  }

  /**
   * @param discountAmount an amount off the line, or null
   * @param discountPercent a percentage (0-100) of gross off the line, or null
   * @param taxRatePercent the tax rate in percent (15 for 15 %)
   * @param field where a bad discount is reported (items[2].discount)
   */
  public static LineAmounts price(
      List<Portion> portions,
      BigDecimal discountAmount,
      BigDecimal discountPercent,
      BigDecimal taxRatePercent,
      String field) {
    BigDecimal quantity = BigDecimal.ZERO;
    BigDecimal exactGross = BigDecimal.ZERO;
    for (Portion portion : portions) {
      quantity = quantity.add(portion.quantity());
      exactGross = exactGross.add(portion.quantity().multiply(portion.unitPrice()));
    }
    if (quantity.signum() <= 0) {
      throw new IllegalArgumentException("a line needs a quantity above zero");
    }
    BigDecimal gross = Money.toMinorUnit(exactGross);
    BigDecimal discount = Money.ZERO;
    if (discountAmount != null && discountPercent != null) {
      throw new InvalidInputException(field, "give a discount amount or a percentage, not both");
    }
    if (discountAmount != null) {
      discount = Money.toMinorUnit(discountAmount);
    } else if (discountPercent != null) {
      discount = Money.toMinorUnit(gross.multiply(discountPercent).divide(HUNDRED));
    }
    if (discount.signum() < 0 || discount.compareTo(gross) > 0) {
      throw new InvalidInputException(
          field, "the discount must be between 0 and the line's amount (" + gross + ")");
    }
    BigDecimal net = gross.subtract(discount);
    BigDecimal tax = Money.toMinorUnit(net.multiply(taxRatePercent).divide(HUNDRED));
    BigDecimal unitPrice = exactGross.divide(quantity, Money.STORAGE_SCALE, Money.LINE_ROUNDING);
    return new LineAmounts(unitPrice, gross, discount, net, taxRatePercent, tax, net.add(tax));
  }

  /** One price's share of a line: so many units at one price, with their own amounts. */
  public record PricedPart(BigDecimal quantity, LineAmounts amounts) {}

  /**
   * A line split into one part per price, in the order its lots are sold: each part's unit price
   * times its quantity is its gross amount, so what a receipt shows is what is charged. The line's
   * discount is shared out by gross amount (the last part takes what is left, so the parts'
   * discounts add up to the line's); tax is charged on each part's net. A line of one price is one
   * part with the line's own amounts.
   */
  public static List<PricedPart> byPrice(List<Portion> portions, LineAmounts line, String field) {
    java.util.Map<BigDecimal, BigDecimal> quantityByPrice = new java.util.LinkedHashMap<>();
    for (Portion portion : portions) {
      quantityByPrice.merge(
          portion.unitPrice().stripTrailingZeros(), portion.quantity(), BigDecimal::add);
    }
    if (quantityByPrice.size() == 1) {
      BigDecimal quantity =
          portions.stream().map(Portion::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
      return List.of(new PricedPart(quantity, line));
    }
    List<PricedPart> parts = new java.util.ArrayList<>();
    BigDecimal discountLeft = line.discount();
    int left = quantityByPrice.size();
    for (var e : quantityByPrice.entrySet()) {
      left--;
      BigDecimal gross = Money.toMinorUnit(e.getKey().multiply(e.getValue()));
      BigDecimal discount =
          left == 0 || line.gross().signum() == 0
              ? discountLeft
              : Money.toMinorUnit(
                  line.discount().multiply(gross).divide(line.gross(), 10, Money.LINE_ROUNDING));
      discount = discount.min(gross).min(discountLeft);
      discountLeft = discountLeft.subtract(discount);
      BigDecimal net = gross.subtract(discount);
      BigDecimal tax = Money.toMinorUnit(net.multiply(line.taxRate()).divide(HUNDRED));
      LineAmounts amounts =
          new LineAmounts(
              e.getKey().setScale(Money.STORAGE_SCALE, Money.LINE_ROUNDING),
              gross,
              discount,
              net,
              line.taxRate(),
              tax,
              net.add(tax));
      requireCharge(amounts, field);
      parts.add(new PricedPart(e.getValue(), amounts));
    }
    return parts;
  }
}
