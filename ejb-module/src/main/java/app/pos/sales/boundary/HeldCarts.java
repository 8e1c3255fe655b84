package app.pos.sales.boundary;

import app.pos.inventory.control.CheckoutCatalogue;
import app.pos.inventory.control.CheckoutCatalogue.SoldProduct;
import app.pos.inventory.control.CheckoutCatalogue.Storefront;
import app.pos.inventory.control.FefoAllocation;
import app.pos.inventory.control.StockBook;
import app.pos.inventory.control.StockBook.PricedLot;
import app.pos.platform.control.Audited;
import app.pos.platform.control.Conditions;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.NotPermittedException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.control.TenantStore;
import app.pos.sales.boundary.SaleView.ProductName;
import app.pos.sales.control.CartHolds;
import app.pos.sales.control.TillAccess;
import app.pos.sales.entity.Cart;
import app.pos.sales.entity.CartItem;
import app.pos.sales.entity.CartStatus;
import app.pos.sales.entity.Customer;
import app.pos.sales.entity.Reservation;
import app.pos.sales.entity.ReservationStatus;
import app.pos.sales.entity.SaleStatus;
import app.pos.sales.entity.SaleType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Held carts: a till builds a basket line by line, each line's units held in the storefront's lots
 * (first-expiry-first, as the checkout takes them) for {@code pos.sales.reservation-minutes} after
 * the last line added; the till parks it, serves the next customer, and resumes it. Completing it
 * gives the held units back and rings them up through the checkout in the same transaction (same
 * pricing, discount policy, credit, tenders, posting and receipt number), so no other till can take
 * them in between. Abandoning it, or its hold expiring, puts the units back on the shelf.
 */
@Stateless
public class HeldCarts {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject StockBook stock;
  @Inject CheckoutCatalogue catalogue;
  @Inject CartHolds holds;
  @Inject TillAccess access;
  @Inject Sales sales;

  @Inject
  @ConfigProperty(name = "pos.sales.reservation-minutes", defaultValue = "30")
  int reservationMinutes;

