package app.pos.sales.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Units of a sale exchanged for new ones: the refund that took them back and the sale that sold the
 * new ones, written once in the same transaction.
 */
@Entity
@Table(name = "sal_exchange")
public class Exchange extends TenantOwned {

  @Column(name = "original_sale_id", nullable = false, updatable = false)
  private UUID originalSaleId;

  @Column(name = "refund_id", nullable = false, updatable = false)
  private UUID refundId;

  @Column(name = "sale_id", nullable = false, updatable = false)
  private UUID saleId;

  @Column(name = "returned_total", nullable = false, updatable = false)
  private BigDecimal returnedTotal;

  @Column(name = "sold_total", nullable = false, updatable = false)
  private BigDecimal soldTotal;

  @Column(nullable = false, updatable = false)
  private BigDecimal difference;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "exchanged_by", updatable = false)
  private UUID exchangedBy;

  protected Exchange() {}

  public Exchange(
      UUID originalSaleId,
      UUID refundId,
      UUID saleId,
      BigDecimal returnedTotal,
      BigDecimal soldTotal,
      String reason,
      UUID exchangedBy) {
    this.originalSaleId = originalSaleId;
    this.refundId = refundId;
    this.saleId = saleId;
    this.returnedTotal = returnedTotal;
    this.soldTotal = soldTotal;
    this.difference = soldTotal.subtract(returnedTotal);
    this.reason = reason;
    this.exchangedBy = exchangedBy;
  }

  public UUID getOriginalSaleId() {
    return originalSaleId;
  }

  public UUID getRefundId() {
    return refundId;
  }

  public UUID getSaleId() {
    return saleId;
  }

  public BigDecimal getReturnedTotal() {
    return returnedTotal;
  }

  public BigDecimal getSoldTotal() {
    return soldTotal;
  }

  public BigDecimal getDifference() {
    return difference;
  }

  public String getReason() {
    return reason;
  }

  public UUID getExchangedBy() {
    return exchangedBy;
  }
}
