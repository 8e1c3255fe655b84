package app.pos.inventory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProfitProjectionTest {

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void aMixMustAddUpToAHundred() {
    assertThat(ProfitProjection.validMix(d("60"), d("40"))).isTrue();
    assertThat(ProfitProjection.validMix(d("33.33"), d("66.67"))).isTrue();
    assertThat(ProfitProjection.validMix(d("60"), d("30"))).isFalse();
    assertThat(ProfitProjection.validMix(d("110"), d("-10"))).isFalse();
  }

  @Test
  void revenueWeighsEachPriceByItsShare() {
    // 10 x (5.00 x 60 % + 4.00 x 40 %) = 46.00
    assertThat(ProfitProjection.revenue(d("10"), d("5.00"), d("4.00"), d("60"), d("40")))
        .isEqualByComparingTo("46.00");
  }

  @Test
  void amountsAreRoundedHalfUpToCents() {
    assertThat(ProfitProjection.cents(d("2.345"))).isEqualByComparingTo("2.35");
    assertThat(ProfitProjection.cents(d("2.344"))).isEqualByComparingTo("2.34");
  }

  @Test
  void theMarginPercentIsOfRevenueWithTwoDecimals() {
    assertThat(ProfitProjection.marginPercent(d("36.40"), d("68.40")))
        .isEqualByComparingTo("53.22");
  }

  @Test
  void noRevenueHasNoMarginPercent() {
    assertThat(ProfitProjection.marginPercent(d("-3.00"), BigDecimal.ZERO)).isNull();
  }
}
