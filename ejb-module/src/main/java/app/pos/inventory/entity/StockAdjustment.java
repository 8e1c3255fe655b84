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

  @Column(name = "adjustment_type", nullable = false, updatable = false)
  private String adjustmentType;

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
      String type,
      BigDecimal quantity,
      String reason,
      UUID requestedBy) {
    this.locationId = locationId;
    this.productId = productId;
    this.lotId = lotId;
    this.adjustmentType = type;
    this.quantity = quantity;
    this.reason = reason;
    this.requestedBy = requestedBy;
    this.status = AdjustmentStatus.PENDING;
  }

  public void approve(UUID by, BigDecimal value, UUID journalEntryId) {
    requirePending();
    this.status = AdjustmentStatus.APPROVED;
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

  public String getAdjustmentType() {
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
