package app.pos.inventory.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One product counted: what was counted, what the books held then, and the correction the
 * difference proposed (none when they agree).
 */
@Entity
@Table(name = "inv_stock_count_line")
public class StockCountLine extends TenantOwned {

  @Column(name = "count_id", nullable = false, updatable = false)
  private UUID countId;

  @Column(name = "line_number", nullable = false, updatable = false)
  private int lineNumber;

  @Column(name = "product_id", nullable = false, updatable = false)
  private UUID productId;

  @Column(name = "counted_quantity", nullable = false, updatable = false)
  private BigDecimal countedQuantity;

  @Column(name = "booked_quantity", nullable = false, updatable = false)
  private BigDecimal bookedQuantity;

  @Column(name = "adjustment_id", updatable = false)
  private UUID adjustmentId;

  protected StockCountLine() {}

  public StockCountLine(
      UUID countId,
      int lineNumber,
      UUID productId,
      BigDecimal countedQuantity,
      BigDecimal bookedQuantity,
      UUID adjustmentId) {
    this.countId = countId;
    this.lineNumber = lineNumber;
    this.productId = productId;
    this.countedQuantity = countedQuantity;
    this.bookedQuantity = bookedQuantity;
    this.adjustmentId = adjustmentId;
  }

  public UUID getCountId() {
    return countId;
  }

  public int getLineNumber() {
    return lineNumber;
  }

  public UUID getProductId() {
    return productId;
  }

  public BigDecimal getCountedQuantity() {
    return countedQuantity;
  }

  public BigDecimal getBookedQuantity() {
    return bookedQuantity;
  }

  public BigDecimal getDifference() {
    return countedQuantity.subtract(bookedQuantity);
  }

  public UUID getAdjustmentId() {
    return adjustmentId;
  }
}
