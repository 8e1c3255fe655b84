package app.pos.sales.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RefundShareTest {

  static final BigDecimal THREE = new BigDecimal("3");

  @Test
  void refundingOneUnitAtATimeGivesBackExactlyTheLine() {
    BigDecimal line = new BigDecimal("10.00");
    BigDecimal first =
        RefundShare.of(line, BigDecimal.ZERO, THREE, BigDecimal.ZERO, BigDecimal.ONE);
    BigDecimal second = RefundShare.of(line, first, THREE, BigDecimal.ONE, BigDecimal.ONE);
    BigDecimal third =
        RefundShare.of(line, first.add(second), THREE, new BigDecimal("2"), BigDecimal.ONE);
    assertThat(first).isEqualByComparingTo("3.33");
    assertThat(second).isEqualByComparingTo("3.33");
    assertThat(third).isEqualByComparingTo("3.34");
    assertThat(first.add(second).add(third)).isEqualByComparingTo(line);
  }

  @Test
  void theWholeLineAtOnceIsTheWholeAmount() {
    assertThat(
            RefundShare.of(new BigDecimal("8.25"), BigDecimal.ZERO, THREE, BigDecimal.ZERO, THREE))
        .isEqualByComparingTo("8.25");
  }
}
