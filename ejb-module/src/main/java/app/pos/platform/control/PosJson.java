package app.pos.platform.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;

/**
 * The one JSON-B configuration of the API: snake_case names, nulls written out (lists say {@code
 * "next": null}), ISO-8601 times to the microsecond the database keeps. Both the HTTP layer and
 * stored idempotent responses use it, so a replay is byte for byte the first answer.
 */
public final class PosJson {

  private static final Jsonb JSONB = JsonbBuilder.create(config());

  private PosJson() {}

  public static JsonbConfig config() {
    return new JsonbConfig()
        .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
        .withNullValues(true)
        .withDeserializers(new StrictBooleans())
        .withSerializers(new MicrosecondInstants());
  }

  public static Jsonb jsonb() {
    return JSONB;
  }
}
