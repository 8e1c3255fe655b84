package app.pos.platform.control;

import java.util.HashMap;
import java.util.Map;

/**
 * The optional filters of a list, joined with AND for {@link TenantStore#page}: a condition counts
 * only when its value is given.
 */
public final class Conditions {

  private final StringBuilder where = new StringBuilder("1 = 1");
  private final Map<String, Object> params = new HashMap<>();

  /** Adds {@code condition} (naming {@code :name}) when {@code value} is not null. */
  public Conditions and(String condition, String name, Object value) {
    if (value != null) {
      where.append(" AND ").append(condition);
      params.put(name, value);
    }
    return this;
  }

  /** Adds {@code condition} with all its parameters when {@code values} are given. */
  public Conditions and(String condition, Map<String, ?> values) {
    if (values != null) {
      where.append(" AND ").append(condition);
      params.putAll(values);
    }
    return this;
  }

  public String where() {
    return where.toString();
  }

  public Map<String, Object> params() {
    return params;
  }
}
