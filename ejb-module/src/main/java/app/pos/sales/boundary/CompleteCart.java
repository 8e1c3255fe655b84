package app.pos.sales.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A held cart rung up: the tenders that pay it (they must cover it), discounts per cart line, and
 * the reasons the checkout asks of a manager.
 */
public class CompleteCart {
  @NotNull
  @Size(min = 1, max = 20)
  public List<@NotNull @Valid Tender> payments;

  @Size(max = 200)
  public List<@NotNull @Valid Discount> discounts;

  @Size(max = 500)
  public String priceOverrideReason;

  @Size(max = 500)
  public String creditOverrideReason;

  @Size(max = 500)
  public String discountOverrideReason;

  /** A discount on one cart line: an amount or a percentage. */
  public static class Discount {
    @NotNull public UUID itemId;

    @DecimalMin("0")
    @Digits(integer = 15, fraction = 2)
    public BigDecimal discount;

    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 4)
    public BigDecimal discountPercent;
  }
}
