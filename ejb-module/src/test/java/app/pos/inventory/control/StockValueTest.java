package app.pos.inventory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StockValueTest {

  @Test
  void valueIsQuantityTimesCostRoundedHalfUpToCents() {
    assertThat(StockValue.of(new BigDecimal("10"), new BigDecimal("12.3456")))
        .isEqualByComparingTo("123.46");
  }

  @Test
  void theLastUnitsTakeWhatValueIsLeftSoALotEndsAtZero() {
    BigDecimal book = StockValue.of(new BigDecimal("3"), new BigDecimal("3.3333")); // 10.00
    BigDecimal first =
        StockValue.outflow(BigDecimal.ONE, new BigDecimal("3.3333"), new BigDecimal("3"), book);
    BigDecimal second =
        StockValue.outflow(
            BigDecimal.ONE, new BigDecimal("3.3333"), new BigDecimal("2"), book.subtract(first));
    BigDecimal last =
        StockValue.outflow(
            BigDecimal.ONE,
            new BigDecimal("3.3333"),
            BigDecimal.ONE,
            book.subtract(first).subtract(second));
    assertThat(first.add(second).add(last)).isEqualByComparingTo(book);
    assertThat(last).isEqualByComparingTo("3.34");
  }
}
