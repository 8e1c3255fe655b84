package app.pos.inventory.control;

import app.pos.platform.control.StateConflictException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Less is available than asked for: 409, nothing moves. The problem carries {@code short_lines}:
 * per short product what is available and what was asked for, so a till or a back office can say
 * which line to change without parsing the text.
 */
public class InsufficientStockException extends StateConflictException {

  /** A product asked for beyond what is available at the location. */
  public record ShortLine(UUID productId, BigDecimal available, BigDecimal requested) {}

  private final List<ShortLine> shortLines;

  /** Stock changed under a guarded update: no line-level figures to give. */
  public InsufficientStockException(String what) {
    this(what, List.of());
  }

  public InsufficientStockException(String what, List<ShortLine> shortLines) {
    super("insufficient-stock", "Insufficient stock", what);
    this.shortLines = List.copyOf(shortLines);
  }

  public List<ShortLine> shortLines() {
    return shortLines;
  }

  /** One refusal for several short lines (their details joined). */
  public static InsufficientStockException of(List<InsufficientStockException> each) {
    return new InsufficientStockException(
        String.join("; ", each.stream().map(InsufficientStockException::getMessage).toList()),
        each.stream().flatMap(e -> e.shortLines().stream()).toList());
  }

  @Override
  public Map<String, Object> extensions() {
    return Map.of(
        "short_lines",
        shortLines.stream()
            .map(
                s -> {
                  Map<String, Object> line = new LinkedHashMap<>();
                  line.put("product_id", s.productId().toString());
                  line.put("available", plain(s.available().max(BigDecimal.ZERO)));
                  line.put("requested", plain(s.requested()));
                  return line;
                })
            .toList());
  }

  private static BigDecimal plain(BigDecimal quantity) {
    BigDecimal stripped = quantity.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
