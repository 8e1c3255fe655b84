package app.pos.subscriptions.boundary;

import app.pos.platform.control.PatchCommand;
import app.pos.subscriptions.entity.BillingInterval;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A change to a plan (PATCH): absent fields stay as they are; a limit sent as null is lifted (made
 * unlimited), a description sent as null is cleared. The code never changes.
 */
public class UpdatePlan extends PatchCommand {

  public UpdatePlan() {
    super(
        "description",
        "max_users",
        "max_storefronts",
        "max_warehouses",
        "max_products",
        "max_monthly_sales");
  }

  @Size(min = 1, max = 100)
  @Pattern(regexp = ".*\\S.*", message = "must not be blank")
  public String name;

  @Size(max = 500)
  public String description;

  @DecimalMin("0")
  @Digits(integer = 15, fraction = 2)
  public BigDecimal price;

  @Pattern(regexp = "[A-Z]{3}")
  public String currency;

  public BillingInterval interval;

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

  /** false retires the plan (no new subscriptions; current ones run on), true offers it again. */
  public Boolean isActive;
}
