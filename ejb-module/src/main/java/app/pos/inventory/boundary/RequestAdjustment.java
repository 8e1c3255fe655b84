package app.pos.inventory.boundary;

import app.pos.inventory.entity.AdjustmentType;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A stock adjustment for approval. The quantity is positive and the type's direction says whether
 * it adds stock (FOUND, CUSTOMER_RETURN, CORRECTION_UP) or removes it (every other type), except
 * COUNT_VARIANCE and OTHER, whose quantity is signed (negative removes).
 */
public class RequestAdjustment {
  @NotNull public UUID locationId;

  @NotNull public UUID productId;

  /** Required when stock is added (its cost is the lot's); optional otherwise (FEFO). */
  public UUID lotId;

  @NotNull public AdjustmentType adjustmentType;

  @NotNull
  @Digits(integer = 12, fraction = 3)
  public BigDecimal quantity;

  @NotBlank
  @Size(max = 500)
  public String reason;
}
