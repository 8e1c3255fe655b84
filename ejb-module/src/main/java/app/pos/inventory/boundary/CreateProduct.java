package app.pos.inventory.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** A new product. No prices: those come with the stock. */
public class CreateProduct {
  @NotBlank
  @Size(max = 64)
  public String sku;

  @NotBlank
  @Size(max = 200)
  public String name;

  @Size(max = 64)
  @Pattern(regexp = "[0-9A-Za-z\\-]*", message = "letters, digits and dashes only")
  public String barcode;

  @Size(max = 20)
  public String unit;

  public UUID categoryId;

  @DecimalMin("0")
  @Digits(integer = 12, fraction = 3)
  public BigDecimal reorderLevel;

  @DecimalMin("0")
  @DecimalMax("99.9999")
  @Digits(integer = 2, fraction = 4)
  public BigDecimal taxRate;
}
