package app.pos.sales.boundary;

import app.pos.platform.control.PatchCommand;
import app.pos.sales.entity.CustomerType;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Changes to a customer; absent fields stay as they are, an e-mail or phone sent as null (or blank)
 * clears it. Credit terms (limit, days, blocked) are for MANAGER and ADMIN only.
 */
public class UpdateCustomer extends PatchCommand {

  public UpdateCustomer() {
    super("email", "phone");
  }

  @Size(min = 1, max = 200)
  public String name;

  @Email
  @Size(max = 254)
  public String email;

  @Size(max = 40)
  @Pattern(regexp = "[0-9+()\\- ]*", message = "may hold digits, spaces and + ( ) - only")
  public String phone;

  public CustomerType customerType;

  @DecimalMin("0")
  @Digits(integer = 15, fraction = 2)
  public BigDecimal creditLimit;

  @Min(0)
  @Max(365)
  public Integer creditTermsDays;

  public Boolean creditBlocked;

  /** false retires the customer (out of the default list), true brings them back. */
  public Boolean isActive;
}
