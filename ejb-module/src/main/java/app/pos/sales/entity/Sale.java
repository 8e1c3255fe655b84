package app.pos.sales.entity;

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

/**
 * A sale at a storefront: PENDING (its stock reserved until {@code reservedUntil}) until tenders
 * cover it, then COMPLETED (stock taken, posted); CANCELLED from PENDING; PARTIALLY_REFUNDED or
 * REFUNDED after refunds. Amounts are fixed when the sale is created; only payments and refunds
 * change it afterwards.
 */
@Entity
@Table(name = "sal_sale")
public class Sale extends TenantOwned {

  @Column(name = "receipt_number", nullable = false, updatable = false)
  private String receiptNumber;

  @Column(name = "storefront_id", nullable = false, updatable = false)
  private UUID storefrontId;

  @Enumerated(EnumType.STRING)
  @Column(name = "sale_type", nullable = false, updatable = false)
  private SaleType saleType;

  @Column(name = "customer_id", updatable = false)
  private UUID customerId;

  @Column(name = "cashier_id", updatable = false)
  private UUID cashierId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SaleStatus status;

  @Column(nullable = false, updatable = false)
  private BigDecimal subtotal;

  @Column(name = "discount_total", nullable = false, updatable = false)
  private BigDecimal discountTotal;

  @Column(name = "tax_total", nullable = false, updatable = false)
  private BigDecimal taxTotal;

  @Column(nullable = false, updatable = false)
  private BigDecimal total;

  @Column(name = "amount_paid", nullable = false)
  private BigDecimal amountPaid = BigDecimal.ZERO;

  @Column(name = "change_due", nullable = false)
  private BigDecimal changeDue = BigDecimal.ZERO;

  @Column(name = "cost_total", nullable = false)
  private BigDecimal costTotal = BigDecimal.ZERO;

  @Column(name = "refunded_total", nullable = false)
  private BigDecimal refundedTotal = BigDecimal.ZERO;

  @Column(name = "reserved_until")
  private Instant reservedUntil;

  @Column(name = "journal_entry_id")
  private UUID journalEntryId;

  @Column(name = "price_override_reason", updatable = false)
  private String priceOverrideReason;

  @Column(name = "credit_override_reason")
  private String creditOverrideReason;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "sold_from", nullable = false, updatable = false)
  private SaleLocation soldFrom = SaleLocation.STOREFRONT;

  protected Sale() {}

  public Sale(
      UUID id,
      String receiptNumber,
      UUID storefrontId,
      SaleType saleType,
      UUID customerId,
      UUID cashierId,
      BigDecimal subtotal,
      BigDecimal discountTotal,
      BigDecimal taxTotal,
      BigDecimal total,
      String priceOverrideReason) {
    super(id);
    this.receiptNumber = receiptNumber;
    this.storefrontId = storefrontId;
    this.saleType = saleType;
    this.customerId = customerId;
    this.cashierId = cashierId;
    this.subtotal = subtotal;
    this.discountTotal = discountTotal;
    this.taxTotal = taxTotal;
    this.total = total;
    this.priceOverrideReason = priceOverrideReason;
    this.status = SaleStatus.PENDING;
  }

  /** A sale from a warehouse's stock (its {@code storefrontId} is then the warehouse). */
  public void soldFromWarehouse() {
    this.soldFrom = SaleLocation.WAREHOUSE;
  }

  public SaleLocation getSoldFrom() {
    return soldFrom;
  }

  /** Stock stays reserved for the sale until then. */
  public void holdUntil(Instant until) {
    this.reservedUntil = until;
  }

  /** Records what has been tendered so far (payments taken for this sale). */
  public void tendered(BigDecimal amountPaid) {
    requirePending("take a payment for");
    this.amountPaid = amountPaid;
  }

  public void complete(
      BigDecimal changeDue, BigDecimal costTotal, UUID journalEntryId, String creditOverride) {
    complete(changeDue, costTotal, journalEntryId, creditOverride, Instant.now());
  }

  /**
   * Completed as of {@code completedAt}: a sale made offline completes when it happened (or on the
   * first open day its entry moved to), so its report day is its ledger day.
   */
  public void complete(
      BigDecimal changeDue,
      BigDecimal costTotal,
      UUID journalEntryId,
      String creditOverride,
      Instant completedAt) {
    requirePending("complete");
    this.status = SaleStatus.COMPLETED;
    this.changeDue = changeDue;
    this.costTotal = costTotal;
    this.journalEntryId = journalEntryId;
    this.creditOverrideReason = creditOverride;
    this.reservedUntil = null;
    this.completedAt = completedAt;
  }

  /** The cost of its units as it turned out (oversold units valued when their stock arrived). */
  public void costCorrected(BigDecimal costTotal) {
    this.costTotal = costTotal;
  }

  public void cancel(String reason) {
    requirePending("cancel");
    this.status = SaleStatus.CANCELLED;
    this.cancelReason = reason;
    this.reservedUntil = null;
  }

  /** Only a completed sale, or one refunded in part, takes a refund. */
  public void requireRefundable() {
    if (!SaleStatus.COMPLETED.equals(status) && !SaleStatus.PARTIALLY_REFUNDED.equals(status)) {
      throw new StateConflictException(
          "sale-not-refundable",
          "Sale cannot be refunded",
          "Only completed sales are refunded; this one is " + status);
    }
  }

  /** A refund of {@code amount}; fully refunded when every unit has gone back. */
  public void refunded(BigDecimal amount, boolean everyUnitReturned) {
    requireRefundable();
    this.refundedTotal = refundedTotal.add(amount);
    this.status = everyUnitReturned ? SaleStatus.REFUNDED : SaleStatus.PARTIALLY_REFUNDED;
  }

  public boolean isPending() {
    return SaleStatus.PENDING.equals(status);
  }

  private void requirePending(String action) {
    if (!isPending()) {
      throw new StateConflictException(
          "sale-not-pending",
          "Sale is not pending",
          "Cannot " + action + " a sale that is " + status);
    }
  }

  public String getReceiptNumber() {
    return receiptNumber;
  }

  public UUID getStorefrontId() {
    return storefrontId;
  }

  public SaleType getSaleType() {
    return saleType;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public UUID getCashierId() {
    return cashierId;
  }

  public SaleStatus getStatus() {
    return status;
  }

  public BigDecimal getSubtotal() {
    return subtotal;
  }

  public BigDecimal getDiscountTotal() {
    return discountTotal;
  }

  public BigDecimal getTaxTotal() {
    return taxTotal;
  }

  public BigDecimal getTotal() {
    return total;
  }

  /** Net revenue: subtotal less discounts. */
  public BigDecimal getNet() {
    return subtotal.subtract(discountTotal);
  }

  public BigDecimal getAmountPaid() {
    return amountPaid;
  }

  public BigDecimal getChangeDue() {
    return changeDue;
  }

  public BigDecimal getCostTotal() {
    return costTotal;
  }

  public BigDecimal getRefundedTotal() {
    return refundedTotal;
  }

  public Instant getReservedUntil() {
    return reservedUntil;
  }

  public UUID getJournalEntryId() {
    return journalEntryId;
  }

  public String getPriceOverrideReason() {
    return priceOverrideReason;
  }

  public String getCreditOverrideReason() {
    return creditOverrideReason;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
