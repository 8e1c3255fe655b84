package app.pos.sales.entity;

/**
 * How an exception was resolved: oversold units by STOCK_ARRIVED (taken from the storefront's lots
 * now) or WRITTEN_OFF, each posted; any other kind ACKNOWLEDGED by a manager. Stored by name; NONE
 * (not resolved yet) only in answers, never stored nor accepted.
 */
public enum SaleExceptionResolution {
  NONE,
  STOCK_ARRIVED,
  WRITTEN_OFF,
  ACKNOWLEDGED
}
