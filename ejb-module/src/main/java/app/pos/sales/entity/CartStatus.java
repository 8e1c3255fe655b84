package app.pos.sales.entity;

/**
 * Where a held cart stands: DRAFT (lines added and removed, their stock held), then COMPLETED (rung
 * up as a sale), ABANDONED (given up at the till) or EXPIRED (its hold ran out). Stored by name.
 */
public enum CartStatus {
  DRAFT,
  COMPLETED,
  ABANDONED,
  EXPIRED
}
