package app.pos.inventory.entity;

import app.pos.platform.control.StateConflictException;
import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A change of stock outside sales and transfers, applied only once a manager approves it. */
@Entity
@Table(name = "inv_stock_adjustment")
public class StockAdjustment extends TenantOwned {

  @Column(name = "location_id", nullable = false, updatable = false)
  private UUID locationId;

  @Column(name = "product_id", nullable = false, updatable = false)
  private UUID productId;

  @Column(name = "lot_id", updatable = false)
  private UUID lotId;

  @Enumerated(EnumType.STRING)
  @Column(name = "adjustment_type", nullable = false, updatable = false)
  private AdjustmentType adjustmentType;

  @Column(nullable = false, updatable = false)
  private BigDecimal quantity;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AdjustmentStatus status;

  private BigDecimal value;

  @Column(name = "journal_entry_id")
  private UUID journalEntryId;

  /** On hand of the product at the location just before and after it was applied. */
  @Column(name = "quantity_before")
  private BigDecimal quantityBefore;

  @Column(name = "quantity_after")
  private BigDecimal quantityAfter;

  /** The stock count that proposed it, if one did. */
  @Column(name = "stock_count_id", updatable = false)
  private UUID stockCountId;

  @Column(name = "requested_by", updatable = false)
  private UUID requestedBy;

  @Column(name = "decided_by")
  private UUID decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected StockAdjustment() {}

  public StockAdjustment(
      UUID locationId,
      UUID productId,
      UUID lotId,
      AdjustmentType type,
      BigDecimal quantity,
      String reason,
      UUID stockCountId,
      UUID requestedBy) {
    this.locationId = locationId;
    this.productId = productId;
    this.lotId = lotId;
    this.adjustmentType = type;
    this.quantity = quantity;
    this.reason = reason;
    this.stockCountId = stockCountId;
    this.requestedBy = requestedBy;
    this.status = AdjustmentStatus.PENDING;
  }

  /** Applied: {@code before} is what the location held of the product until now. */
  public void approve(UUID by, BigDecimal before, BigDecimal value, UUID journalEntryId) {
    requirePending();
    this.status = AdjustmentStatus.APPROVED;
    this.quantityBefore = before;
    this.quantityAfter = before.add(quantity);
    this.value = value;
    this.journalEntryId = journalEntryId;
    this.decidedBy = by;
    this.decidedAt = Instant.now();
  }

  public void reject(UUID by) {
    requirePending();
    this.status = AdjustmentStatus.REJECTED;
    this.decidedBy = by;
    this.decidedAt = Instant.now();
  }

  public void requirePending() {
    if (status != AdjustmentStatus.PENDING) {
      throw new StateConflictException(
          "adjustment-decided", "Adjustment already decided", "This adjustment is " + status);
    }
  }

  public boolean increases() {
    return quantity.signum() > 0;
  }

  public UUID getLocationId() {
    return locationId;
  }

  public UUID getProductId() {
    return productId;
  }

  public UUID getLotId() {
    return lotId;
  }

  public AdjustmentType getAdjustmentType() {
    return adjustmentType;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public String getReason() {
    return reason;
  }

  public AdjustmentStatus getStatus() {
    return status;
  }

  public BigDecimal getValue() {
    return value;
  }

  public UUID getJournalEntryId() {
    return journalEntryId;
  }

  public BigDecimal getQuantityBefore() {
    return quantityBefore;
  }

  public BigDecimal getQuantityAfter() {
    return quantityAfter;
  }

  public UUID getStockCountId() {
    return stockCountId;
  }

  public UUID getRequestedBy() {
    return requestedBy;
  }

  public UUID getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
