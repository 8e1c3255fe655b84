package app.pos.bookkeeping.entity;

/** A financial period takes postings while OPEN; once CLOSED it takes none. Stored by name. */
public enum PeriodStatus {
  OPEN,
  CLOSED
}
