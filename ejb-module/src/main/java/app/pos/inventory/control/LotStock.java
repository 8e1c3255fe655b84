package app.pos.inventory.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A lot's stock at one location, as allocation sees it. */
public record LotStock(
    UUID lotId,
    LocalDate expiryDate,
    Instant receivedAt,
    BigDecimal onHand,
    BigDecimal reserved,
    BigDecimal bookValue,
    BigDecimal unitCost) {

  public BigDecimal available() {
    return onHand.subtract(reserved);
  }
}
