package app.pos.inventory.boundary;

import app.pos.inventory.entity.AdjustmentStatus;
import app.pos.inventory.entity.AdjustmentType;
import app.pos.inventory.entity.StockAdjustment;
import app.pos.platform.control.MoneyJsonSerializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An adjustment, its decision and, once approved, the value posted and what the location held of
 * the product before and after.
 */
public record AdjustmentView(
    UUID id,
    UUID locationId,
    UUID productId,
    UUID lotId,
    AdjustmentType adjustmentType,
    BigDecimal quantity,
    BigDecimal quantityBefore,
    BigDecimal quantityAfter,
    String reason,
    AdjustmentStatus status,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal value,
    UUID journalEntryId,
    UUID stockCountId,
    UUID requestedBy,
    UUID decidedBy,
    Instant decidedAt,
    Instant createdAt) {

  static AdjustmentView of(StockAdjustment a) {
    return new AdjustmentView(
        a.getId(),
        a.getLocationId(),
        a.getProductId(),
        a.getLotId(),
        a.getAdjustmentType(),
        a.getQuantity(),
        a.getQuantityBefore(),
        a.getQuantityAfter(),
        a.getReason(),
        a.getStatus(),
        a.getValue(),
        a.getJournalEntryId(),
        a.getStockCountId(),
        a.getRequestedBy(),
        a.getDecidedBy(),
        a.getDecidedAt(),
        a.getCreatedAt());
  }
}
