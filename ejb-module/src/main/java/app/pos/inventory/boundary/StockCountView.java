package app.pos.inventory.boundary;

import app.pos.inventory.entity.AdjustmentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored stock count: where, by whom, when, each line against the books, and the corrections it
 * proposed with how many of them were applied (approved), are still pending or were rejected.
 */
public record StockCountView(
    UUID id,
    UUID locationId,
    String locationName,
    String reason,
    UUID countedBy,
    Instant createdAt,
    int correctionsProposed,
    int correctionsApplied,
    int correctionsPending,
    int correctionsRejected,
    List<Line> lines) {

  /**
   * A product counted; {@code adjustmentId} is the COUNT_VARIANCE adjustment its difference
   * proposed (null when the count agreed with the books), {@code correction} where that stands.
   */
  public record Line(
      int lineNumber,
      UUID productId,
      String sku,
      String productName,
      BigDecimal countedQuantity,
      BigDecimal bookedQuantity,
      BigDecimal difference,
      UUID adjustmentId,
      Correction correction) {}

  /**
   * What became of a line's correction: NONE proposed (the count agreed), PENDING approval, APPLIED
   * (approved: the stock moved) or REJECTED.
   */
  public enum Correction {
    NONE,
    PENDING,
    APPLIED,
    REJECTED;

    static Correction of(AdjustmentStatus status) {
      return switch (status) {
        case PENDING -> PENDING;
        case APPROVED -> APPLIED;
        case REJECTED -> REJECTED;
      };
    }
  }
}
