package app.pos.sales.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pos.platform.control.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CheckoutMergeTest {

  static final UUID GUM = UUID.randomUUID();
  static final UUID TEA = UUID.randomUUID();

  static Checkout.Item item(UUID product, String qty, String discount, String percent) {
    Checkout.Item item = new Checkout.Item();
    item.productId = product;
    item.quantity = new BigDecimal(qty);
    item.discount = discount == null ? null : new BigDecimal(discount);
    item.discountPercent = percent == null ? null : new BigDecimal(percent);
    return item;
  }

  static Checkout checkout(Checkout.Item... items) {
    Checkout c = new Checkout();
    c.items = new ArrayList<>(List.of(items));
    return c;
  }

  @Test
  void linesOfOneProductBecomeOneLineSummingTheirQuantitiesWithTheirDiscounts() {
    List<Checkout.Line> lines =
        checkout(
                item(GUM, "0.004", "0.01", null),
                item(TEA, "1", null, null),
                item(GUM, "0.004", "0.02", null))
            .mergedItems();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).item().quantity).isEqualByComparingTo("0.008");
    assertThat(lines.get(0).item().discount).isEqualByComparingTo("0.03");
    assertThat(lines.get(0).position()).isZero();
    assertThat(lines.get(1).position()).isEqualTo(1);
  }

  @Test
  void mergedLinesMustAgreeOnTheirDiscountPercentage() {
    assertThatThrownBy(
            () -> checkout(item(GUM, "1", null, "5"), item(GUM, "1", null, "10")).mergedItems())
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> checkout(item(GUM, "1", null, "5"), item(GUM, "1", "0.10", null)).mergedItems())
        .isInstanceOf(InvalidInputException.class);
    assertThat(checkout(item(GUM, "1", null, "5"), item(GUM, "2", null, "5.0")).mergedItems())
        .singleElement()
        .satisfies(l -> assertThat(l.item().quantity).isEqualByComparingTo("3"));
  }
}
