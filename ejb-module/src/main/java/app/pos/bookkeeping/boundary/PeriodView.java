package app.pos.bookkeeping.boundary;

import app.pos.bookkeeping.entity.FinancialPeriod;
import app.pos.bookkeeping.entity.PeriodStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A month of the books and whether it is open. */
public record PeriodView(
    String period,
    LocalDate periodStart,
    LocalDate periodEnd,
    PeriodStatus status,
    Instant closedAt,
    UUID closedBy) {

  public static PeriodView of(FinancialPeriod p) {
    return new PeriodView(
        p.getPeriodStart().toString().substring(0, 7),
        p.getPeriodStart(),
        p.getPeriodEnd(),
        p.getStatus(),
        p.getClosedAt(),
        p.getClosedBy());
  }
}
