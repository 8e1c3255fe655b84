package app.pos.bookkeeping.entity;

/** A trial balance is computed by a job: PENDING, RUNNING, then COMPLETED or FAILED. */
public enum TrialBalanceStatus {
  PENDING,
  RUNNING,
  COMPLETED,
  FAILED
}
