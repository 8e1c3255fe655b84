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
 * Something a sale made offline could not honour, in a manager's queue until resolved once. An
 * OVERSOLD exception is a holding position: so many units of a product at the last known lot cost,
 * carried on account 1250 until stock covers it or it is written off.
 */
@Entity
@Table(name = "sal_sale_exception")
public class SaleException extends TenantOwned {

  @Column(name = "sale_id", nullable = false, updatable = false)
  private UUID saleId;

  @Column(name = "client_sale_id", updatable = false)
  private UUID clientSaleId;

  @Column(name = "storefront_id", nullable = false, updatable = false)
  private UUID storefrontId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private SaleExceptionKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SaleExceptionStatus status;

  @Column(name = "product_id", updatable = false)
  private UUID productId;

  @Column(updatable = false)
  private BigDecimal quantity;

  @Column(name = "unit_cost", updatable = false)
  private BigDecimal unitCost;

  @Column(updatable = false)
  private BigDecimal value;

  @Column(name = "expected_amount", updatable = false)
  private BigDecimal expectedAmount;

  @Column(name = "charged_amount", updatable = false)
  private BigDecimal chargedAmount;

  @Column(nullable = false, updatable = false)
  private String detail;

  @Enumerated(EnumType.STRING)
  @Column
  private SaleExceptionResolution resolution;

  @Column(name = "resolution_note")
  private String resolutionNote;

  @Column(name = "resolved_by")
  private UUID resolvedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolution_entry_id")
  private UUID resolutionEntryId;

  protected SaleException() {}

  private SaleException(
      UUID saleId,
      UUID clientSaleId,
      UUID storefrontId,
      SaleExceptionKind kind,
      UUID productId,
      String detail) {
    this.saleId = saleId;
    this.clientSaleId = clientSaleId;
    this.storefrontId = storefrontId;
    this.kind = kind;
    this.productId = productId;
    this.detail = detail.length() > 500 ? detail.substring(0, 500) : detail;
    this.status = SaleExceptionStatus.OPEN;
  }

  /** Units sold that the shelf did not have, valued at the last known lot cost. */
  public static SaleException oversold(
      UUID saleId,
      UUID clientSaleId,
      UUID storefrontId,
      UUID productId,
      BigDecimal quantity,
      BigDecimal unitCost,
      BigDecimal value,
      String detail) {
    SaleException e =
        new SaleException(
            saleId, clientSaleId, storefrontId, SaleExceptionKind.OVERSOLD, productId, detail);
    e.quantity = quantity;
    e.unitCost = unitCost;
    e.value = value;
    return e;
  }

  /** A line charged otherwise than the server would have: the sale stands at what was charged. */
  public static SaleException priceMismatch(
      UUID saleId,
      UUID clientSaleId,
      UUID storefrontId,
      UUID productId,
      BigDecimal quantity,
      BigDecimal expected,
      BigDecimal charged,
      String detail) {
    SaleException e =
        new SaleException(
            saleId,
            clientSaleId,
            storefrontId,
            SaleExceptionKind.PRICE_MISMATCH,
            productId,
            detail);
    e.quantity = quantity;
    e.expectedAmount = expected;
    e.chargedAmount = charged;
    return e;
  }

  /** The customer's account was charged although the credit rules refused it. */
  public static SaleException credit(
      UUID saleId,
      UUID clientSaleId,
      UUID storefrontId,
      SaleExceptionKind kind,
      BigDecimal charged,
      String detail) {
    SaleException e = new SaleException(saleId, clientSaleId, storefrontId, kind, null, detail);
    e.chargedAmount = charged;
    return e;
  }

  /** Resolves the exception, once; oversold units need their posted entry. */
  public void resolve(SaleExceptionResolution how, String note, UUID by, UUID entryId, Instant at) {
    if (status == SaleExceptionStatus.RESOLVED) {
      throw new StateConflictException(
          "exception-resolved", "Exception resolved", "This exception was resolved already");
    }
    boolean stock = how != SaleExceptionResolution.ACKNOWLEDGED;
    if (stock != (kind == SaleExceptionKind.OVERSOLD)) {
      throw new StateConflictException(
          "resolution-not-allowed",
          "Resolution not allowed",
          kind == SaleExceptionKind.OVERSOLD
              ? "Oversold units are resolved by STOCK_ARRIVED or WRITTEN_OFF"
              : "A " + kind + " exception is resolved by ACKNOWLEDGED");
    }
    this.status = SaleExceptionStatus.RESOLVED;
    this.resolution = how;
    this.resolutionNote = note;
    this.resolvedBy = by;
    this.resolutionEntryId = entryId;
    this.resolvedAt = at;
  }

  public boolean isOpen() {
    return status == SaleExceptionStatus.OPEN;
  }

  public UUID getSaleId() {
    return saleId;
  }

  public UUID getClientSaleId() {
    return clientSaleId;
  }

  public UUID getStorefrontId() {
    return storefrontId;
  }

  public SaleExceptionKind getKind() {
    return kind;
  }

  public SaleExceptionStatus getStatus() {
    return status;
  }

  public UUID getProductId() {
    return productId;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public BigDecimal getUnitCost() {
    return unitCost;
  }

  public BigDecimal getValue() {
    return value;
  }

  public BigDecimal getExpectedAmount() {
    return expectedAmount;
  }

  public BigDecimal getChargedAmount() {
    return chargedAmount;
  }

  public String getDetail() {
    return detail;
  }

  public SaleExceptionResolution getResolution() {
    return resolution;
  }

  public String getResolutionNote() {
    return resolutionNote;
  }

  public UUID getResolvedBy() {
    return resolvedBy;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public UUID getResolutionEntryId() {
    return resolutionEntryId;
  }
}
