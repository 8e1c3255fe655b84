package app.pos.inventory.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Ask for stock to move from a warehouse to a storefront. */
public class RequestTransfer {
  @NotNull public UUID fromWarehouseId;

  @NotNull public UUID toStorefrontId;

  @NotNull
  @Size(min = 1, max = 500)
  public List<@NotNull @Valid Item> items;

  @Size(max = 500)
  public String notes;

  public static class Item {
    @NotNull public UUID productId;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 12, fraction = 3)
    public BigDecimal quantity;
  }
}
