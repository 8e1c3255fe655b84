package app.pos.bookkeeping.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A budget for one account over a period. */
public class SetBudget {
  @NotNull public UUID accountId;

  @NotNull public LocalDate periodStart;

  @NotNull public LocalDate periodEnd;

  @NotNull
  @DecimalMin("0")
  @Digits(integer = 15, fraction = 2)
  public BigDecimal amount;
}
