package app.pos.sales.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** Money (and possibly stock) going back for some of a sale's units; posted when recorded. */
@Entity
@Table(name = "sal_refund")
public class Refund extends TenantOwned {

  @Column(name = "sale_id", nullable = false, updatable = false)
  private UUID saleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private PaymentMethod method;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(nullable = false, updatable = false)
  private boolean restock;

  @Column(nullable = false, updatable = false)
  private BigDecimal net;

  @Column(nullable = false, updatable = false)
  private BigDecimal tax;

  @Column(nullable = false, updatable = false)
  private BigDecimal total;

  @Column(name = "restocked_cost", nullable = false, updatable = false)
  private BigDecimal restockedCost;

  @Column(name = "journal_entry_id", nullable = false, updatable = false)
  private UUID journalEntryId;

  @Column(name = "refunded_by", updatable = false)
  private UUID refundedBy;

  protected Refund() {}

  public Refund(
      UUID id,
      UUID saleId,
      PaymentMethod method,
      String reason,
      boolean restock,
      BigDecimal net,
      BigDecimal tax,
      BigDecimal restockedCost,
      UUID journalEntryId,
      UUID refundedBy) {
    super(id);
    this.saleId = saleId;
    this.method = method;
    this.reason = reason;
    this.restock = restock;
    this.net = net;
    this.tax = tax;
    this.total = net.add(tax);
    this.restockedCost = restockedCost;
    this.journalEntryId = journalEntryId;
    this.refundedBy = refundedBy;
  }

  public UUID getSaleId() {
    return saleId;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public String getReason() {
    return reason;
  }

  public boolean isRestock() {
    return restock;
  }

  public BigDecimal getNet() {
    return net;
  }

  public BigDecimal getTax() {
    return tax;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public BigDecimal getRestockedCost() {
    return restockedCost;
  }

  public UUID getJournalEntryId() {
    return journalEntryId;
  }

  public UUID getRefundedBy() {
    return refundedBy;
  }
}
