package app.pos.sales.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;

/** A line added to a held cart: its units are held for the cart. */
public class AddCartItem {
  @NotNull public UUID productId;

  @NotNull
  @DecimalMin(value = "0", inclusive = false)
  @Digits(integer = 12, fraction = 3)
  public BigDecimal quantity;

  /** A manager's price for the line, charged only with a {@code price_override_reason}. */
  @DecimalMin("0")
  @Digits(integer = 15, fraction = 4)
  public BigDecimal unitPrice;
}
