package app.pos.subscriptions.boundary;

import app.pos.subscriptions.entity.BillingInterval;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A plan as the platform owner defines it. Limits left out are unlimited. */
public class SavePlan {
  @NotBlank
  @Size(max = 40)
  @Pattern(regexp = "[a-z0-9-]+", message = "lower-case letters, digits and dashes")
  public String code;

  @NotBlank
  @Size(max = 100)
  public String name;

  @Size(max = 500)
  public String description;

  @NotNull
  @DecimalMin("0")
  @Digits(integer = 15, fraction = 2)
  public BigDecimal price;

  @NotNull
  @Pattern(regexp = "[A-Z]{3}")
  public String currency;

  @NotNull public BillingInterval interval;

  @Min(0)
  @Max(365)
  public Integer trialDays;

  @Min(0)
  public Integer maxUsers;

  @Min(0)
  public Integer maxStorefronts;

  @Min(0)
  public Integer maxWarehouses;

  @Min(0)
  public Integer maxProducts;

  @Min(0)
  public Integer maxMonthlySales;

  @Size(max = 20)
  public List<@NotBlank @Size(max = 40) String> features;

  public Boolean isActive;
}
