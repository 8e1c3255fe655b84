package app.pos.sales.entity;

/** Which price list a sale draws from. Stored by name. */
public enum SaleType {
  RETAIL,
  WHOLESALE
}
