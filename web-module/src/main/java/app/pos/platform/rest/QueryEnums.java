package app.pos.platform.rest;

import app.pos.platform.control.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads a closed-set filter from a query parameter: a value outside the set is a 400 naming the
 * parameter and listing the values, as a body field's enum mistake is.
 */
public final class QueryEnums {

  private QueryEnums() {}

  public static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(name, "must be one of " + choices(type));
    }
  }

  static String choices(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
