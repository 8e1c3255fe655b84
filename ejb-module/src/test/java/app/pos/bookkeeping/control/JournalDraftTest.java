package app.pos.bookkeeping.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pos.bookkeeping.boundary.JournalDraft;
import app.pos.platform.control.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JournalDraftTest {

  static final UUID CASH = UUID.randomUUID();
  static final UUID REVENUE = UUID.randomUUID();
  static final UUID TAX = UUID.randomUUID();
  static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  static BigDecimal amount(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  @Test
  void aBalancedEntryIsBuiltWithItsTotal() {
    JournalDraft draft =
        JournalDraft.on(DAY, "Sale")
            .source("SALE", UUID.randomUUID())
            .debit(CASH, amount("63.25"), null)
            .credit(REVENUE, amount("55.00"), null)
            .credit(TAX, amount("8.25"), null)
            .build();
    assertThat(draft.total()).isEqualByComparingTo("63.25");
    assertThat(draft.lines()).hasSize(3);
    assertThat(draft.sourceType()).isEqualTo("SALE");
  }

  @Test
  void theOppositeOfAnEntrySwapsEverySide() {
    JournalDraft draft =
        JournalDraft.on(DAY, "x")
            .debit(CASH, amount("10"), "m")
            .credit(REVENUE, amount("10"), null)
            .build();
    var reversed = JournalDraft.opposite(draft.lines());
    assertThat(reversed.get(0).credit()).isEqualByComparingTo("10");
    assertThat(reversed.get(0).debit()).isZero();
    assertThat(reversed.get(1).debit()).isEqualByComparingTo("10");
  }

  /** Each row: a rule, the lines as (debit, credit) pairs, and the field the breach is named by. */
  static Stream<Arguments> brokenRules() {
    return Stream.of(
        Arguments.of(
            "debitsMustEqualCredits", new String[][] {{"10.00", null}, {null, "9.99"}}, "lines"),
        Arguments.of("anEntryNeedsTwoLines", new String[][] {{"10.00", null}}, "lines"),
        Arguments.of("anEntryNeedsLines", new String[][] {}, "lines"),
        Arguments.of("aLineIsNotBothSides", new String[][] {{"10", "10"}, {null, "0"}}, "lines[0]"),
        Arguments.of("aLineHasAnAmount", new String[][] {{"0", null}, {null, "0"}}, "lines[0]"),
        Arguments.of("amountsArePositive", new String[][] {{"-5", null}, {null, "-5"}}, "lines[0]"),
        Arguments.of(
            "amountsHaveAtMostTwoDecimals",
            new String[][] {{"1.005", null}, {null, "1.005"}},
            "lines[0]"),
        Arguments.of(
            "aNullSideAloneIsNoLine", new String[][] {{null, null}, {"1", null}}, "lines[0]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void eachBrokenRuleIsRefusedNamingItsField(String rule, String[][] sides, String field) {
    JournalDraft.Builder builder = JournalDraft.on(DAY, "Broken");
    for (int i = 0; i < sides.length; i++) {
      builder.line(i % 2 == 0 ? CASH : REVENUE, amount(sides[i][0]), amount(sides[i][1]), null);
    }
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.errors()).containsKey(field));
  }

  @Test
  void anEntryWithoutADateOrADescriptionIsRefusedNamingBoth() {
    assertThatThrownBy(
            () ->
                JournalDraft.on(null, " ")
                    .debit(CASH, amount("1"), null)
                    .credit(REVENUE, amount("1"), null)
                    .build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).containsKeys("date", "description"));
  }

  @Test
  void everyLineNamesAnAccount() {
    assertThatThrownBy(
            () ->
                JournalDraft.on(DAY, "x")
                    .debit(null, amount("1"), null)
                    .credit(REVENUE, amount("1"), null)
                    .build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).containsKey("lines[0].account"));
  }
}
