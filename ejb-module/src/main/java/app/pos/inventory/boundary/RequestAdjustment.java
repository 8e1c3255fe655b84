package app.pos.inventory.boundary;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A stock adjustment for approval. The quantity is positive; FOUND adds stock, CORRECTION adds or
 * (with a negative quantity) removes it, every other type removes it.
 */
public class RequestAdjustment {
  @NotNull public UUID locationId;

  @NotNull public UUID productId;

  /** Required when stock is added (its cost is the lot's); optional otherwise (FEFO). */
  public UUID lotId;

  @NotNull
  @Pattern(regexp = "THEFT|DAMAGE|EXPIRED|SPOILAGE|LOSS|WRITE_OFF|FOUND|CORRECTION|SUPPLIER_RETURN")
  public String adjustmentType;

  @NotNull
  @Digits(integer = 12, fraction = 3)
  public BigDecimal quantity;

  @NotBlank
  @Size(max = 500)
  public String reason;
}
