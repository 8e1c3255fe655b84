package app.pos.platform.control;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A PostgreSQL array literal for a native query parameter ({@code CAST(?n AS uuid[])}): one
 * statement over many rows instead of one statement per row, bound the same way on every JPA
 * provider (a string, where array binding differs between them).
 */
public final class SqlArrays {

  private SqlArrays() {}

  /** {@code {"a","b",NULL}}: every element quoted, so any text survives. */
  public static String literal(Collection<?> values) {
    return values.stream()
        .map(v -> v == null ? "NULL" : quoted(v.toString()))
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
