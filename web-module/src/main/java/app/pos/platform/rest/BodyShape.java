package app.pos.platform.rest;

import app.pos.platform.rest.OpenApiSchemas.Property;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Digits;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Checks a JSON request body against the command class JSON-B will read it into, before JSON-B
 * does, so that each mistake is answered with its field, a message a person can read and a code: an
 * unknown field ({@code "unknown field; did you mean credit_limit?"}), a value of the wrong type
 * ({@code "must be a UUID"}, {@code "must be a date like 2026-12-31"}, {@code "must be one of
 * RETAIL, WHOLESALE"}), a decimal with more digits than its field keeps ({@code 1E+2147483647},
 * {@code 1.23456} where four decimals are kept). Nothing is rounded or dropped silently.
 *
 * <p>Fields the server writes in its answer ({@code id}, {@code created_at}, …) may be sent back
 * and are ignored (JSON-B skips them).
 */
final class BodyShape {

  /** Digits a decimal without {@code @Digits} may have: what NUMERIC(19,4) keeps. */
  static final int DEFAULT_INTEGER_DIGITS = 15;

  static final int DEFAULT_FRACTION_DIGITS = 4;

  private final Set<String> ignorable;
  private final Map<String, List<String>> errors = new LinkedHashMap<>();
  private final Map<String, List<String>> codes = new LinkedHashMap<>();

  private BodyShape(Set<String> ignorable) {
    this.ignorable = ignorable;
  }

  /**
   * The mistakes in {@code body} for {@code type}, as messages and codes per field; empty when
   * there are none. {@code ignorable} names top-level fields that may be sent and are ignored.
   */
  static BodyShape check(JsonValue body, Type type, Set<String> ignorable) {
    BodyShape shape = new BodyShape(ignorable);
    shape.value("", body, type, null);
    return shape;
  }

  boolean ok() {
    return errors.isEmpty();
  }

  Map<String, List<String>> errors() {
    return errors;
  }

  Map<String, List<String>> codes() {
    return codes;
  }

  private void refuse(String field, String message, String code) {
    String key = field.isEmpty() ? "body" : field;
    errors.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
    codes.computeIfAbsent(key, k -> new ArrayList<>()).add(code);
  }

  private void value(String field, JsonValue value, Type type, Property property) {
    Class<?> raw = OpenApiSchemas.rawType(type);
    if (raw == Optional.class) {
      value(field, value, OpenApiSchemas.argument(type, 0), property);
      return;
    }
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        refuse(field, "must not be null", ErrorCodes.REQUIRED);
      }
      return; // Bean Validation says whether null is allowed
    }
    if (raw == Object.class || raw == JsonValue.class || raw == JsonObject.class) {
      return;
    }
    if (raw == String.class) {
      if (!(value instanceof JsonString)) {
        refuse(field, "must be a text (a JSON string)", ErrorCodes.INVALID_TYPE);
      }
    } else if (raw == UUID.class) {
      if (!(value instanceof JsonString s) || !isUuid(s.getString())) {
        refuse(field, "must be a UUID", ErrorCodes.INVALID_UUID);
      }
    } else if (raw == LocalDate.class) {
      if (!(value instanceof JsonString s) || !isDate(s.getString())) {
        refuse(field, "must be a date like 2026-12-31", ErrorCodes.INVALID_DATE);
      }
    } else if (raw == Instant.class || raw == OffsetDateTime.class) {
      if (!(value instanceof JsonString s) || !isInstant(s.getString())) {
        refuse(
            field,
            "must be a date and time like 2026-12-31T09:30:00Z",
            ErrorCodes.INVALID_DATE_TIME);
      }
    } else if (raw.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : raw.getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
      }
      if (!(value instanceof JsonString s) || !names.contains(s.getString())) {
        refuse(field, "must be one of " + String.join(", ", names), ErrorCodes.INVALID_CHOICE);
      }
    } else if (raw == boolean.class || raw == Boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        refuse(field, "must be true or false", ErrorCodes.INVALID_BOOLEAN);
      }
    } else if (isWhole(raw)) {
      whole(field, value, raw);
    } else if (raw == BigDecimal.class
        || raw == double.class
        || raw == Double.class
        || raw == float.class
        || raw == Float.class) {
      decimal(field, value, property);
    } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      if (!(value instanceof JsonArray array)) {
        refuse(field, "must be a list (a JSON array)", ErrorCodes.INVALID_TYPE);
        return;
      }
      Type element = raw.isArray() ? raw.getComponentType() : OpenApiSchemas.argument(type, 0);
      for (int i = 0; i < array.size(); i++) {
        value(field + "[" + i + "]", array.get(i), element, null);
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      if (!(value instanceof JsonObject object)) {
        refuse(field, "must be an object (a JSON object)", ErrorCodes.INVALID_TYPE);
        return;
      }
      Type values = OpenApiSchemas.argument(type, 1);
      object.forEach((k, v) -> value(join(field, k), v, values, null));
    } else if (!raw.isPrimitive() && !raw.getName().startsWith("java.")) {
      object(field, value, raw);
    }
  }

  private void object(String field, JsonValue value, Class<?> raw) {
    if (!(value instanceof JsonObject object)) {
      refuse(field, "must be an object (a JSON object)", ErrorCodes.INVALID_TYPE);
      return;
    }
    Map<String, Property> properties = OpenApiSchemas.properties(raw);
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      Property property = properties.get(entry.getKey());
      String path = join(field, entry.getKey());
      if (property != null) {
        value(path, entry.getValue(), property.type(), property);
      } else if (!(field.isEmpty() && ignorable.contains(entry.getKey()))) {
        String guess = closest(entry.getKey(), properties.keySet());
        refuse(
            path,
            guess == null ? "unknown field" : "unknown field; did you mean " + guess + "?",
            ErrorCodes.UNKNOWN_FIELD);
      }
    }
  }

  private void whole(String field, JsonValue value, Class<?> raw) {
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      refuse(field, "must be a whole number", ErrorCodes.INVALID_INTEGER);
      return;
    }
    BigInteger n;
    try {
      n = number.bigDecimalValue().toBigIntegerExact();
    } catch (ArithmeticException e) {
      refuse(field, "must be a whole number", ErrorCodes.INVALID_INTEGER);
      return;
    }
    boolean wide = raw == long.class || raw == Long.class || raw == BigInteger.class;
    BigInteger min = BigInteger.valueOf(wide ? Long.MIN_VALUE : Integer.MIN_VALUE);
    BigInteger max = BigInteger.valueOf(wide ? Long.MAX_VALUE : Integer.MAX_VALUE);
    if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
      refuse(field, "must be between " + min + " and " + max, ErrorCodes.OUT_OF_RANGE);
    }
  }

  private void decimal(String field, JsonValue value, Property property) {
    BigDecimal number;
    if (value instanceof JsonNumber n) {
      number = n.bigDecimalValue();
    } else if (value instanceof JsonString s) {
      try {
        number = new BigDecimal(s.getString().trim());
      } catch (NumberFormatException e) {
        refuse(field, "must be a number", ErrorCodes.INVALID_NUMBER);
        return;
      }
    } else {
      refuse(field, "must be a number", ErrorCodes.INVALID_NUMBER);
      return;
    }
    Digits digits = property == null ? null : property.get(Digits.class);
    int integerLimit = digits == null ? DEFAULT_INTEGER_DIGITS : digits.integer();
    int fractionLimit = digits == null ? DEFAULT_FRACTION_DIGITS : digits.fraction();
    BigDecimal plain = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
    long fraction = Math.max(plain.scale(), 0);
    long integer = Math.max((long) plain.precision() - plain.scale(), 0);
    if (integer > integerLimit || fraction > fractionLimit) {
      refuse(
          field,
          "must have at most "
              + integerLimit
              + " digits before the decimal point and "
              + fractionLimit
              + " after",
          ErrorCodes.TOO_PRECISE);
    }
  }

  private static boolean isWhole(Class<?> raw) {
    return raw == int.class
        || raw == Integer.class
        || raw == long.class
        || raw == Long.class
        || raw == short.class
        || raw == Short.class
        || raw == BigInteger.class;
  }

  private static String join(String field, String name) {
    return field.isEmpty() ? name : field + "." + name;
  }

  private static boolean isUuid(String text) {
    if (text.length() != 36) {
      return false;
    }
    try {
      UUID.fromString(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isInstant(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The known field a mistyped one most likely meant: same letters in snake_case, or close. */
  static String closest(String unknown, Collection<String> known) {
    String snake = OpenApiSchemas.snakeCase(unknown).replace('-', '_').toLowerCase(Locale.ROOT);
    if (known.contains(snake)) {
      return snake;
    }
    String squeezed = squeeze(unknown);
    List<String> same =
        known.stream().filter(k -> squeeze(k).equals(squeezed)).collect(Collectors.toList());
    if (!same.isEmpty()) {
      return same.get(0);
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(snake, candidate);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return bestDistance <= Math.max(2, snake.length() / 4) ? best : null;
  }

  private static String squeeze(String name) {
    return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
