package app.pos.platform.control;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;

/** Writes a money field as a JSON string with exactly two decimals ({@code "12.50"}). */
public class MoneyJsonSerializer implements JsonbSerializer<BigDecimal> {

  @Override
  public void serialize(BigDecimal amount, JsonGenerator generator, SerializationContext ctx) {
    if (amount == null) {
      generator.writeNull();
    } else {
      generator.write(Money.format(amount));
    }
  }
}
