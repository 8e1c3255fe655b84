package app.pos.sales.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A tender taken for a sale; VOIDED when its pending sale is cancelled (handed back). */
@Entity
@Table(name = "sal_payment")
public class Payment extends TenantOwned {

  public static final String RECEIVED = "RECEIVED";
  public static final String VOIDED = "VOIDED";

  @Column(name = "sale_id", nullable = false, updatable = false)
  private UUID saleId;

  @Column(nullable = false, updatable = false)
  private String method;

  @Column(nullable = false, updatable = false)
  private BigDecimal amount;

  @Column(updatable = false)
  private String reference;

  @Column(nullable = false)
  private String status;

  @Column(name = "received_by", updatable = false)
  private UUID receivedBy;

  protected Payment() {}

  public Payment(UUID saleId, String method, BigDecimal amount, String reference, UUID receivedBy) {
    this.saleId = saleId;
    this.method = method;
    this.amount = amount;
    this.reference = reference;
    this.receivedBy = receivedBy;
    this.status = RECEIVED;
  }

  public void voided() {
    this.status = VOIDED;
  }

  public UUID getSaleId() {
    return saleId;
  }

  public String getMethod() {
    return method;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getReference() {
    return reference;
  }

  public String getStatus() {
    return status;
  }

  public UUID getReceivedBy() {
    return receivedBy;
  }
}
