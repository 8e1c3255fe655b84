package app.pos.subscriptions.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the platform billed a business for one period of its subscription. */
@Entity
@Table(name = "sub_invoice")
public class Invoice extends TenantOwned {

  @Column(name = "subscription_id", nullable = false, updatable = false)
  private UUID subscriptionId;

  @Column(name = "invoice_number", nullable = false, updatable = false)
  private String invoiceNumber;

  @Column(name = "period_start", nullable = false, updatable = false)
  private Instant periodStart;

  @Column(name = "period_end", nullable = false, updatable = false)
  private Instant periodEnd;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Column(nullable = false, updatable = false)
  private BigDecimal subtotal;

  @Column(nullable = false, updatable = false)
  private BigDecimal tax;

  @Column(nullable = false, updatable = false)
  private BigDecimal total;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InvoiceStatus status;

  @Column(name = "due_date", nullable = false, updatable = false)
  private LocalDate dueDate;

  @Column(name = "paid_at")
  private Instant paidAt;

  protected Invoice() {}

  public Invoice(
      UUID id,
      UUID subscriptionId,
      String invoiceNumber,
      Instant periodStart,
      Instant periodEnd,
      String currency,
      BigDecimal subtotal,
      BigDecimal tax,
      LocalDate dueDate) {
    super(id);
    this.subscriptionId = subscriptionId;
    this.invoiceNumber = invoiceNumber;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.currency = currency;
    this.subtotal = subtotal;
    this.tax = tax;
    this.total = subtotal.add(tax);
    this.dueDate = dueDate;
    this.status = InvoiceStatus.OPEN;
  }

  public void paid(Instant at) {
    this.status = InvoiceStatus.PAID;
    this.paidAt = at;
  }

  public UUID getSubscriptionId() {
    return subscriptionId;
  }

  public String getInvoiceNumber() {
    return invoiceNumber;
  }

  public Instant getPeriodStart() {
    return periodStart;
  }

  public Instant getPeriodEnd() {
    return periodEnd;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getSubtotal() {
    return subtotal;
  }

  public BigDecimal getTax() {
    return tax;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public InvoiceStatus getStatus() {
    return status;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Instant getPaidAt() {
    return paidAt;
  }
}
