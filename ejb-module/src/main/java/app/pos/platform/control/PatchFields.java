package app.pos.platform.control;

import java.util.Arrays;
import java.util.Objects;

/**
 * A PATCH must name at least one field its call changes: a body of only unknown fields (a misspelt
 * {@code creditLimit}, another object's fields) would otherwise answer 200 and change nothing, so
 * the client believes a change that was never made.
 */
public final class PatchFields {

  private PatchFields() {}

  /** 400 naming the fields the call takes when none of {@code values} was given. */
  public static void requireAny(String fields, Object... values) {
    if (Arrays.stream(values).allMatch(Objects::isNull)) {
      throw new InvalidInputException(
          "body", "names no field this call changes; it takes " + fields);
    }
  }

  /** As above, where a field sent as null (to clear it) also names a change. */
  public static void requireAny(PatchCommand command, String fields, Object... values) {
    if (!command.clearsAny()) {
      requireAny(fields, values);
    }
  }
}
