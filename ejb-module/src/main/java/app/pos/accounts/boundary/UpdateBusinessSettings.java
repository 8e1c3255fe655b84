package app.pos.accounts.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** An ADMIN's change to the business's settings; absent fields stay as they are. */
public class UpdateBusinessSettings {
  @Size(min = 1, max = 200)
  @Pattern(regexp = ".*\\S.*")
  public String name;

  @Pattern(regexp = "[A-Z]{3}")
  public String currency;

  /** Percent, e.g. 15 for 15 %. */
  @DecimalMin("0")
  @DecimalMax("99.9999")
  @Digits(integer = 2, fraction = 4)
  public BigDecimal defaultTaxRate;

  @Size(max = 64)
  public String timeZone;

  /** Percent of a line a cashier may take off without a manager's override (default 10). */
  @DecimalMin("0")
  @DecimalMax("100")
  @Digits(integer = 3, fraction = 4)
  public BigDecimal maxCashierDiscountPercent;

  @Size(max = 500)
  public String receiptHeader;

  @Size(max = 500)
  public String receiptFooter;

  /** Theme, accent colour, logo. */
  @Valid public AppearanceSettings appearance;

  /** Low-stock and daily-summary mail, and their address. */
  @Valid public NotificationSettings notifications;
}
