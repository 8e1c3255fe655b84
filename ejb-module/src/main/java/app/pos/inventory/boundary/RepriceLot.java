package app.pos.inventory.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;

/** New selling prices for a lot; absent prices stay. */
public class RepriceLot {
  @DecimalMin("0")
  @Digits(integer = 15, fraction = 4)
  public BigDecimal retailPrice;

  @DecimalMin("0")
  @Digits(integer = 15, fraction = 4)
  public BigDecimal wholesalePrice;
}
