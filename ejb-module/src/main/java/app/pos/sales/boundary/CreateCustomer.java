package app.pos.sales.boundary;

import app.pos.sales.entity.CustomerType;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A new customer. Fields the caller may not set (outstanding balance) are not part of it. */
public class CreateCustomer {
  @NotBlank
  @Size(max = 200)
  public String name;

  @Email
  @Size(max = 254)
  public String email;

  @Size(max = 40)
  @Pattern(regexp = "[0-9+()\\- ]*", message = "may hold digits, spaces and + ( ) - only")
  public String phone;

  @NotNull public CustomerType customerType;

  @DecimalMin("0")
  @Digits(integer = 15, fraction = 2)
  public BigDecimal creditLimit;

  @Min(0)
  @Max(365)
  public Integer creditTermsDays;
}
