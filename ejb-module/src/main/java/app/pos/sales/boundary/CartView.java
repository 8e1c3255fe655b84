package app.pos.sales.boundary;

import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.platform.control.UnitPriceJsonSerializer;
import app.pos.sales.boundary.SaleView.ProductName;
import app.pos.sales.entity.Cart;
import app.pos.sales.entity.CartItem;
import app.pos.sales.entity.CartStatus;
import app.pos.sales.entity.SaleType;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A held cart: its lines with the units held for them, and {@code listed_total}, the held units at
 * their prices when added (before discounts and tax: the sale is priced when the cart is rung up).
 */
public record CartView(
    UUID id,
    UUID storefrontId,
    SaleType saleType,
    UUID customerId,
    UUID cashierId,
    CartStatus status,
    Instant heldUntil,
    UUID saleId,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal listedTotal,
    List<Item> items,
    Instant createdAt,
    Instant closedAt) {

  /** A cart line; {@code unit_price} is a manager's price for it, or null for the stock's. */
  public record Item(
      UUID id,
      UUID productId,
      String sku,
      String name,
      BigDecimal quantity,
      @JsonbTypeSerializer(UnitPriceJsonSerializer.class) BigDecimal unitPrice,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal listedAmount) {}

  static CartView of(Cart cart, List<CartItem> items, Map<UUID, ProductName> names) {
    List<Item> lines =
        items.stream()
            .map(
                i -> {
                  ProductName name = names.get(i.getProductId());
                  return new Item(
                      i.getId(),
                      i.getProductId(),
                      name == null ? null : name.sku(),
                      name == null ? null : name.name(),
                      i.getQuantity(),
                      i.getUnitPrice(),
                      i.getListedAmount());
                })
            .toList();
    BigDecimal total =
        items.stream().map(CartItem::getListedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new CartView(
        cart.getId(),
        cart.getStorefrontId(),
        cart.getSaleType(),
        cart.getCustomerId(),
        cart.getCashierId(),
        cart.getStatus(),
        cart.getHeldUntil(),
        cart.getSaleId(),
        total,
        lines,
        cart.getCreatedAt(),
        cart.getClosedAt());
  }
}
