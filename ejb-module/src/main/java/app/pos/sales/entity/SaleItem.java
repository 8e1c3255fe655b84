package app.pos.sales.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One line of a sale: a product, its quantity, price, discount and tax, and what was refunded. */
@Entity
@Table(name = "sal_sale_item")
public class SaleItem extends TenantOwned {

  @Column(name = "sale_id", nullable = false, updatable = false)
  private UUID saleId;

  @Column(name = "line_number", nullable = false, updatable = false)
  private int lineNumber;

  @Column(name = "product_id", nullable = false, updatable = false)
  private UUID productId;

  @Column(nullable = false, updatable = false)
  private BigDecimal quantity;

  @Column(name = "unit_price", nullable = false, updatable = false)
  private BigDecimal unitPrice;

  @Column(name = "price_overridden", nullable = false, updatable = false)
  private boolean priceOverridden;

  @Column(nullable = false, updatable = false)
  private BigDecimal gross;

  @Column(nullable = false, updatable = false)
  private BigDecimal discount;

  @Column(nullable = false, updatable = false)
  private BigDecimal net;

  @Column(name = "tax_rate", nullable = false, updatable = false)
  private BigDecimal taxRate;

  @Column(nullable = false, updatable = false)
  private BigDecimal tax;

  @Column(nullable = false, updatable = false)
  private BigDecimal total;

  @Column(nullable = false)
  private BigDecimal cost = BigDecimal.ZERO;

  @Column(name = "refunded_quantity", nullable = false)
  private BigDecimal refundedQuantity = BigDecimal.ZERO;

  @Column(name = "refunded_net", nullable = false)
  private BigDecimal refundedNet = BigDecimal.ZERO;

  @Column(name = "refunded_tax", nullable = false)
  private BigDecimal refundedTax = BigDecimal.ZERO;

  protected SaleItem() {}

  public SaleItem(
      UUID id,
      UUID saleId,
      int lineNumber,
      UUID productId,
      BigDecimal quantity,
      BigDecimal unitPrice,
      boolean priceOverridden,
      BigDecimal gross,
      BigDecimal discount,
      BigDecimal net,
      BigDecimal taxRate,
      BigDecimal tax,
      BigDecimal total) {
    super(id);
    this.saleId = saleId;
    this.lineNumber = lineNumber;
    this.productId = productId;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.priceOverridden = priceOverridden;
    this.gross = gross;
    this.discount = discount;
    this.net = net;
    this.taxRate = taxRate;
    this.tax = tax;
    this.total = total;
  }

  public void costed(BigDecimal cost) {
    this.cost = cost;
  }

  public void returned(BigDecimal quantity, BigDecimal net, BigDecimal tax) {
    this.refundedQuantity = refundedQuantity.add(quantity);
    this.refundedNet = refundedNet.add(net);
    this.refundedTax = refundedTax.add(tax);
  }

  public BigDecimal returnable() {
    return quantity.subtract(refundedQuantity);
  }

  public UUID getSaleId() {
    return saleId;
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

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public boolean isPriceOverridden() {
    return priceOverridden;
  }

  public BigDecimal getGross() {
    return gross;
  }

  public BigDecimal getDiscount() {
    return discount;
  }

  public BigDecimal getNet() {
    return net;
  }

  public BigDecimal getTaxRate() {
    return taxRate;
  }

  public BigDecimal getTax() {
    return tax;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public BigDecimal getCost() {
    return cost;
  }

  public BigDecimal getRefundedQuantity() {
    return refundedQuantity;
  }

  public BigDecimal getRefundedNet() {
    return refundedNet;
  }

  public BigDecimal getRefundedTax() {
    return refundedTax;
  }
}
