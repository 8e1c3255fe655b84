package app.pos.inventory.entity;

/**
 * Where a transfer stands: PENDING, APPROVED, IN_TRANSIT (it has left the warehouse), COMPLETED
 * (received); or CANCELLED (from PENDING) or REJECTED. Stored by name.
 */
public enum TransferStatus {
  PENDING,
  APPROVED,
  IN_TRANSIT,
  COMPLETED,
  CANCELLED,
  REJECTED
}
