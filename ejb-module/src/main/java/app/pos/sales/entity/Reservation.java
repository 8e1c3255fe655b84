package app.pos.sales.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Stock held for a pending sale or a draft cart (one of them): ACTIVE until the sale completes or
 * the cart is rung up (COMMITTED) or either is cancelled, abandoned or expires (RELEASED). The held
 * quantities are the sale's lines' lots, or the cart's lines' lots.
 */
@Entity
@Table(name = "sal_reservation")
public class Reservation extends TenantOwned {

  @Column(name = "sale_id", updatable = false)
  private UUID saleId;

  @Column(name = "cart_id", updatable = false)
  private UUID cartId;

  @Column(name = "storefront_id", nullable = false, updatable = false)
  private UUID storefrontId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReservationStatus status;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected Reservation() {}

  public Reservation(UUID saleId, UUID storefrontId, Instant expiresAt) {
    this.saleId = saleId;
    this.storefrontId = storefrontId;
    this.expiresAt = expiresAt;
    this.status = ReservationStatus.ACTIVE;
  }

  /** The stock a draft cart holds, until {@code expiresAt}. */
  public static Reservation forCart(UUID cartId, UUID storefrontId, Instant expiresAt) {
    Reservation r = new Reservation(null, storefrontId, expiresAt);
    r.cartId = cartId;
    return r;
  }

  /** A cart's hold runs on from now when a line is added. */
  public void extendTo(Instant until) {
    this.expiresAt = until;
  }

  public void close(ReservationStatus outcome) {
    this.status = outcome;
    this.closedAt = Instant.now();
  }

  public boolean isActive() {
    return ReservationStatus.ACTIVE.equals(status);
  }

  public UUID getSaleId() {
    return saleId;
  }

  /** The held cart whose stock this is, or null for a pending sale's. */
  public UUID getCartId() {
    return cartId;
  }

  public UUID getStorefrontId() {
    return storefrontId;
  }

  public ReservationStatus getStatus() {
    return status;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
