package app.pos.inventory.entity;

/**
 * Where a transfer stands: PENDING, APPROVED, IN_TRANSIT (it has left the warehouse), COMPLETED
 * (received); or CANCELLED (before it is received; stock in transit goes back to the warehouse's
 * lots) or REJECTED. Stored by name.
 */
public enum TransferStatus {
  PENDING,
  APPROVED,
  IN_TRANSIT,
  COMPLETED,
  CANCELLED,
  REJECTED
}
