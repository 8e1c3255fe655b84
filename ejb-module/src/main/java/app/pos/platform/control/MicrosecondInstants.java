package app.pos.platform.control;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes every instant to the microsecond, the precision PostgreSQL keeps: the answer to a create
 * (made from the clock, nanoseconds on this JVM) and a later read of the same row (from the
 * database) print the same {@code created_at}.
 */
public class MicrosecondInstants implements JsonbSerializer<Instant> {

  @Override
  public void serialize(Instant instant, JsonGenerator generator, SerializationContext ctx) {
    if (instant == null) {
      generator.writeNull();
    } else {
      generator.write(instant.truncatedTo(ChronoUnit.MICROS).toString());
    }
  }
}
