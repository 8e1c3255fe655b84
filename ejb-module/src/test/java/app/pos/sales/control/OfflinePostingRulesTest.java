package app.pos.sales.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.pos.bookkeeping.boundary.JournalDraft;
import app.pos.sales.entity.PaymentMethod;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OfflinePostingRulesTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  static final Function<String, UUID> ACCOUNT =
      code -> UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8));

  /** debit, credit per account code. */
  static Map<String, BigDecimal[]> byCode(JournalDraft draft) {
    Map<String, BigDecimal[]> lines = new LinkedHashMap<>();
    for (String code :
        new String[] {"1000", "1010", "1200", "1250", "2100", "4000", "5000", "5100"}) {
      for (JournalDraft.Line line : draft.lines()) {
        if (line.accountId().equals(ACCOUNT.apply(code))) {
          lines.put(code, new BigDecimal[] {line.debit(), line.credit()});
        }
      }
    }
    return lines;
  }

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void oversoldUnitsAreCreditedToTheHoldingPositionNotToInventory() {
    Map<PaymentMethod, BigDecimal> kept = Map.of(PaymentMethod.CASH, d("30.00"));
    JournalDraft draft =
        OfflinePostingRules.forSale(
            DAY,
            UUID.randomUUID(),
            "R-1",
            kept,
            d("30.00"),
            d("0.00"),
            d("12.00"),
            d("6.00"),
            ACCOUNT);
    Map<String, BigDecimal[]> lines = byCode(draft);
    assertThat(lines).containsOnlyKeys("1000", "4000", "5000", "1200", "1250");
    assertThat(lines.get("5000")[0]).isEqualByComparingTo("18.00");
    assertThat(lines.get("1200")[1]).isEqualByComparingTo("12.00");
    assertThat(lines.get("1250")[1]).isEqualByComparingTo("6.00");
    assertThat(draft.total()).isEqualByComparingTo("48.00");
  }

  @Test
  void aSaleTheShelfCoveredPostsNoHoldingLine() {
    JournalDraft draft =
        OfflinePostingRules.forSale(
            DAY,
            UUID.randomUUID(),
            "R-2",
            Map.of(PaymentMethod.CARD, d("11.50")),
            d("10.00"),
            d("1.50"),
            d("6.00"),
            BigDecimal.ZERO,
            ACCOUNT);
    assertThat(byCode(draft)).containsOnlyKeys("1010", "4000", "2100", "5000", "1200");
  }

  @Test
  void stockArrivingAboveTheLastKnownCostChargesTheDifferenceToCostOfGoods() {
    JournalDraft draft =
        OfflinePostingRules.forStockArrived(
            DAY, UUID.randomUUID(), "R-3", d("6.00"), d("7.00"), ACCOUNT);
    Map<String, BigDecimal[]> lines = byCode(draft);
    assertThat(lines.get("1250")[0]).isEqualByComparingTo("6.00");
    assertThat(lines.get("1200")[1]).isEqualByComparingTo("7.00");
    assertThat(lines.get("5000")[0]).isEqualByComparingTo("1.00");
  }

  @Test
  void stockArrivingBelowTheLastKnownCostGivesTheDifferenceBackToCostOfGoods() {
    JournalDraft draft =
        OfflinePostingRules.forStockArrived(
            DAY, UUID.randomUUID(), "R-4", d("6.00"), d("5.50"), ACCOUNT);
    Map<String, BigDecimal[]> lines = byCode(draft);
    assertThat(lines.get("5000")[1]).isEqualByComparingTo("0.50");
    assertThat(draft.total()).isEqualByComparingTo("6.00");
  }

  @Test
  void aWriteOffClearsTheHoldingPositionAgainstShrinkage() {
    JournalDraft draft =
        OfflinePostingRules.forWriteOff(DAY, UUID.randomUUID(), "R-5", d("6.00"), ACCOUNT);
    Map<String, BigDecimal[]> lines = byCode(draft);
    assertThat(lines).containsOnlyKeys("1250", "5100");
    assertThat(lines.get("1250")[0]).isEqualByComparingTo("6.00");
    assertThat(lines.get("5100")[1]).isEqualByComparingTo("6.00");
  }
}
