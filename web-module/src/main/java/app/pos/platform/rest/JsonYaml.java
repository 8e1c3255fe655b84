package app.pos.platform.rest;

import app.pos.platform.control.JsonCodec;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * Writes a JSON value as block-style YAML (the OpenAPI document's {@code ?format=yaml}). Strings,
 * and keys other than plain words, are written as JSON string literals, which YAML reads the same
 * way, so nothing needs YAML's own quoting rules.
 */
final class JsonYaml {

  private JsonYaml() {}

  static String write(JsonValue value) {
    StringBuilder out = new StringBuilder();
    if (value instanceof JsonObject object && !object.isEmpty()) {
      object(object, 0, out);
    } else if (value instanceof JsonArray array && !array.isEmpty()) {
      array(array, 0, out);
    } else {
      out.append(scalar(value)).append('\n');
    }
    return out.toString();
  }

  private static void object(JsonObject object, int indent, StringBuilder out) {
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      out.append(" ".repeat(indent)).append(key(entry.getKey())).append(':');
      value(entry.getValue(), indent, out);
    }
  }

  private static void array(JsonArray array, int indent, StringBuilder out) {
    for (JsonValue item : array) {
      out.append(" ".repeat(indent)).append('-');
      value(item, indent, out);
    }
  }

  private static void value(JsonValue value, int indent, StringBuilder out) {
    if (value instanceof JsonObject nested && !nested.isEmpty()) {
      out.append('\n');
      object(nested, indent + 2, out);
    } else if (value instanceof JsonArray list && !list.isEmpty()) {
      out.append('\n');
      array(list, indent + 2, out);
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private static String scalar(JsonValue value) {
    if (value instanceof JsonString text) {
      return quoted(text.getString());
    }
    return value.toString(); // numbers, true, false, null, {} and []
  }

  /** A plain word as it is ({@code openapi:}), anything else as a JSON string. */
  private static String key(String text) {
    return PLAIN_KEY.matcher(text).matches() ? text : quoted(text);
  }

  private static final java.util.regex.Pattern PLAIN_KEY =
      java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static String quoted(String text) {
    return JsonCodec.JSON.createValue(text).toString();
  }
}
