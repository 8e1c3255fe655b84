package app.pos.bookkeeping.boundary;

import app.pos.audit.boundary.AuditTrail;
import app.pos.bookkeeping.entity.FinancialPeriod;
import app.pos.bookkeeping.entity.PeriodStatus;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.ReferenceData;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Closing, reopening and locking months of the books (ADMIN), each with an audit row. */
@Stateless
public class FinancialPeriods {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject AuditTrail audit;
  @Inject ReferenceData reference;

  /** The kind of {@link ReferenceData} a business's lock date is kept as. */
  private static final String LOCK_DATE = "lock-date";

  public List<PeriodView> list() {
    return store.list(FinancialPeriod.class, "", Map.of(), "e.periodStart DESC").stream()
        .map(PeriodView::of)
        .toList();
  }

  public PeriodView close(String month) {
    FinancialPeriod period = periodOf(month);
    reference.changed(LOCK_DATE, store.businessId());
    if (period.isClosed() || period.isLocked()) {
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
    reference.changed(LOCK_DATE, store.businessId());
    if (period.isLocked()) {
      throw new StateConflictException(
          "period-locked", "Period locked", "Period " + month + " is locked and never reopens");
    }
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
   * Locks a month for good (open or closed alike): nothing is posted into it again, not even by an
   * ADMIN, and it is never reopened. Like closing it, locking moves the lock date to its end.
   */
  public PeriodView lock(String month) {
    FinancialPeriod period = periodOf(month);
    reference.changed(LOCK_DATE, store.businessId());
    if (period.isLocked()) {
      throw new StateConflictException(
          "period-locked", "Period locked", "Period " + month + " is already locked");
    }
    period.lock(tenant.userId().orElse(null));
    audit.record(
        "period.locked", "FinancialPeriod", period.getId().toString(), Map.of("period", month));
    return PeriodView.of(period);
  }

  /**
   * The lock date: the end of the latest closed or locked month. Every date up to it is locked,
   * months before it included, whether or not they were closed one by one. Read by every posting: a
   * copy kept a few seconds (see {@link ReferenceData}); the database refuses an entry dated up to
   * it whatever a copy says.
   */
  public java.util.Optional<LocalDate> lockDate() {
    return reference.read(
        LOCK_DATE,
        store.businessId(),
        () ->
            store
                .read(
                    FinancialPeriod.class,
                    "e.status IN :locking",
                    Map.of("locking", LOCKING),
                    "e.periodEnd DESC")
                .stream()
                .map(FinancialPeriod::getPeriodEnd)
                .findFirst());
  }

  /** Refuses a posting dated on or before the lock date (409). */
  public void requireOpen(LocalDate date) {
    java.util.Optional<LocalDate> lock = lockDate();
    if (lock.isPresent() && !lock.get().isBefore(date)) {
      throw new StateConflictException(
          "period-closed",
          "Period closed",
          "The books are closed up to "
              + lock.get()
              + ": nothing dated "
              + date
              + " can be posted");
    }
  }

  /** The states that take no posting. */
  private static final List<PeriodStatus> LOCKING =
      List.of(PeriodStatus.CLOSED, PeriodStatus.LOCKED);

  /** The first date a posting may carry: the day after the lock date, or {@code date} itself. */
  public LocalDate firstOpenDateFrom(LocalDate date) {
    return lockDate()
        .filter(lock -> !lock.isBefore(date))
        .map(lock -> lock.plusDays(1))
        .orElse(date);
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
