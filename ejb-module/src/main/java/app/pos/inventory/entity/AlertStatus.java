package app.pos.inventory.entity;

/** Whether a stock alert still stands. Stored by name. */
public enum AlertStatus {
  OPEN,
  RESOLVED
}
