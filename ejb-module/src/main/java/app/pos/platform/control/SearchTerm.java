package app.pos.platform.control;

import java.util.Locale;

/** A user's search text as a case-insensitive LIKE pattern; their own wildcards are dropped. */
public final class SearchTerm {

  private SearchTerm() {}

  /** {@code %text%} in lower case, for {@code LOWER(column) LIKE :term}. */
  public static String containing(String search) {
    return "%" + search.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
  }
}
