package app.pos.sales.entity;

/**
 * Where a sale stands: PENDING (stock reserved, not fully paid), COMPLETED, CANCELLED (from
 * PENDING), PARTIALLY_REFUNDED or REFUNDED after refunds. Stored by name.
 */
public enum SaleStatus {
  PENDING,
  COMPLETED,
  CANCELLED,
  PARTIALLY_REFUNDED,
  REFUNDED
}
