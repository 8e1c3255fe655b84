package app.pos.sales.entity;

import app.pos.platform.control.StateConflictException;
import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A basket a till parks and resumes: a DRAFT whose lines hold their stock until {@code heldUntil}
 * (renewed with every line added), closed once as COMPLETED (with the sale it became), ABANDONED or
 * EXPIRED.
 */
@Entity
@Table(name = "sal_cart")
public class Cart extends TenantOwned {

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
  private CartStatus status;

  @Column(name = "sale_id")
  private UUID saleId;

  @Column(name = "held_until", nullable = false)
  private Instant heldUntil;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected Cart() {}

  public Cart(
      UUID storefrontId, SaleType saleType, UUID customerId, UUID cashierId, Instant heldUntil) {
    this.storefrontId = storefrontId;
    this.saleType = saleType;
    this.customerId = customerId;
    this.cashierId = cashierId;
    this.heldUntil = heldUntil;
    this.status = CartStatus.DRAFT;
  }

  /** Lines may be added, removed, and the cart closed only while it is a DRAFT. */
  public void requireDraft() {
    if (status != CartStatus.DRAFT) {
      throw new StateConflictException(
          "cart-closed", "Cart is closed", "This cart is " + status + ": it changes no more");
    }
  }

  /** Whether its hold ran out before {@code now} (renewed by each line added). */
  public boolean isExpiredAt(Instant now) {
    return heldUntil.isBefore(now);
  }

  /**
   * A DRAFT whose hold has not run out: an expired cart is not rung up or added to, even before the
   * sweep releases it (its units may be counted as free by then), 409 cart-expired.
   */
  public void requireHeld(Instant now) {
    requireDraft();
    if (isExpiredAt(now)) {
      throw new StateConflictException(
          "cart-expired",
          "Cart has expired",
          "This cart's hold ran out at " + heldUntil + ": start a new cart");
    }
  }

  public void holdUntil(Instant until) {
    requireDraft();
    this.heldUntil = until;
  }

  public void completed(UUID sale) {
    requireDraft();
    this.saleId = sale;
    close(CartStatus.COMPLETED);
  }

  public void close(CartStatus outcome) {
    requireDraft();
    this.status = outcome;
    this.closedAt = Instant.now();
  }

  public boolean isDraft() {
    return status == CartStatus.DRAFT;
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

  public CartStatus getStatus() {
    return status;
  }

  public UUID getSaleId() {
    return saleId;
  }

  public Instant getHeldUntil() {
    return heldUntil;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
