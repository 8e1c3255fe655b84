package app.pos.platform.control;

import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Only JSON {@code true} and {@code false} are booleans. The default reading turns any string into
 * {@code false} ({@code "is_active": "yes"} would deactivate a user); this makes it a 400.
 */
public class StrictBooleans implements JsonbDeserializer<Boolean> {

  @Override
  public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
    // the parser stands on the value already: getValue() reads it without moving
    JsonValue value = parser.getValue();
    if (value == JsonValue.TRUE || value.getValueType() == JsonValue.ValueType.TRUE) {
      return Boolean.TRUE;
    }
    if (value.getValueType() == JsonValue.ValueType.FALSE) {
      return Boolean.FALSE;
    }
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    throw new JsonbException("a boolean must be true or false");
  }
}
