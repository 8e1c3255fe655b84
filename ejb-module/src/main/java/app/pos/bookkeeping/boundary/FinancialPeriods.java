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

  public PeriodView reopen(String month) {
    FinancialPeriod period = periodOf(month);
    if (!period.isClosed()) {
      throw new StateConflictException(
          "period-open", "Period open", "Period " + month + " is not closed");
    }
    period.reopen();
    audit.record(
        "period.reopened", "FinancialPeriod", period.getId().toString(), Map.of("period", month));
    return PeriodView.of(period);
  }

  /** Refuses a posting dated in a closed month (409). */
  public void requireOpen(LocalDate date) {
    boolean closed =
        !store
            .read(
                FinancialPeriod.class,
                "e.status = 'CLOSED' AND e.periodStart <= :date AND e.periodEnd >= :date",
                Map.of("date", date),
                null)
            .isEmpty();
    if (closed) {
      throw new StateConflictException(
          "period-closed",
          "Period closed",
          "The books for " + date.toString().substring(0, 7) + " are closed");
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
