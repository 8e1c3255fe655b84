package app.pos.bookkeeping.boundary;

import app.pos.audit.boundary.AuditTrail;
import app.pos.bookkeeping.entity.FinancialPeriod;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Closing and reopening months of the books (ADMIN), each with an audit row. */
@Stateless
public class FinancialPeriods {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject AuditTrail audit;

  public List<PeriodView> list() {
    return store.list(FinancialPeriod.class, "", Map.of(), "e.periodStart DESC").stream()
        .map(PeriodView::of)
        .toList();
  }

  public PeriodView close(String month) {
    FinancialPeriod period = periodOf(month);
    if (period.isClosed()) {
      throw new StateConflictException(
          "period-closed", "Period closed", "Period " + month + " is already closed");
    }
    period.close(tenant.userId().orElse(null));
    audit.record(
        "period.closed", "FinancialPeriod", period.getId().toString(), Map.of("period", month));
    return PeriodView.of(period);
  }

  /** Reopens the latest closed month only: the lock date moves back to the month before it. */
  public PeriodView reopen(String month) {
    FinancialPeriod period = periodOf(month);
    if (!period.isClosed()) {
      throw new StateConflictException(
          "period-open", "Period open", "Period " + month + " is not closed");
    }
    lockDate()
        .filter(lock -> lock.isAfter(period.getPeriodEnd()))
        .ifPresent(
            lock -> {
              throw new StateConflictException(
                  "period-not-latest",
                  "Not the latest closed period",
                  "The books are closed up to " + lock + ": reopen the latest closed month first");
            });
    period.reopen();
    audit.record(
        "period.reopened", "FinancialPeriod", period.getId().toString(), Map.of("period", month));
    return PeriodView.of(period);
  }

  /**
   * The lock date: the end of the latest closed month. Every date up to it is locked, months before
   * it included, whether or not they were closed one by one.
   */
  public java.util.Optional<LocalDate> lockDate() {
    return store
        .read(
            FinancialPeriod.class,
            "e.status = app.pos.bookkeeping.entity.PeriodStatus.CLOSED",
            Map.of(),
            "e.periodEnd DESC")
        .stream()
        .map(FinancialPeriod::getPeriodEnd)
        .findFirst();
  }

  /** Refuses a posting dated on or before the lock date (409). */
  public void requireOpen(LocalDate date) {
    boolean locked =
        !store
            .read(
                FinancialPeriod.class,
                "e.status = app.pos.bookkeeping.entity.PeriodStatus.CLOSED AND e.periodEnd >= :date",
                Map.of("date", date),
                null)
            .isEmpty();
    if (locked) {
      throw new StateConflictException(
          "period-closed",
          "Period closed",
          "The books are closed up to "
              + lockDate().map(LocalDate::toString).orElse("")
              + ": nothing dated "
              + date
              + " can be posted");
    }
  }

  private FinancialPeriod periodOf(String month) {
    YearMonth ym;
    try {
      ym = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("period", "must be a month, YYYY-MM");
    }
    return store
        .list(FinancialPeriod.class, "e.periodStart = :start", Map.of("start", ym.atDay(1)), null)
        .stream()
        .findFirst()
        .orElseGet(() -> store.persist(new FinancialPeriod(ym)));
  }
}
