package app.pos.bookkeeping.control;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The debits and credits one account received in a period, and its trial balance line: the net
 * amount on the side where it falls.
 */
public record AccountSum(
    UUID accountId, String code, String name, String type, BigDecimal debits, BigDecimal credits) {

  public BigDecimal netDebit() {
    BigDecimal net = debits.subtract(credits);
    return net.signum() > 0 ? net : BigDecimal.ZERO;
  }

  public BigDecimal netCredit() {
    BigDecimal net = credits.subtract(debits);
    return net.signum() > 0 ? net : BigDecimal.ZERO;
  }
}
