package app.pos.sales.boundary;

import app.pos.sales.entity.SaleType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A wholesale customer's purchase straight from a warehouse: lines as at a checkout, sold at the
 * warehouse lots' wholesale prices. Without payments it waits PENDING with the stock reserved.
 */
public class WarehouseSale {
  @NotNull public UUID warehouseId;

  @NotNull public UUID customerId;

  @NotNull
  @Size(min = 1, max = 200)
  public List<Checkout.@NotNull @Valid Item> items;

  @Size(max = 20)
  public List<@NotNull @Valid Tender> payments;

  @Size(max = 500)
  public String priceOverrideReason;

  @Size(max = 500)
  public String creditOverrideReason;

  @Size(max = 500)
  public String discountOverrideReason;

  Checkout toCheckout() {
    Checkout checkout = new Checkout();
    checkout.storefrontId = warehouseId;
    checkout.saleType = SaleType.WHOLESALE;
    checkout.customerId = customerId;
    checkout.items = items;
    checkout.payments = payments;
    checkout.priceOverrideReason = priceOverrideReason;
    checkout.creditOverrideReason = creditOverrideReason;
    checkout.discountOverrideReason = discountOverrideReason;
    return checkout;
  }
}
