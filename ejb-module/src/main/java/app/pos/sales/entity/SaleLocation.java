package app.pos.sales.entity;

/**
 * Where a sale's stock comes from: a storefront's shelves or, for a wholesale customer, a
 * warehouse.
 */
public enum SaleLocation {
  STOREFRONT,
  WAREHOUSE
}
