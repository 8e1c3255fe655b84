package app.pos.bookkeeping.entity;

/**
 * A financial period takes postings while OPEN. CLOSED (the month-end close) takes none and may be
 * reopened by an ADMIN, the latest closed month first. LOCKED (books filed: audited, taxes
 * declared) takes no posting at all, by anyone, and is never reopened. Stored by name.
 */
public enum PeriodStatus {
  OPEN,
  CLOSED,
  LOCKED
}