  @Audited(value = "cart.opened", entity = "Cart")
  public CartView open(OpenCart command) {
    Storefront storefront =
        catalogue
            .storefront(command.storefrontId)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "storefront_id", "is not a storefront of this business"));
    if (!storefront.active()) {
      throw new InvalidInputException("storefront_id", "is a retired storefront");
    }
    access.requireSellsAt(storefront.id());
    if (command.customerId != null
        && store.findOptional(Customer.class, command.customerId).isEmpty()) {
      throw new InvalidInputException("customer_id", "is not a customer of this business");
    }
    Instant until = holdEnds();
    Cart cart =
        new Cart(
            storefront.id(),
            command.saleType == null ? SaleType.RETAIL : command.saleType,
            command.customerId,
            tenant.userId().orElse(null),
            until);
    store.persist(cart);
    store.persist(Reservation.forCart(cart.getId(), storefront.id(), until));
    return CartView.of(cart, List.of(), Map.of());
  }

  /** Adds a line and holds its units (409 insufficient-stock when the storefront lacks them). */
  @Audited(value = "cart.item_added", entity = "Cart")
  public CartView add(UUID cartId, AddCartItem command) {
    Cart cart = held(cartId);
    if (command.unitPrice != null && !access.isManager()) {
      throw new NotPermittedException("Only a manager or an admin may set a line's price");
    }
    SoldProduct product =
        catalogue.activeProducts(List.of(command.productId)).get(command.productId);
    if (product == null) {
      throw new InvalidInputException("product_id", "is not an active product of this business");
    }
    List<PricedLot> lots = stock.lockProducts(List.of(product.id()), cart.getStorefrontId());
    List<FefoAllocation.Take> takes =
        FefoAllocation.allocate(
            product.id(),
            lots.stream().map(PricedLot::stock).toList(),
            command.quantity,
            LocalDate.now(ZoneOffset.UTC),
            product.sku());
    Map<UUID, PricedLot> byLot = new HashMap<>();
    lots.forEach(l -> byLot.put(l.stock().lotId(), l));
    BigDecimal listed = BigDecimal.ZERO;
    for (FefoAllocation.Take take : takes) {
      PricedLot lot = byLot.get(take.lot().lotId());
      BigDecimal price =
          command.unitPrice != null
              ? command.unitPrice
              : cart.getSaleType() == SaleType.WHOLESALE ? lot.wholesalePrice() : lot.retailPrice();
      listed = listed.add(price.multiply(take.quantity()));
    }
    CartItem item =
        new CartItem(
            cart.getId(),
            product.id(),
            command.quantity,
            command.unitPrice,
            listed.setScale(4, java.math.RoundingMode.HALF_EVEN));
    store.persist(item);
    store.flush(); // the lots' record refers to the line
    holds.hold(item, cart.getStorefrontId(), takes);
    Instant until = holdEnds();
    cart.holdUntil(until);
    holds.reservationOf(cart.getId()).ifPresent(r -> r.extendTo(until));
    return view(cart);
  }

  /** Removes a line: its held units go back on the shelf. */
  @Audited(value = "cart.item_removed", entity = "Cart")
  public CartView remove(UUID cartId, UUID itemId) {
    Cart cart = draft(cartId);
    CartItem item =
        store
            .findOptional(CartItem.class, itemId)
            .filter(i -> i.getCartId().equals(cart.getId()))
            .orElseThrow(() -> new ResourceNotFoundException("Cart item", itemId));
    holds.remove(cart, item);
    store.delete(item, "Cart item");
    return view(cart);
  }

  /** Gives the cart up: every held unit goes back on the shelf. */
  @Audited(value = "cart.abandoned", entity = "Cart")
  public CartView abandon(UUID cartId) {
    Cart cart = draft(cartId);
    holds.giveBack(cart, CartStatus.ABANDONED);
    return view(cart);
  }

  /**
   * Rings the cart up: a COMPLETED sale through the checkout, whose tenders must cover it; the cart
   * is COMPLETED and names the sale. Nothing is written when the checkout refuses.
   */
  @Audited(value = "cart.completed", entity = "Cart")
  public SaleView complete(UUID cartId, CompleteCart command) {
    Cart cart = held(cartId);
    List<CartItem> items = holds.itemsOf(cart.getId());
    if (items.isEmpty()) {
      throw new InvalidInputException("items", "the cart is empty: add a line first");
    }
    Checkout checkout = checkoutOf(cart, items, command);
    // the stock rows first (the one lock order), then the held units become available to this
    // transaction alone, and the checkout takes them as any sale does
    stock.lockProducts(
        items.stream().map(CartItem::getProductId).distinct().toList(), cart.getStorefrontId());
    holds.release(cart.getStorefrontId(), holds.heldBy(items));
    SaleView sale = sales.checkout(checkout);
    if (sale.status() != SaleStatus.COMPLETED) {
      throw new InvalidInputException(
          "payments",
          "must cover the cart's total of " + sale.total().setScale(2) + " to ring it up");
    }
    holds.reservationOf(cart.getId()).ifPresent(r -> r.close(ReservationStatus.COMMITTED));
    cart.completed(sale.id());
    return sale;
  }

  public CartView find(UUID id) {
    Cart cart = store.find(Cart.class, id);
    if (!access.maySee(cart.getStorefrontId())) {
      throw new ResourceNotFoundException("Cart", id);
    }
    return view(cart);
  }

  /** Carts, newest first; a cashier sees those of their own storefronts. */
  public Page<CartView> list(CartStatus status, UUID storefrontId, PageRequest page) {
    Conditions filter =
        new Conditions()
            .and("e.status = :status", "status", status)
            .and("e.storefrontId = :storefront", "storefront", storefrontId)
            .and("e.storefrontId IN :mine", "mine", access.listLimit());
    Page<Cart> carts =
        store.page(Cart.class, filter.where(), filter.params(), "e.createdAt DESC, e.id", page);
    List<UUID> ids = carts.results().stream().map(Cart::getId).toList();
    Map<UUID, List<CartItem>> items = new HashMap<>();
    if (!ids.isEmpty()) {
      store
          .list(CartItem.class, "e.cartId IN :ids", Map.of("ids", ids), "e.createdAt, e.id")
          .forEach(i -> items.computeIfAbsent(i.getCartId(), k -> new ArrayList<>()).add(i));
    }
    Map<UUID, ProductName> names = names(items.values().stream().flatMap(List::stream).toList());
    return carts.map(c -> CartView.of(c, items.getOrDefault(c.getId(), List.of()), names));
  }

  private Checkout checkoutOf(Cart cart, List<CartItem> items, CompleteCart command) {
    Map<UUID, CompleteCart.Discount> discounts = new HashMap<>();
    if (command.discounts != null) {
      for (int i = 0; i < command.discounts.size(); i++) {
        CompleteCart.Discount d = command.discounts.get(i);
        if (items.stream().noneMatch(item -> item.getId().equals(d.itemId))) {
          throw new InvalidInputException(
              "discounts[" + i + "].item_id", "is not a line of this cart");
        }
        if (discounts.put(d.itemId, d) != null) {
          throw new InvalidInputException(
              "discounts[" + i + "].item_id", "each line may have one discount");
        }
      }
    }
    requireOneWayPerProduct(items, command, discounts);
    Checkout checkout = new Checkout();
    checkout.storefrontId = cart.getStorefrontId();
    checkout.saleType = cart.getSaleType();
    checkout.customerId = cart.getCustomerId();
    checkout.payments = command.payments;
    checkout.priceOverrideReason = command.priceOverrideReason;
    checkout.creditOverrideReason = command.creditOverrideReason;
    checkout.discountOverrideReason = command.discountOverrideReason;
    checkout.items = new ArrayList<>();
    for (CartItem item : items) {
      Checkout.Item line = new Checkout.Item();
      line.productId = item.getProductId();
      line.quantity = item.getQuantity();
      line.unitPrice = item.getUnitPrice();
      CompleteCart.Discount d = discounts.get(item.getId());
      if (d != null) {
        line.discount = d.discount;
        line.discountPercent = d.discountPercent;
      }
      checkout.items.add(line);
    }
    return checkout;
  }

  /**
   * The checkout rings a product's lines up as one line, so they must agree (told in the cart's
   * terms, by cart item id, before the checkout sees them): one manager's price, and one discount
   * percentage or only amounts. A manager's price is used only with a {@code
   * price_override_reason}: a cart carrying one without it is refused, never sold at another price
   * than the one the line shows.
   */
  private static void requireOneWayPerProduct(
      List<CartItem> items, CompleteCart command, Map<UUID, CompleteCart.Discount> discounts) {
    List<String> priced =
        items.stream()
            .filter(i -> i.getUnitPrice() != null)
            .map(i -> i.getId().toString())
            .toList();
    if (!priced.isEmpty()
        && (command.priceOverrideReason == null || command.priceOverrideReason.isBlank())) {
      throw new InvalidInputException(
          "price_override_reason",
          "lines "
              + String.join(", ", priced)
              + " carry a manager's price: give the reason for it, or remove them");
    }
    Map<UUID, CartItem> first = new HashMap<>();
    for (CartItem item : items) {
      CartItem into = first.putIfAbsent(item.getProductId(), item);
      if (into == null) {
        continue;
      }
      if (!sameNumber(into.getUnitPrice(), item.getUnitPrice())) {
        throw new InvalidInputException(
            "items[" + item.getId() + "].unit_price",
            "is not the price of line "
                + into.getId()
                + " of the same product (rung up as one line): remove it and add it again at one"
                + " price");
      }
      CompleteCart.Discount a = discounts.get(into.getId());
      CompleteCart.Discount b = discounts.get(item.getId());
      BigDecimal percentA = a == null ? null : a.discountPercent;
      BigDecimal percentB = b == null ? null : b.discountPercent;
      boolean amounts = (a != null && a.discount != null) || (b != null && b.discount != null);
      if ((percentA != null || percentB != null) && (amounts || !sameNumber(percentA, percentB))) {
        throw new InvalidInputException(
            "discounts[" + command.discounts.indexOf(b != null ? b : a) + "].discount_percent",
            "lines "
                + into.getId()
                + " and "
                + item.getId()
                + " are of one product (rung up as one line): give them the same discount_percent,"
                + " or amounts");
      }
    }
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  /** The cart, locked, if the caller may work on it and it is still a draft. */
  private Cart draft(UUID cartId) {
    Cart cart = store.lock(Cart.class, cartId);
    if (!access.maySee(cart.getStorefrontId())) {
      throw new ResourceNotFoundException("Cart", cartId);
    }
    cart.requireDraft();
    return cart;
  }

  /** As {@link #draft}, and its hold has not run out (409 cart-expired, swept or not yet). */
  private Cart held(UUID cartId) {
    Cart cart = draft(cartId);
    cart.requireHeld(Instant.now());
    return cart;
  }

  private Instant holdEnds() {
    return Instant.now().plus(Duration.ofMinutes(reservationMinutes));
  }

  private CartView view(Cart cart) {
    List<CartItem> items = holds.itemsOf(cart.getId());
    return CartView.of(cart, items, names(items));
  }

  private Map<UUID, ProductName> names(List<CartItem> items) {
    List<UUID> ids = items.stream().map(CartItem::getProductId).distinct().toList();
    Map<UUID, ProductName> names = new HashMap<>();
    if (!ids.isEmpty()) {
      catalogue
          .products(ids)
          .values()
          .forEach(p -> names.put(p.id(), new ProductName(p.sku(), p.name())));
    }
    return names;
  }
}
