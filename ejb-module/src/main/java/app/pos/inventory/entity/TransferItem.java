package app.pos.inventory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;

/** A product and quantity a transfer moves, or a storefront's request for one asks for. */
@Embeddable
public class TransferItem {

  @Column(name = "line_number", nullable = false)
  private int lineNumber;

  @Column(name = "business_id", nullable = false)
  private UUID businessId;

  @Column(name = "product_id", nullable = false)
  private UUID productId;

  @Column(nullable = false)
  private BigDecimal quantity;

  protected TransferItem() {}

  TransferItem(int lineNumber, UUID businessId, UUID productId, BigDecimal quantity) {
    this.lineNumber = lineNumber;
    this.businessId = businessId;
    this.productId = productId;
    this.quantity = quantity;
  }

  public int getLineNumber() {
    return lineNumber;
  }

  public UUID getProductId() {
    return productId;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }
}
