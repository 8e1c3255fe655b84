package app.pos.platform.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stable machine code beside each validation message ({@code codes: {field: [code]}}), for a
 * frontend that translates messages: one code per kind of mistake, whatever the words say.
 */
final class ErrorCodes {

  static final String REQUIRED = "required";
  static final String UNKNOWN_FIELD = "unknown_field";
  static final String INVALID_TYPE = "invalid_type";
  static final String INVALID_UUID = "invalid_uuid";
  static final String INVALID_DATE = "invalid_date";
  static final String INVALID_DATE_TIME = "invalid_date_time";
  static final String INVALID_CHOICE = "invalid_choice";
  static final String INVALID_NUMBER = "invalid_number";
  static final String INVALID_INTEGER = "invalid_integer";
  static final String INVALID_BOOLEAN = "invalid_boolean";
  static final String TOO_PRECISE = "too_precise";
  static final String OUT_OF_RANGE = "out_of_range";
  static final String INVALID_LENGTH = "invalid_length";
  static final String INVALID_FORMAT = "invalid_format";
  static final String INVALID_EMAIL = "invalid_email";
  static final String UNKNOWN_REFERENCE = "unknown_reference";
  static final String DUPLICATE = "duplicate";
  static final String INVALID = "invalid";

  private ErrorCodes() {}

  /** The codes of messages that came without one (a rule's own InvalidInputException). */
  static Map<String, List<String>> of(Map<String, List<String>> errors) {
    Map<String, List<String>> codes = new LinkedHashMap<>();
    errors.forEach(
        (field, messages) -> {
          List<String> list = new ArrayList<>();
          messages.forEach(m -> list.add(forMessage(m)));
          codes.put(field, list);
        });
    return codes;
  }

  static String forMessage(String message) {
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (m.startsWith("unknown field")) {
      return UNKNOWN_FIELD;
    }
    if (m.contains("is required")
        || m.startsWith("must not be null")
        || m.startsWith("must not be blank")
        || m.startsWith("must not be empty")) {
      return REQUIRED;
    }
    if (m.contains("uuid")) {
      return INVALID_UUID;
    }
    if (m.contains("date and time") || m.contains("instant")) {
      return INVALID_DATE_TIME;
    }
    if (m.contains("must be a date") || m.contains("must be a month")) {
      return INVALID_DATE;
    }
    if (m.startsWith("must be one of") || m.matches("must be [a-z_]+ or [a-z_]+")) {
      return INVALID_CHOICE;
    }
    if (m.contains("whole number")) {
      return INVALID_INTEGER;
    }
    if (m.contains("true or false")) {
      return INVALID_BOOLEAN;
    }
    if (m.contains("digits")) {
      return TOO_PRECISE;
    }
    if (m.startsWith("must be a number")) {
      return INVALID_NUMBER;
    }
    if (m.contains("of this business")) {
      return UNKNOWN_REFERENCE;
    }
    if (m.contains(" exists") || m.startsWith("another ")) {
      return DUPLICATE;
    }
    if (m.contains("characters") || m.startsWith("size must")) {
      return INVALID_LENGTH;
    }
    if (m.contains("at most")
        || m.contains("at least")
        || m.contains("between")
        || m.contains("or more")
        || m.contains("greater than")
        || m.contains("less than")) {
      return OUT_OF_RANGE;
    }
    if (m.startsWith("must be a text")
        || m.startsWith("must be an object")
        || m.startsWith("must be a list")
        || m.startsWith("must be a json")) {
      return INVALID_TYPE;
    }
    return INVALID;
  }
}
