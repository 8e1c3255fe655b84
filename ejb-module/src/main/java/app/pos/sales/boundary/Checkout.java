package app.pos.sales.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A sale rung up at a storefront. Prices come from the stock sold; {@code unit_price} counts only
 * for a MANAGER or ADMIN who gives a {@code price_override_reason}. Without payments the sale waits
 * (PENDING) with its stock reserved.
 */
public class Checkout {
  @NotNull public UUID storefrontId;

  @Pattern(regexp = "RETAIL|WHOLESALE")
  public String saleType;

  public UUID customerId;

  @NotNull
  @Size(min = 1, max = 200)
  public List<@NotNull @Valid Item> items;

  @Size(max = 20)
  public List<@NotNull @Valid Tender> payments;

  @Size(max = 500)
  public String priceOverrideReason;

  @Size(max = 500)
  public String creditOverrideReason;

  /** A product and how much of it. */
  public static class Item {
    @NotNull public UUID productId;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 12, fraction = 3)
    public BigDecimal quantity;

    /** An amount off the line. */
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 2)
    public BigDecimal discount;

    /** A percentage of the line off it (instead of {@code discount}). */
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 4)
    public BigDecimal discountPercent;

    /** A manager's price, used only with a {@code price_override_reason}. */
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    public BigDecimal unitPrice;
  }
}
