package app.pos.platform.rest;

import app.pos.platform.entity.Role;

/**
 * Role names for {@link Allow} (annotations take constants, not enum values): the names of {@link
 * Role}, and {@link #SUPERUSER}, held only by the platform owner.
 */
public final class Access {

  public static final String ADMIN = Role.ADMIN_NAME;
  public static final String MANAGER = Role.MANAGER_NAME;
  public static final String CASHIER = Role.CASHIER_NAME;
  public static final String WAREHOUSE_STAFF = Role.WAREHOUSE_STAFF_NAME;
  public static final String SUPERUSER = "SUPERUSER";

  private Access() {}
}
