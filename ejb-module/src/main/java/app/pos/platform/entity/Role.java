package app.pos.platform.entity;

/**
 * The four staff roles. Every component's rules speak of them (a cashier sees their own
 * storefronts' sales), so they live in the platform beside the caller ({@code CurrentTenant}).
 */
public enum Role {
  ADMIN("Admin", "Owns the business: users, settings, bookkeeping, subscriptions"),
  MANAGER("Manager", "Runs the shop floor and stock; reads users and the books"),
  CASHIER("Cashier", "Sells at the storefronts assigned to them and serves customers"),
  WAREHOUSE_STAFF("Warehouse Staff", "Receives, moves and counts stock");

  /** Role names as they appear in tokens' groups and in {@code @RolesAllowed}. */
  public static final String ADMIN_NAME = "ADMIN";

  public static final String MANAGER_NAME = "MANAGER";
  public static final String CASHIER_NAME = "CASHIER";
  public static final String WAREHOUSE_STAFF_NAME = "WAREHOUSE_STAFF";

  private final String displayName;
  private final String description;

  Role(String displayName, String description) {
    this.displayName = displayName;
    this.description = description;
  }

  public String displayName() {
    return displayName;
  }

  public String description() {
    return description;
  }
}
