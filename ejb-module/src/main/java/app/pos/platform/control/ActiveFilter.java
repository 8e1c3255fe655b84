package app.pos.platform.control;

/**
 * Which objects a list of master data shows. Retired (inactive) objects leave the default lists;
 * {@code ?is_active=false} lists only them, {@code ?is_active=true} only active ones (the default),
 * {@code ?include_inactive=true} both.
 */
public enum ActiveFilter {
  ACTIVE,
  INACTIVE,
  ALL;

  /** From the two query parameters; anything but {@code true}/{@code false} is a 400. */
  public static ActiveFilter of(String isActive, String includeInactive) {
    Boolean active = strict("is_active", isActive);
    Boolean all = strict("include_inactive", includeInactive);
    if (active != null && Boolean.TRUE.equals(all)) {
      throw new InvalidInputException(
          "include_inactive", "cannot be combined with is_active; use one of them");
    }
    if (Boolean.TRUE.equals(all)) {
      return ALL;
    }
    return Boolean.FALSE.equals(active) ? INACTIVE : ACTIVE;
  }

  /** The JPQL condition on {@code e.active}, or an empty string for {@link #ALL}. */
  public String jpql() {
    return switch (this) {
      case ACTIVE -> "e.active = TRUE";
      case INACTIVE -> "e.active = FALSE";
      case ALL -> "";
    };
  }

  private static Boolean strict(String name, String value) {
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new InvalidInputException(name, "must be true or false");
    };
  }
}
