package app.pos.sales.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A line of a held cart: so much of a product, held in the storefront's lots. */
@Entity
@Table(name = "sal_cart_item")
public class CartItem extends TenantOwned {

  @Column(name = "cart_id", nullable = false, updatable = false)
  private UUID cartId;

  @Column(name = "product_id", nullable = false, updatable = false)
  private UUID productId;

  @Column(nullable = false, updatable = false, precision = 15, scale = 3)
  private BigDecimal quantity;

  @Column(name = "unit_price", updatable = false, precision = 19, scale = 4)
  private BigDecimal unitPrice;

  @Column(name = "listed_amount", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal listedAmount;

  protected CartItem() {}

  public CartItem(
      UUID cartId,
      UUID productId,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal listedAmount) {
    this.cartId = cartId;
    this.productId = productId;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.listedAmount = listedAmount;
  }

  public BigDecimal getListedAmount() {
    return listedAmount;
  }

  public UUID getCartId() {
    return cartId;
  }

  public UUID getProductId() {
    return productId;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }
}
