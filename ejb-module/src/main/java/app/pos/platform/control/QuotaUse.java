package app.pos.platform.control;

/**
 * Something the business's plan limits is about to be created: one more user, storefront,
 * warehouse, product or sale this month. Fired synchronously before the create, in its transaction;
 * an observer refuses by throwing (403 {@code plan-limit-exceeded}).
 */
public record QuotaUse(String metric) {

  public static final QuotaUse USER = new QuotaUse("users");
  public static final QuotaUse STOREFRONT = new QuotaUse("storefronts");
  public static final QuotaUse WAREHOUSE = new QuotaUse("warehouses");
  public static final QuotaUse PRODUCT = new QuotaUse("products");
  public static final QuotaUse SALE = new QuotaUse("monthly_sales");
}
