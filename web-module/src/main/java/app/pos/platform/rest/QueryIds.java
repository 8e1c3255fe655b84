package app.pos.platform.rest;

import app.pos.platform.control.InvalidInputException;
import java.util.UUID;

/** Reads id filters from query parameters: a malformed id is a 400 naming the parameter. */
public final class QueryIds {

  private QueryIds() {}

  public static UUID uuid(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(name, "must be a UUID");
    }
  }
}
