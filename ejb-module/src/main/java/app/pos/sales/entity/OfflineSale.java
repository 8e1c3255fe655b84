package app.pos.sales.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A sale a till made offline, recorded once: its {@code clientSaleId} (made by the till) is unique
 * per business. Written with the sale, in its transaction, and never changed.
 */
@Entity
@Table(name = "sal_offline_sale")
public class OfflineSale extends TenantOwned {

  @Column(name = "client_sale_id", nullable = false, updatable = false)
  private UUID clientSaleId;

  @Column(name = "till_id", nullable = false, updatable = false)
  private UUID tillId;

  @Column(name = "storefront_id", nullable = false, updatable = false)
  private UUID storefrontId;

  @Column(name = "cashier_id", nullable = false, updatable = false)
  private UUID cashierId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "sale_id", nullable = false, updatable = false)
  private UUID saleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private OfflineSaleStatus status;

  @Column(name = "posted_on", nullable = false, updatable = false)
  private LocalDate postedOn;

  @Column(name = "posted_on_open_date", nullable = false, updatable = false)
  private boolean postedOnOpenDate;

  /** Who sent it (the caller, accountable for it), beside the cashier the till named. */
  @Column(name = "synced_by", updatable = false)
  private UUID syncedBy;

  /** The sale as received (a SHA-256 hex digest): a reused id with another body is refused. */
  @Column(name = "fingerprint", updatable = false)
  private String fingerprint;

  protected OfflineSale() {}

  public OfflineSale(
      UUID clientSaleId,
      UUID tillId,
      UUID storefrontId,
      UUID cashierId,
      Instant occurredAt,
      UUID saleId,
      OfflineSaleStatus status,
      LocalDate postedOn,
      boolean postedOnOpenDate,
      UUID syncedBy,
      String fingerprint) {
    if (status != OfflineSaleStatus.APPLIED && status != OfflineSaleStatus.EXCEPTION) {
      throw new IllegalArgumentException("only applied sales are recorded");
    }
    this.clientSaleId = clientSaleId;
    this.tillId = tillId;
    this.storefrontId = storefrontId;
    this.cashierId = cashierId;
    this.occurredAt = occurredAt;
    this.saleId = saleId;
    this.status = status;
    this.postedOn = postedOn;
    this.postedOnOpenDate = postedOnOpenDate;
    this.syncedBy = syncedBy;
    this.fingerprint = fingerprint;
  }

  public UUID getSyncedBy() {
    return syncedBy;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public UUID getClientSaleId() {
    return clientSaleId;
  }

  public UUID getTillId() {
    return tillId;
  }

  public UUID getStorefrontId() {
    return storefrontId;
  }

  public UUID getCashierId() {
    return cashierId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public UUID getSaleId() {
    return saleId;
  }

  public OfflineSaleStatus getStatus() {
    return status;
  }

  public LocalDate getPostedOn() {
    return postedOn;
  }

  public boolean isPostedOnOpenDate() {
    return postedOnOpenDate;
  }
}
