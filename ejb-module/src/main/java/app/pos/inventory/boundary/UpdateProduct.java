package app.pos.inventory.boundary;

import app.pos.platform.control.PatchCommand;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A change to a product; absent fields stay as they are, a barcode or category sent as null (or a
 * blank barcode) clears it.
 */
public class UpdateProduct extends PatchCommand {

  public UpdateProduct() {
    super("barcode", "category_id");
  }

  @Size(min = 1, max = 64)
  @Pattern(regexp = ".*\\S.*", message = "must not be blank")
  public String sku;

  @Size(min = 1, max = 200)
  @Pattern(regexp = ".*\\S.*", message = "must not be blank")
  public String name;

  @Size(max = 64)
  @Pattern(regexp = "[0-9A-Za-z\\-]*", message = "letters, digits and dashes only")
  public String barcode;

  @Size(min = 1, max = 20)
  @Pattern(regexp = ".*\\S.*", message = "must not be blank")
  public String unit;

  public UUID categoryId;

  @DecimalMin("0")
  @Digits(integer = 12, fraction = 3)
  public BigDecimal reorderLevel;

  @DecimalMin("0")
  @DecimalMax("99.9999")
  @Digits(integer = 2, fraction = 4)
  public BigDecimal taxRate;

  /** false retires the product (not received or sold any more), true brings it back. */
  public Boolean isActive;
}
