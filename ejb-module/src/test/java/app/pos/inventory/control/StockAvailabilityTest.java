package app.pos.inventory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StockAvailabilityTest {

  static final UUID RICE = UUID.randomUUID();
  static final UUID OIL = UUID.randomUUID();

  @Test
  void fifteenRequestedOfTenAvailableIsShortByItsFigures() {
    assertThat(
            StockAvailability.shortLines(
                Map.of(RICE, new BigDecimal("15")), Map.of(RICE, new BigDecimal("10"))))
        .containsExactly(
            new InsufficientStockException.ShortLine(
                RICE, new BigDecimal("10"), new BigDecimal("15")));
  }

  @Test
  void exactlyWhatIsAvailableIsNotShort() {
    assertThat(
            StockAvailability.shortLines(
                Map.of(RICE, new BigDecimal("10.000")), Map.of(RICE, new BigDecimal("10"))))
        .isEmpty();
  }

  @Test
  void aProductWithNoStockIsShortByAllOfIt() {
    assertThat(StockAvailability.shortLines(Map.of(OIL, BigDecimal.ONE), Map.of()))
        .containsExactly(
            new InsufficientStockException.ShortLine(OIL, BigDecimal.ZERO, BigDecimal.ONE));
  }

  @Test
  void linesOfOneProductAreJudgedTogether() {
    Map<UUID, BigDecimal> asked =
        StockAvailability.merged(
            List.of(
                new StockAvailability.Line(RICE, new BigDecimal("6")),
                new StockAvailability.Line(OIL, BigDecimal.ONE),
                new StockAvailability.Line(RICE, new BigDecimal("6"))));
    assertThat(asked).containsEntry(RICE, new BigDecimal("12")).hasSize(2);
    assertThat(
            StockAvailability.shortLines(asked, Map.of(RICE, BigDecimal.TEN, OIL, BigDecimal.ONE)))
        .extracting(InsufficientStockException.ShortLine::productId)
        .containsExactly(RICE);
  }

  @Test
  void theProblemCarriesEveryShortLineAsPlainNumbers() {
    InsufficientStockException refused =
        InsufficientStockException.of(
            List.of(
                new InsufficientStockException(
                    "rice",
                    List.of(
                        new InsufficientStockException.ShortLine(
                            RICE, new BigDecimal("10.000"), new BigDecimal("15")))),
                new InsufficientStockException(
                    "oil",
                    List.of(
                        new InsufficientStockException.ShortLine(
                            OIL, BigDecimal.ZERO, new BigDecimal("2.500"))))));
    assertThat(refused.getMessage()).isEqualTo("rice; oil");
    assertThat(refused.extensions().get("short_lines"))
        .isEqualTo(
            List.of(
                Map.of(
                    "product_id",
                    RICE.toString(),
                    "available",
                    new BigDecimal("10"),
                    "requested",
                    new BigDecimal("15")),
                Map.of(
                    "product_id",
                    OIL.toString(),
                    "available",
                    new BigDecimal("0"),
                    "requested",
                    new BigDecimal("2.5"))));
  }
}
