package app.pos.sales.boundary;

import app.pos.sales.entity.PaymentMethod;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Money offered for a sale (or for a customer's account) by one method. */
public class Tender {
  @NotNull public PaymentMethod method;

  @NotNull
  @DecimalMin(value = "0", inclusive = false)
  @Digits(integer = 15, fraction = 2)
  public BigDecimal amount;

  @Size(max = 100)
  public String reference;

  /** A MANAGER's or ADMIN's reason to charge a customer's account beyond the credit rules. */
  @Size(max = 500)
  public String creditOverrideReason;
}
