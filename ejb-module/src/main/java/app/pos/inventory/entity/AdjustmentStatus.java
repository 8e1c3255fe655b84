package app.pos.inventory.entity;

/** A stock adjustment waits for a manager's decision, then is APPROVED or REJECTED. */
public enum AdjustmentStatus {
  PENDING,
  APPROVED,
  REJECTED
}
