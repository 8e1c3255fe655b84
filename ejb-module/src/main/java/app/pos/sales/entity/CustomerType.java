package app.pos.sales.entity;

/** The price list a customer usually buys at. Stored by name. */
public enum CustomerType {
  RETAIL,
  WHOLESALE
}
