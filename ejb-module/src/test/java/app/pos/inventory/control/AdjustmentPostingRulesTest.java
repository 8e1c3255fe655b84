package app.pos.inventory.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.pos.bookkeeping.boundary.JournalDraft;
import app.pos.inventory.entity.AdjustmentType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdjustmentPostingRulesTest {

  static final LocalDate DAY = LocalDate.of(2026, 12, 2);

  static UUID account(String code) {
    return UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8));
  }

  static JournalDraft post(AdjustmentType type, boolean increase, String value) {
    return AdjustmentPostingRules.forAdjustment(
        DAY,
        UUID.randomUUID(),
        type,
        "counted",
        increase,
        account("1200"),
        account(AdjustmentPostingRules.counterAccount(type, increase)),
        new BigDecimal(value));
  }

  static JournalDraft.Line line(JournalDraft draft, String code) {
    return draft.lines().stream()
        .filter(l -> l.accountId().equals(account(code)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line on " + code));
  }

  @Test
  void everyTypeRemovingStockMovesItsValueFromInventoryToItsAccount() {
    Map<AdjustmentType, String> expected = new EnumMap<>(AdjustmentType.class);
    for (AdjustmentType t :
        new AdjustmentType[] {
          AdjustmentType.THEFT,
          AdjustmentType.LOSS,
          AdjustmentType.DAMAGE,
          AdjustmentType.EXPIRED,
          AdjustmentType.SPOILAGE,
          AdjustmentType.WRITE_OFF,
          AdjustmentType.TRANSFER_LOSS,
          AdjustmentType.CORRECTION_DOWN,
          AdjustmentType.COUNT_VARIANCE,
          AdjustmentType.OTHER
        }) {
      expected.put(t, "5100");
    }
    expected.put(AdjustmentType.SAMPLE, "6000");
    expected.put(AdjustmentType.INTERNAL_USE, "6000");
    expected.put(AdjustmentType.RETURN_TO_SUPPLIER, "2000");
    expected.forEach(
        (type, code) -> {
          JournalDraft draft = post(type, false, "7.50");
          assertThat(line(draft, code).debit()).as(type.name()).isEqualByComparingTo("7.50");
          assertThat(line(draft, "1200").credit()).as(type.name()).isEqualByComparingTo("7.50");
          assertThat(draft.lines()).hasSize(2);
        });
  }

  @Test
  void everyTypeAddingStockMovesItsValueFromItsAccountToInventory() {
    Map<AdjustmentType, String> expected = new EnumMap<>(AdjustmentType.class);
    expected.put(AdjustmentType.FOUND, "4200");
    expected.put(AdjustmentType.COUNT_VARIANCE, "4200");
    expected.put(AdjustmentType.OTHER, "4200");
    expected.put(AdjustmentType.CUSTOMER_RETURN, "5000");
    expected.put(AdjustmentType.CORRECTION_UP, "5100");
    expected.forEach(
        (type, code) -> {
          JournalDraft draft = post(type, true, "3.25");
          assertThat(line(draft, "1200").debit()).as(type.name()).isEqualByComparingTo("3.25");
          assertThat(line(draft, code).credit()).as(type.name()).isEqualByComparingTo("3.25");
        });
  }

  @Test
  void theEntryNamesItsAdjustmentAsSource() {
    UUID id = UUID.randomUUID();
    JournalDraft draft =
        AdjustmentPostingRules.forAdjustment(
            DAY,
            id,
            AdjustmentType.THEFT,
            "shelf 3",
            false,
            account("1200"),
            account("5100"),
            new BigDecimal("1.00"));
    assertThat(draft.sourceType()).isEqualTo("STOCK_ADJUSTMENT");
    assertThat(draft.sourceId()).isEqualTo(id);
    assertThat(draft.description()).isEqualTo("Stock adjustment (THEFT): shelf 3");
  }

  @Test
  void aLongReasonIsCutToTheEntrysDescriptionLength() {
    assertThat(AdjustmentPostingRules.description("x".repeat(600))).hasSize(500);
  }
}
