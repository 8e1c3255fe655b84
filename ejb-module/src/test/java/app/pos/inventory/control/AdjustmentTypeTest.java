package app.pos.inventory.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.pos.inventory.entity.AdjustmentType;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AdjustmentTypeTest {

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void thereAreSixteenTypes() {
    assertThat(AdjustmentType.values()).hasSize(16);
  }

  @Test
  void aTypeThatRemovesStockTurnsItsPositiveQuantityNegative() {
    assertThat(AdjustmentType.THEFT.signed(d("2"))).isEqualByComparingTo("-2");
    assertThat(AdjustmentType.RETURN_TO_SUPPLIER.signed(d("0.5"))).isEqualByComparingTo("-0.5");
  }

  @Test
  void aTypeThatAddsStockKeepsItsPositiveQuantity() {
    assertThat(AdjustmentType.FOUND.signed(d("3"))).isEqualByComparingTo("3");
    assertThat(AdjustmentType.CUSTOMER_RETURN.signed(d("1"))).isEqualByComparingTo("1");
  }

  @Test
  void aTypeWithADirectionRefusesANegativeQuantity() {
    Arrays.stream(AdjustmentType.values())
        .filter(t -> t.direction() != AdjustmentType.Direction.EITHER)
        .forEach(t -> assertThat(t.signed(d("-1"))).as(t.name()).isNull());
  }

  @Test
  void aTypeThatGoesEitherWayKeepsTheSignItIsGiven() {
    assertThat(AdjustmentType.COUNT_VARIANCE.signed(d("-4"))).isEqualByComparingTo("-4");
    assertThat(AdjustmentType.OTHER.signed(d("4"))).isEqualByComparingTo("4");
  }

  @Test
  void noTypeTakesAZeroQuantity() {
    Arrays.stream(AdjustmentType.values())
        .forEach(t -> assertThat(t.signed(BigDecimal.ZERO)).as(t.name()).isNull());
  }
}
