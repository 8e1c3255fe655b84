package app.pos.sales.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A tender taken for a sale; VOIDED when its pending sale is cancelled (handed back). */
@Entity
@Table(name = "sal_payment")
public class Payment extends TenantOwned {

  @Column(name = "sale_id", nullable = false, updatable = false)
  private UUID saleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private PaymentMethod method;

  @Column(nullable = false, updatable = false)
  private BigDecimal amount;

  @Column(updatable = false)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PaymentStatus status;

  @Column(name = "received_by", updatable = false)
  private UUID receivedBy;

  protected Payment() {}

  public Payment(
      UUID saleId, PaymentMethod method, BigDecimal amount, String reference, UUID receivedBy) {
    this.saleId = saleId;
    this.method = method;
    this.amount = amount;
    this.reference = reference;
    this.receivedBy = receivedBy;
    this.status = PaymentStatus.RECEIVED;
  }

  public void voided() {
    this.status = PaymentStatus.VOIDED;
  }

  public UUID getSaleId() {
    return saleId;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getReference() {
    return reference;
  }

  public PaymentStatus getStatus() {
    return status;
  }

  public UUID getReceivedBy() {
    return receivedBy;
  }
}
