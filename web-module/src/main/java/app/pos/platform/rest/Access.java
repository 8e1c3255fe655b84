package app.pos.platform.rest;

/**
 * Role names for {@link Allow}, grouped as the API's role table uses them. {@link #SUPERUSER} is
 * held only by the platform owner.
 */
public final class Access {

  public static final String ADMIN = "ADMIN";
  public static final String MANAGER = "MANAGER";
  public static final String CASHIER = "CASHIER";
  public static final String WAREHOUSE_STAFF = "WAREHOUSE_STAFF";
  public static final String SUPERUSER = "SUPERUSER";

  private Access() {}
}
