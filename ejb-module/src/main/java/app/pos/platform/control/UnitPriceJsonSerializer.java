package app.pos.platform.control;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;

/**
 * Writes a unit cost or unit price as a JSON string with two to four decimals ({@code "12.50"},
 * {@code "0.1234"}): the four decimals a unit amount is stored and accepted with are never cut off,
 * and whole-cent amounts read as every other amount does.
 */
public class UnitPriceJsonSerializer implements JsonbSerializer<BigDecimal> {

  @Override
  public void serialize(BigDecimal amount, JsonGenerator generator, SerializationContext ctx) {
    if (amount == null) {
      generator.writeNull();
    } else {
      generator.write(format(amount));
    }
  }

  /** {@code 12.5} → {@code "12.50"}, {@code 0.12340} → {@code "0.1234"}. */
  public static String format(BigDecimal amount) {
    BigDecimal exact =
        amount.setScale(Money.STORAGE_SCALE, Money.LINE_ROUNDING).stripTrailingZeros();
    if (exact.scale() < Money.MINOR_UNIT_SCALE) {
      exact = exact.setScale(Money.MINOR_UNIT_SCALE);
    }
    return exact.toPlainString();
  }
}
