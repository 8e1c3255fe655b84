package app.pos.sales.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pos.platform.control.InvalidInputException;
import app.pos.sales.control.SaleLineMath.LineAmounts;
import app.pos.sales.control.SaleLineMath.Portion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SaleLineMathTest {

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void theOriginsCaseThreeAtTwentyLessFiveTaxedAtFifteenPercent() {
    LineAmounts line =
        SaleLineMath.price(
            List.of(new Portion(d("3"), d("20.00"))), d("5.00"), null, d("15"), "items[0]");
    assertThat(line.gross()).isEqualByComparingTo("60.00");
    assertThat(line.discount()).isEqualByComparingTo("5.00");
    assertThat(line.net()).isEqualByComparingTo("55.00");
    assertThat(line.tax()).isEqualByComparingTo("8.25");
    assertThat(line.total()).isEqualByComparingTo("63.25");
    assertThat(line.unitPrice()).isEqualByComparingTo("20.00");
  }

  @ParameterizedTest(name = "{0} × {1}, {2} % off, tax {3} % → net {4}, tax {5}, total {6}")
  @CsvSource({
    // half-up once per line: 0.125 rounds to 0.13
    "1, 0.83, 0, 15, 0.83, 0.12, 0.95",
    "1, 2.50, 0, 5, 2.50, 0.13, 2.63",
    "3, 0.333, 0, 0, 1.00, 0.00, 1.00",
    "2.5, 4.00, 10, 15, 9.00, 1.35, 10.35",
    "7, 19.99, 12.5, 16, 122.44, 19.59, 142.03"
  })
  void aPercentDiscountOrTaxRoundsHalfUpOncePerLine(
      String qty, String price, String pct, String rate, String net, String tax, String total) {
    LineAmounts line =
        SaleLineMath.price(
            List.of(new Portion(d(qty), d(price))), null, d(pct), d(rate), "items[0]");
    assertThat(line.net()).isEqualByComparingTo(net);
    assertThat(line.tax()).isEqualByComparingTo(tax);
    assertThat(line.total()).isEqualByComparingTo(total);
    assertThat(line.net().add(line.tax())).isEqualByComparingTo(line.total());
  }

  @Test
  void aLineSpanningTwoLotsIsPricedLotByLot() {
    LineAmounts line =
        SaleLineMath.price(
            List.of(new Portion(d("2"), d("10.00")), new Portion(d("1"), d("13.00"))),
            null,
            null,
            d("0"),
            "items[0]");
    assertThat(line.gross()).isEqualByComparingTo("33.00");
    assertThat(line.unitPrice()).isEqualByComparingTo("11.00");
  }

  @Test
  void aDiscountAboveTheLineOrBothKindsAtOnceIsRefused() {
    List<Portion> one = List.of(new Portion(d("1"), d("10.00")));
    assertThatThrownBy(() -> SaleLineMath.price(one, d("10.01"), null, d("0"), "items[1]"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors()).containsKey("items[1]"));
    assertThatThrownBy(() -> SaleLineMath.price(one, d("1"), d("5"), d("0"), "items[0]"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(SaleLineMath.price(one, d("10.00"), null, d("15"), "x").total()).isZero();
  }
}
