package app.pos.sales.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pos.platform.control.InvalidInputException;
import app.pos.sales.control.SaleLineMath.LineAmounts;
import app.pos.sales.control.SaleLineMath.Portion;
import app.pos.sales.control.SaleLineMath.PricedPart;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaleLinePartsTest {

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void aLineOverLotsAtTwoPricesIsOnePartPerPriceEachPricedExactly() {
    List<Portion> portions =
        List.of(new Portion(d("5"), d("2.40")), new Portion(d("1"), d("2.00")));
    LineAmounts line = SaleLineMath.price(portions, null, null, BigDecimal.ZERO, "f");
    List<PricedPart> parts = SaleLineMath.byPrice(portions, line, "f");
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).quantity()).isEqualByComparingTo("5");
    assertThat(parts.get(0).amounts().unitPrice()).isEqualByComparingTo("2.40");
    assertThat(parts.get(0).amounts().gross()).isEqualByComparingTo("12.00");
    assertThat(parts.get(1).amounts().gross()).isEqualByComparingTo("2.00");
    assertThat(parts.get(0).amounts().total().add(parts.get(1).amounts().total()))
        .isEqualByComparingTo("14.00");
  }

  /** A line of 1 at 3.00 and 2 at 1.00, 1.00 off, taxed at 10 %. */
  static final List<Portion> TWO_PRICES =
      List.of(new Portion(d("1"), d("3.00")), new Portion(d("2"), d("1.00")));

  static final LineAmounts DISCOUNTED_LINE =
      SaleLineMath.price(TWO_PRICES, d("1.00"), null, d("10"), "f");

  @Test
  void theLinesDiscountIsSharedOutInFull() {
    List<PricedPart> parts = SaleLineMath.byPrice(TWO_PRICES, DISCOUNTED_LINE, "f");
    assertThat(parts.get(0).amounts().discount()).isEqualByComparingTo("0.60");
    assertThat(parts.get(1).amounts().discount()).isEqualByComparingTo("0.40");
    assertThat(parts.get(0).amounts().discount().add(parts.get(1).amounts().discount()))
        .isEqualByComparingTo(DISCOUNTED_LINE.discount());
  }

  @Test
  void eachPartIsTaxedOnItsShareOfTheNet() {
    List<PricedPart> parts = SaleLineMath.byPrice(TWO_PRICES, DISCOUNTED_LINE, "f");
    assertThat(parts.get(0).amounts().tax()).isEqualByComparingTo("0.24");
    assertThat(parts.get(1).amounts().tax()).isEqualByComparingTo("0.16");
  }

  @Test
  void aLineOfOnePriceIsItself() {
    List<Portion> portions =
        List.of(new Portion(d("2"), d("1.50")), new Portion(d("1"), d("1.50")));
    LineAmounts line = SaleLineMath.price(portions, null, null, BigDecimal.ZERO, "f");
    assertThat(SaleLineMath.byPrice(portions, line, "f"))
        .singleElement()
        .satisfies(p -> assertThat(p.amounts()).isSameAs(line));
  }

  @Test
  void aLineChargesAtLeastOneCent() {
    LineAmounts free =
        SaleLineMath.price(
            List.of(new Portion(d("1"), d("10.00"))), null, d("100"), BigDecimal.ZERO, "f");
    assertThatThrownBy(() -> SaleLineMath.requireCharge(free, "items[0].quantity"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aDiscountAboveTheLimitIsSeenAsSuch() {
    LineAmounts tenPercent =
        SaleLineMath.price(
            List.of(new Portion(d("1"), d("10.00"))), d("1.00"), null, BigDecimal.ZERO, "f");
    assertThat(SaleLineMath.discountAbove(tenPercent, d("10"))).isFalse();
    assertThat(SaleLineMath.discountAbove(tenPercent, d("9.99"))).isTrue();
  }
}
