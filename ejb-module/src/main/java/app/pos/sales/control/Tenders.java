package app.pos.sales.control;

import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Money;
import app.pos.sales.entity.PaymentMethod;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How tenders settle a sale: only cash may be more than is due (the excess is change, handed back
 * from the cash taken); every other tender together may not exceed the total.
 */
public final class Tenders {

  /** One tender: so much by that method. */
  public record Tender(PaymentMethod method, BigDecimal amount) {}

  /**
   * The outcome: what was tendered, whether it covers the total, the change due, and what the sale
   * keeps per method (cash less change) once covered.
   */
  public record Settlement(
      BigDecimal tendered,
      boolean covered,
      BigDecimal changeDue,
      Map<PaymentMethod, BigDecimal> kept) {

    public BigDecimal due(BigDecimal total) {
      return total.subtract(tendered).max(BigDecimal.ZERO);
    }
  }

  private Tenders() {}

  public static Settlement settle(BigDecimal total, List<Tender> tenders) {
    BigDecimal tendered = BigDecimal.ZERO;
    BigDecimal notCash = BigDecimal.ZERO;
    Map<PaymentMethod, BigDecimal> kept = new EnumMap<>(PaymentMethod.class);
    for (Tender tender : tenders) {
      tendered = tendered.add(tender.amount());
      if (tender.method() != PaymentMethod.CASH) {
        notCash = notCash.add(tender.amount());
      }
      kept.merge(tender.method(), tender.amount(), BigDecimal::add);
    }
    if (notCash.compareTo(total) > 0) {
      throw new InvalidInputException(
          "payments",
          "only cash may be more than is due: other tenders come to "
              + Money.format(notCash)
              + " of a total of "
              + Money.format(total));
    }
    boolean covered = tendered.compareTo(total) >= 0;
    BigDecimal change = covered ? tendered.subtract(total) : BigDecimal.ZERO;
    if (change.signum() > 0) {
      kept.merge(PaymentMethod.CASH, change.negate(), BigDecimal::add);
    }
    kept.values().removeIf(amount -> amount.signum() == 0);
    return new Settlement(tendered, covered, change, kept);
  }
}
