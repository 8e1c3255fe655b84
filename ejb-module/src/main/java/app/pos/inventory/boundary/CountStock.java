package app.pos.inventory.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What was counted at a location; differences become adjustments awaiting approval. */
public class CountStock {
  @NotNull public UUID locationId;

  @NotNull
  @Size(min = 1, max = 1000)
  public List<@NotNull @Valid Line> counts;

  @Size(max = 500)
  public String reason;

  public static class Line {
    @NotNull public UUID productId;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 3)
    public BigDecimal countedQuantity;
  }
}
