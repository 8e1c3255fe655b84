package app.pos.sales.entity;

/** An exception is OPEN in a manager's queue until it is RESOLVED (once). Stored by name. */
public enum SaleExceptionStatus {
  OPEN,
  RESOLVED
}
