package app.pos.sales.control;

import app.pos.inventory.control.FefoAllocation;
import app.pos.inventory.control.StockBook;
import app.pos.platform.control.SqlArrays;
import app.pos.platform.control.TenantStore;
import app.pos.sales.entity.Cart;
import app.pos.sales.entity.CartItem;
import app.pos.sales.entity.CartStatus;
import app.pos.sales.entity.Reservation;
import app.pos.sales.entity.ReservationStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The stock a held cart holds: each line's units reserved in the storefront's lots (the only writer
 * of {@code sal_cart_item_lot}), and given back when a line is removed or the cart closes. Lots are
 * reserved and released in lot-id order, the stock book's one lock order.
 */
@Dependent
public class CartHolds {

  @Inject TenantStore store;
  @Inject StockBook stock;

  /** So many units of a lot a cart line holds. */
  public record Held(UUID cartItemId, UUID productId, UUID lotId, BigDecimal quantity) {}

  /** Reserves the picked units for a new cart line and records which lots hold them. */
  public void hold(CartItem item, UUID storefrontId, List<FefoAllocation.Take> takes) {
    List<FefoAllocation.Take> sorted =
        takes.stream().sorted(Comparator.comparing(t -> t.lot().lotId())).toList();
    for (FefoAllocation.Take take : sorted) {
      stock.reserve(take.lot().lotId(), item.getProductId(), storefrontId, take.quantity());
    }
    store
        .nativeQuery(
            "INSERT INTO sal_cart_item_lot (business_id, cart_item_id, lot_id, quantity)"
                + " SELECT ?1, ?2, l.lot_id, l.quantity FROM unnest(CAST(?3 AS uuid[]),"
                + " CAST(?4 AS numeric[])) AS l(lot_id, quantity)")
        .setParameter(2, item.getId())
        .setParameter(3, SqlArrays.literal(sorted.stream().map(t -> t.lot().lotId()).toList()))
        .setParameter(4, SqlArrays.literal(sorted.stream().map(t -> t.quantity()).toList()))
        .executeUpdate();
  }

  /** The lots these cart lines hold. */
  public List<Held> heldBy(Collection<CartItem> items) {
    if (items.isEmpty()) {
      return List.of();
    }
    Map<UUID, UUID> productOf =
        items.stream()
            .collect(java.util.stream.Collectors.toMap(CartItem::getId, CartItem::getProductId));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT cart_item_id, lot_id, quantity FROM sal_cart_item_lot WHERE business_id = ?1"
                    + " AND cart_item_id = ANY(CAST(?2 AS uuid[])) ORDER BY lot_id, cart_item_id")
            .setParameter(2, SqlArrays.literal(productOf.keySet()))
            .getResultList();
    return rows.stream()
        .map(r -> new Held((UUID) r[0], productOf.get((UUID) r[0]), (UUID) r[1], (BigDecimal) r[2]))
        .toList();
  }

  /** Gives held units back to the storefront's available stock. */
  public void release(UUID storefrontId, List<Held> held) {
    held.stream()
        .sorted(Comparator.comparing(Held::lotId))
        .forEach(h -> stock.release(h.lotId(), h.productId(), storefrontId, h.quantity()));
  }

  /** Removes a line: its units are given back and its record of lots goes with it. */
  public void remove(Cart cart, CartItem item) {
    release(cart.getStorefrontId(), heldBy(List.of(item)));
    store
        .nativeQuery("DELETE FROM sal_cart_item_lot WHERE business_id = ?1 AND cart_item_id = ?2")
        .setParameter(2, item.getId())
        .executeUpdate();
  }

  public List<CartItem> itemsOf(UUID cartId) {
    return store.list(
        CartItem.class, "e.cartId = :cart", Map.of("cart", cartId), "e.createdAt, e.id");
  }

  public Optional<Reservation> reservationOf(UUID cartId) {
    return store.list(Reservation.class, "e.cartId = :cart", Map.of("cart", cartId), null).stream()
        .findFirst();
  }

  /**
   * Closes a draft cart whose units go back on the shelf (ABANDONED or EXPIRED): every line's held
   * units released, its reservation RELEASED.
   */
  public void giveBack(Cart cart, CartStatus outcome) {
    release(cart.getStorefrontId(), heldBy(itemsOf(cart.getId())));
    reservationOf(cart.getId()).ifPresent(r -> r.close(ReservationStatus.RELEASED));
    cart.close(outcome);
  }
}
