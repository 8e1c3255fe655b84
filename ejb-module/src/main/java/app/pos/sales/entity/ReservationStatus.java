package app.pos.sales.entity;

/**
 * Stock held for a pending sale is ACTIVE until the sale completes (COMMITTED) or is cancelled or
 * expires (RELEASED).
 */
public enum ReservationStatus {
  ACTIVE,
  COMMITTED,
  RELEASED
}
