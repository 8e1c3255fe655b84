package app.pos.sales.boundary;

import app.pos.sales.entity.PaymentMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Units of a sale returned and new ones sold in their place. The returned units are refunded by
 * {@code refund_method} (default: as the sale was paid), the new sale is paid by {@code method};
 * through one tender the drawer moves only the difference.
 */
public class ExchangeSale {
  @NotNull
  @Size(min = 1, max = 200)
  public List<RequestRefund.@NotNull @Valid Item> returns;

  /** Whether the returned units go back on the shelf (default true). */
  public Boolean restock;

  @NotNull
  @Size(min = 1, max = 200)
  public List<Checkout.@NotNull @Valid Item> items;

  /** The tender that pays the new sale. */
  @NotNull public PaymentMethod method;

  /** The tender that pays the returned units back (default: as the sale was paid). */
  public PaymentMethod refundMethod;

  @Size(max = 100)
  public String reference;

  @NotBlank
  @Size(max = 480)
  public String reason;

  @Size(max = 500)
  public String priceOverrideReason;

  @Size(max = 500)
  public String discountOverrideReason;

  @Size(max = 500)
  public String creditOverrideReason;
}
