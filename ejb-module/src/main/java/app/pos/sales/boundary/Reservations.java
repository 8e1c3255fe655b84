package app.pos.sales.boundary;

import app.pos.platform.control.Audited;
import app.pos.platform.control.TenantStore;
import app.pos.sales.control.CartHolds;
import app.pos.sales.control.SaleSettlement;
import app.pos.sales.entity.Cart;
import app.pos.sales.entity.CartStatus;
import app.pos.sales.entity.Reservation;
import app.pos.sales.entity.ReservationStatus;
import app.pos.sales.entity.Sale;
import app.pos.sales.entity.SaleItem;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stock held for pending sales and held carts. A reservation past its time is released with its
 * sale (CANCELLED, payments voided) or its cart (EXPIRED), on request or by the timer every 15
 * minutes. A dry run answers what would be released and changes nothing.
 */
@Stateless
public class Reservations {

  public static final String EXPIRED = "reservation expired";

  @Inject TenantStore store;
  @Inject SaleSettlement settlement;
  @Inject CartHolds holds;

  /**
   * A reservation that was (or, in a dry run, would be) released: a pending sale's ({@code
   * sale_id}) or a held cart's ({@code cart_id}).
   */
  public record Released(
      UUID id,
      UUID saleId,
      UUID cartId,
      UUID storefrontId,
      Instant expiresAt,
      ReservationStatus status) {}

  /** What releasing expired reservations did (or would do). */
  public record ReleaseReport(int released, boolean dryRun, List<Released> reservations) {}

  /** The business's expired reservations, released unless {@code dryRun}. */
  @Audited(value = "reservations.released_expired", entity = "Reservation")
  public ReleaseReport releaseExpired(boolean dryRun) {
    List<Reservation> expired =
        store.list(
            Reservation.class,
            "e.status = :active AND e.expiresAt < :now",
            Map.of("active", ReservationStatus.ACTIVE, "now", Instant.now()),
            "e.expiresAt, e.id");
    List<Released> released = new ArrayList<>();
    for (Reservation reservation : expired) {
      if (!dryRun) {
        boolean done =
            reservation.getCartId() != null
                ? releaseCart(reservation.getCartId())
                : release(reservation.getSaleId());
        if (!done) {
          continue; // completed, cancelled or renewed meanwhile: not released
        }
      }
      released.add(
          new Released(
              reservation.getId(),
              reservation.getSaleId(),
              reservation.getCartId(),
              reservation.getStorefrontId(),
              reservation.getExpiresAt(),
              dryRun ? reservation.getStatus() : ReservationStatus.RELEASED));
    }
    return new ReleaseReport(dryRun ? 0 : released.size(), dryRun, released);
  }

  /** Releases one expired reservation in its own transaction (the timer's unit of work). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean releaseOne(UUID saleId) {
    return release(saleId);
  }

  /**
   * Expires one held cart whose hold ran out, in its own transaction (the timer's unit of work).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean releaseOneCart(UUID cartId) {
    return releaseCart(cartId);
  }

  private boolean releaseCart(UUID cartId) {
    Cart cart = store.lock(Cart.class, cartId);
    if (!cart.isDraft()) {
      return false; // rung up or abandoned meanwhile
    }
    // re-read under the cart's lock: a line added since the expired reservations were listed
    // renewed the hold
    if (!cart.isExpiredAt(Instant.now())) {
      return false;
    }
    holds.giveBack(cart, CartStatus.EXPIRED);
    return true;
  }

  private boolean release(UUID saleId) {
    Sale sale = store.lock(Sale.class, saleId);
    if (!sale.isPending()) {
      return false; // paid or cancelled meanwhile
    }
    List<SaleItem> items =
        store.list(SaleItem.class, "e.saleId = :sale", Map.of("sale", saleId), "e.lineNumber");
    settlement.cancel(sale, items, EXPIRED);
    return true;
  }
}
