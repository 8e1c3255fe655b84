package app.pos.inventory.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Units of one product received together: their cost, their selling prices and their expiry. A lot
 * keeps its identity wherever its units move.
 */
@Entity
@Table(name = "inv_stock_lot")
public class StockLot extends TenantOwned {

  @Column(name = "product_id", nullable = false, updatable = false)
  private UUID productId;

  @Column(name = "goods_receipt_id", nullable = false, updatable = false)
  private UUID goodsReceiptId;

  @Column(nullable = false, updatable = false)
  private String supplier;

  @Column(name = "received_quantity", nullable = false, updatable = false)
  private BigDecimal receivedQuantity;

  @Column(name = "unit_cost", nullable = false, updatable = false)
  private BigDecimal unitCost;

  @Column(name = "retail_price", nullable = false)
  private BigDecimal retailPrice;

  @Column(name = "wholesale_price", nullable = false)
  private BigDecimal wholesalePrice;

  @Column(name = "expiry_date", updatable = false)
  private LocalDate expiryDate;

  protected StockLot() {}

  public StockLot(
      UUID productId,
      UUID goodsReceiptId,
      String supplier,
      BigDecimal receivedQuantity,
      BigDecimal unitCost,
      BigDecimal retailPrice,
      BigDecimal wholesalePrice,
      LocalDate expiryDate) {
    this.productId = productId;
    this.goodsReceiptId = goodsReceiptId;
    this.supplier = supplier;
    this.receivedQuantity = receivedQuantity;
    this.unitCost = unitCost;
    this.retailPrice = retailPrice;
    this.wholesalePrice = wholesalePrice;
    this.expiryDate = expiryDate;
  }

  /** New selling prices for what is left of the lot (cost and quantities are history). */
  public void reprice(BigDecimal retailPrice, BigDecimal wholesalePrice) {
    if (retailPrice != null) {
      this.retailPrice = retailPrice;
    }
    if (wholesalePrice != null) {
      this.wholesalePrice = wholesalePrice;
    }
  }

  public UUID getProductId() {
    return productId;
  }

  public UUID getGoodsReceiptId() {
    return goodsReceiptId;
  }

  public String getSupplier() {
    return supplier;
  }

  public BigDecimal getReceivedQuantity() {
    return receivedQuantity;
  }

  public BigDecimal getUnitCost() {
    return unitCost;
  }

  public BigDecimal getRetailPrice() {
    return retailPrice;
  }

  public BigDecimal getWholesalePrice() {
    return wholesalePrice;
  }

  public LocalDate getExpiryDate() {
    return expiryDate;
  }
}
