package app.pos.inventory.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Picks the lots a quantity comes from: first to expire, then first received (FEFO). Expired lots
 * are never picked. Plain Java, used by transfers and sales.
 */
public final class FefoAllocation {

  /** So much from that lot. */
  public record Take(LotStock lot, BigDecimal quantity) {}

  public static final Comparator<LotStock> FEFO =
      Comparator.comparing(LotStock::expiryDate, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(LotStock::receivedAt)
          .thenComparing(LotStock::lotId);

  private FefoAllocation() {}

  public static List<Take> allocate(
      List<LotStock> lots, BigDecimal quantity, LocalDate today, String what) {
    return allocate(null, lots, quantity, today, what, false);
  }

  /**
   * As {@link #allocate(List, BigDecimal, LocalDate, String)}; a refusal names the product in its
   * short line (what was available and requested).
   */
  public static List<Take> allocate(
      UUID productId, List<LotStock> lots, BigDecimal quantity, LocalDate today, String what) {
    return allocate(productId, lots, quantity, today, what, false);
  }

  /**
   * As {@link #allocate(List, BigDecimal, LocalDate, String)}; write-offs and returns may also take
   * expired lots (first, as they expired first).
   */
  public static List<Take> allocate(
      List<LotStock> lots,
      BigDecimal quantity,
      LocalDate today,
      String what,
      boolean includeExpired) {
    return allocate(null, lots, quantity, today, what, includeExpired);
  }

  /** The allocation; {@code productId} (may be null) names the short line of a refusal. */
  public static List<Take> allocate(
      UUID productId,
      List<LotStock> lots,
      BigDecimal quantity,
      LocalDate today,
      String what,
      boolean includeExpired) {
    List<LotStock> usable =
        lots.stream()
            .filter(l -> l.available().signum() > 0)
            .filter(l -> includeExpired || l.expiryDate() == null || l.expiryDate().isAfter(today))
            .sorted(FEFO)
            .toList();
    List<Take> takes = new ArrayList<>();
    BigDecimal left = quantity;
    for (LotStock lot : usable) {
      if (left.signum() <= 0) {
        break;
      }
      BigDecimal take = lot.available().min(left);
      takes.add(new Take(lot, take));
      left = left.subtract(take);
    }
    if (left.signum() > 0) {
      throw new InsufficientStockException(
          what
              + ": "
              + quantity.subtract(left).stripTrailingZeros().toPlainString()
              + " of "
              + quantity.stripTrailingZeros().toPlainString()
              + " available",
          productId == null
              ? List.of()
              : List.of(
                  new InsufficientStockException.ShortLine(
                      productId, quantity.subtract(left), quantity)));
    }
    return takes;
  }
}
