package app.pos.sales.boundary;

import app.pos.sales.entity.PaymentMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Units of a sale going back, the money by {@code method} (default: how the sale was paid). */
public class RequestRefund {
  @NotNull public UUID saleId;

  @NotNull
  @Size(min = 1, max = 200)
  public List<@NotNull @Valid Item> items;

  /** Whether the units go back on the shelf (to the lots they came from, at their cost). */
  public Boolean restock;

  public PaymentMethod method;

  @NotBlank
  @Size(max = 500)
  public String reason;

  /** So many units of one line of the sale. */
  public static class Item {
    @NotNull public UUID saleItemId;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 12, fraction = 3)
    public BigDecimal quantity;
  }
}
