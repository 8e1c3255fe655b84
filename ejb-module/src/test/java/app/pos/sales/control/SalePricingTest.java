package app.pos.sales.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pos.inventory.control.InsufficientStockException;
import app.pos.inventory.control.LotStock;
import app.pos.inventory.control.StockBook.PricedLot;
import app.pos.platform.control.InvalidInputException;
import app.pos.sales.control.SalePricing.Line;
import app.pos.sales.control.SalePricing.PricedLine;
import app.pos.sales.control.SalePricing.PricedSale;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SalePricingTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  static final UUID TEA = UUID.randomUUID();
  static final BigDecimal NO_LIMIT = BigDecimal.valueOf(100);

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  static PricedLot lot(String onHand, String retail, String wholesale, int receivedDaysAgo) {
    return new PricedLot(
        TEA,
        new LotStock(
            UUID.randomUUID(),
            null,
            Instant.parse("2026-12-01T00:00:00Z").minusSeconds(86_400L * receivedDaysAgo),
            d(onHand),
            BigDecimal.ZERO,
            d(onHand).multiply(d("6.00")),
            d("6.00")),
        d(retail),
        d(wholesale));
  }

  static Line tea(String quantity, String overridePrice, int position) {
    return new Line(
        TEA,
        "TEA",
        d(quantity),
        null,
        null,
        overridePrice == null ? null : d(overridePrice),
        BigDecimal.ZERO,
        "items[" + position + "]");
  }

  static PricedSale price(List<Line> lines, List<PricedLot> lots, boolean wholesale) {
    return SalePricing.price(lines, Map.of(TEA, lots), wholesale, NO_LIMIT, TODAY, fields -> {});
  }

  @Test
  void eachLotDrawKeepsThePriceOfItsOwnLineWhenTwoLinesShareALot() {
    PricedLot shelf = lot("10", "10.00", "9.00", 1);
    PricedSale sale = price(List.of(tea("2", "8.00", 0), tea("3", null, 1)), List.of(shelf), false);
    assertThat(sale.lines()).hasSize(2);
    assertThat(sale.lines().get(0).draws())
        .singleElement()
        .satisfies(d -> assertThat(d.unitPrice()).isEqualByComparingTo("8.00"));
    assertThat(sale.lines().get(1).draws())
        .singleElement()
        .satisfies(d -> assertThat(d.unitPrice()).isEqualByComparingTo("10.00"));
  }

  @Test
  void aSecondLineDrawsOnlyWhatTheFirstLeftOfALot() {
    PricedLot older = lot("4", "10.00", "9.00", 2);
    PricedLot newer = lot("10", "11.00", "9.50", 1);
    PricedSale sale =
        price(List.of(tea("3", null, 0), tea("3", null, 1)), List.of(older, newer), false);
    // the first line takes 3 of the older lot; the second its last 1, then 2 of the newer
    assertThat(sale.lines()).extracting(l -> l.quantity().intValue()).containsExactly(3, 1, 2);
    assertThat(sale.lines().get(1).draws())
        .singleElement()
        .satisfies(d -> assertThat(d.take().lot().lotId()).isEqualTo(older.stock().lotId()));
    assertThat(sale.lines().get(2).draws())
        .singleElement()
        .satisfies(d -> assertThat(d.take().lot().lotId()).isEqualTo(newer.stock().lotId()));
  }

  @Test
  void aLineOverLotsAtTwoPricesBecomesOneSaleLinePerPriceWithItsOwnDraws() {
    PricedLot older = lot("2", "10.00", "9.00", 2);
    PricedLot newer = lot("10", "12.00", "9.00", 1);
    PricedSale sale = price(List.of(tea("5", null, 0)), List.of(older, newer), false);
    assertThat(sale.lines()).hasSize(2);
    for (PricedLine line : sale.lines()) {
      assertThat(line.draws())
          .allSatisfy(
              d -> assertThat(d.unitPrice()).isEqualByComparingTo(line.amounts().unitPrice()));
      BigDecimal drawn =
          line.draws().stream()
              .map(d -> d.take().quantity())
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(drawn).isEqualByComparingTo(line.quantity());
    }
    assertThat(sale.total()).isEqualByComparingTo("56.00"); // 2 x 10.00 + 3 x 12.00
  }

  @Test
  void aWholesaleSaleChargesTheLotsWholesalePrices() {
    PricedSale sale =
        price(List.of(tea("2", null, 0)), List.of(lot("5", "10.00", "9.00", 1)), true);
    assertThat(sale.total()).isEqualByComparingTo("18.00");
  }

  @Test
  void anOverridePriceAppliesToEveryLotTheLineDraws() {
    PricedLot older = lot("2", "10.00", "9.00", 2);
    PricedLot newer = lot("10", "12.00", "9.00", 1);
    PricedSale sale = price(List.of(tea("5", "7.00", 0)), List.of(older, newer), false);
    assertThat(sale.lines()).singleElement().satisfies(l -> assertThat(l.overridden()).isTrue());
    assertThat(sale.lines().get(0).draws())
        .allSatisfy(d -> assertThat(d.unitPrice()).isEqualByComparingTo("7.00"));
    assertThat(sale.total()).isEqualByComparingTo("35.00");
  }

  @Test
  void moreThanTheLotsHoldIsRefused() {
    assertThatThrownBy(
            () -> price(List.of(tea("6", null, 0)), List.of(lot("5", "1", "1", 1)), false))
        .isInstanceOf(InsufficientStockException.class);
  }

  @Test
  void aDiscountAboveTheLimitIsReportedAsSoonAsItsLineIsPriced() {
    List<List<String>> heard = new ArrayList<>();
    Line discounted =
        new Line(TEA, "TEA", d("1"), d("5.00"), null, null, BigDecimal.ZERO, "items[0]");
    assertThatThrownBy(
            () ->
                SalePricing.price(
                    List.of(discounted, tea("0.0001", "0.0001", 1)),
                    Map.of(TEA, List.of(lot("5", "10.00", "9.00", 1))),
                    false,
                    BigDecimal.TEN,
                    TODAY,
                    heard::add))
        .isInstanceOf(InvalidInputException.class); // the second line charges nothing
    assertThat(heard).containsExactly(List.of("items[0]"));
  }

  @Test
  void everyShortProductIsReportedOnceWithItsLinesAddedUp() {
    UUID beans = UUID.randomUUID();
    PricedLot fewBeans =
        new PricedLot(
            beans,
            new LotStock(
                UUID.randomUUID(),
                null,
                Instant.parse("2026-11-01T00:00:00Z"),
                d("1"),
                BigDecimal.ZERO,
                d("6.00"),
                d("6.00")),
            d("10.00"),
            d("9.00"));
    Line shortBeans =
        new Line(beans, "BEANS", d("2"), null, null, null, BigDecimal.ZERO, "items[0]");
    assertThatThrownBy(
            () ->
                SalePricing.price(
                    List.of(shortBeans, tea("4", null, 1), tea("4", null, 2)),
                    Map.of(beans, List.of(fewBeans), TEA, List.of(lot("5", "10.00", "9.00", 1))),
                    false,
                    NO_LIMIT,
                    TODAY,
                    fields -> {}))
        .isInstanceOfSatisfying(
            InsufficientStockException.class,
            e ->
                assertThat(e.shortLines())
                    .containsExactly(
                        new InsufficientStockException.ShortLine(beans, d("1"), d("2")),
                        new InsufficientStockException.ShortLine(TEA, d("5"), d("8"))));
  }
}
