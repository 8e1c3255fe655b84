package app.pos.platform.rest;

import app.pos.platform.control.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads {@code date_from}/{@code date_to} query parameters: a date (UTC day) or an instant. */
public final class QueryDates {

  private QueryDates() {}

  /** The start of the day (or the instant) given; null when absent. */
  public static Instant from(String name, String value) {
    return parse(name, value, false);
  }

  /** The end of the day given (exclusive), so {@code date_to=2026-11-24} includes that day. */
  public static Instant until(String name, String value) {
    return parse(name, value, true);
  }

  /** A calendar day ({@code YYYY-MM-DD}); null when absent. */
  public static LocalDate day(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "must be a date (YYYY-MM-DD)");
    }
  }

  private static Instant parse(String name, String value, boolean endOfDay) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "must be a date (YYYY-MM-DD) or an ISO-8601 instant");
    }
  }
}
