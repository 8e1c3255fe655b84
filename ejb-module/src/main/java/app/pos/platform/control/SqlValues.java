package app.pos.platform.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Columns of native query results, read the same on every JPA provider: EclipseLink (Payara) gives
 * {@code java.sql.Timestamp} and {@code java.sql.Date}, Hibernate (WildFly) {@code Instant}, {@code
 * OffsetDateTime} and {@code LocalDate}.
 */
public final class SqlValues {

  private SqlValues() {}

  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    throw new IllegalArgumentException("not a point in time: " + value.getClass());
  }

  public static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    throw new IllegalArgumentException("not a date: " + value.getClass());
  }
}
