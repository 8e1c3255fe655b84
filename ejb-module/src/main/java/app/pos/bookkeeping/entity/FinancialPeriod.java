package app.pos.bookkeeping.entity;

import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** A month of the books; nothing can be posted into it once it is CLOSED or LOCKED. */
@Entity
@Table(name = "bk_financial_period")
public class FinancialPeriod extends TenantOwned {

  @Column(name = "period_start", nullable = false, updatable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false, updatable = false)
  private LocalDate periodEnd;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PeriodStatus status;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by")
  private UUID closedBy;

  protected FinancialPeriod() {}

  public FinancialPeriod(YearMonth month) {
    this.periodStart = month.atDay(1);
    this.periodEnd = month.atEndOfMonth();
    this.status = PeriodStatus.OPEN;
  }

  public void close(UUID by) {
    this.status = PeriodStatus.CLOSED;
    this.closedAt = Instant.now();
    this.closedBy = by;
  }

  /** Locks the month for good: no posting, no reopening. */
  public void lock(UUID by) {
    this.status = PeriodStatus.LOCKED;
    if (closedAt == null) {
      this.closedAt = Instant.now();
      this.closedBy = by;
    }
  }

  public boolean isLocked() {
    return PeriodStatus.LOCKED.equals(status);
  }

  public void reopen() {
    this.status = PeriodStatus.OPEN;
    this.closedAt = null;
    this.closedBy = null;
  }

  public boolean isClosed() {
    return PeriodStatus.CLOSED.equals(status);
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public PeriodStatus getStatus() {
    return status;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public UUID getClosedBy() {
    return closedBy;
  }
}
