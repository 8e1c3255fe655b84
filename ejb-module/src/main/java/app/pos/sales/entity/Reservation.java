package app.pos.sales.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Stock held for a pending sale: ACTIVE until the sale completes (COMMITTED) or is cancelled or
 * expires (RELEASED). The held quantities are the sale's lines' lots.
 */
@Entity
@Table(name = "sal_reservation")
public class Reservation extends TenantOwned {

  public static final String ACTIVE = "ACTIVE";
  public static final String COMMITTED = "COMMITTED";
  public static final String RELEASED = "RELEASED";

  @Column(name = "sale_id", nullable = false, updatable = false)
  private UUID saleId;

  @Column(name = "storefront_id", nullable = false, updatable = false)
  private UUID storefrontId;

  @Column(nullable = false)
  private String status;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected Reservation() {}

  public Reservation(UUID saleId, UUID storefrontId, Instant expiresAt) {
    this.saleId = saleId;
    this.storefrontId = storefrontId;
    this.expiresAt = expiresAt;
    this.status = ACTIVE;
  }

  public void close(String outcome) {
    this.status = outcome;
    this.closedAt = Instant.now();
  }

  public boolean isActive() {
    return ACTIVE.equals(status);
  }

  public UUID getSaleId() {
    return saleId;
  }

  public UUID getStorefrontId() {
    return storefrontId;
  }

  public String getStatus() {
    return status;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
