package app.pos.platform.control;

/**
 * Counts what a business uses of one plan metric ({@link QuotaUse#metric()}). Each component counts
 * its own rows, so the plan limits never read another component's tables.
 */
public interface QuotaCounter {

  /** Whether this counter counts {@code metric}. */
  boolean counts(String metric);

  /** How much of {@code metric} the caller's business uses now. */
  long used(String metric);
}
