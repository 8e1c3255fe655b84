package app.pos.bookkeeping.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Compute a trial balance of the activity between two dates (both included). */
public class RequestTrialBalance {
  @NotNull public LocalDate periodStart;

  @NotNull public LocalDate periodEnd;
}
