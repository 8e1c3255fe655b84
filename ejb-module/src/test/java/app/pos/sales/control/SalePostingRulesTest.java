package app.pos.sales.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class SalePostingRulesTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  /** Account ids derived from codes, so a line's account can be read back as its code. */
  static final Function<String, UUID> ACCOUNT =
      code -> UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8));

  static Map<String, BigDecimal[]> byCode(JournalDraft draft) {
    Map<String, BigDecimal[]> lines = new LinkedHashMap<>();
    for (String code :
        new String[] {
          "1000", "1010", "1020", "1030", "1100", "1200", "2100", "4000", "4100", "5000"
        }) {
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

  /** 63.25 paid 23.25 in cash and 40.00 by card: 55.00 net, 8.25 tax, goods that cost 36.00. */
  static JournalDraft splitSale() {
    Map<PaymentMethod, BigDecimal> kept = new LinkedHashMap<>();
    kept.put(PaymentMethod.CASH, d("23.25"));
    kept.put(PaymentMethod.CARD, d("40.00"));
    return SalePostingRules.forSale(
        DAY, UUID.randomUUID(), "R-1", kept, d("55.00"), d("8.25"), d("36.00"), ACCOUNT);
  }

  @Test
  void aSplitSaleDebitsEachTenderToItsOwnAccount() {
    Map<String, BigDecimal[]> lines = byCode(splitSale());
    assertThat(lines.get("1000")[0]).isEqualByComparingTo("23.25");
    assertThat(lines.get("1010")[0]).isEqualByComparingTo("40.00");
  }

  @Test
  void aSaleCreditsRevenueWithTaxWhileMovingItsCostOfGoodsOutOfInventory() {
    JournalDraft draft = splitSale();
    Map<String, BigDecimal[]> lines = byCode(draft);
    assertThat(lines).containsOnlyKeys("1000", "1010", "4000", "2100", "5000", "1200");
    assertThat(lines.get("4000")[1]).isEqualByComparingTo("55.00");
    assertThat(lines.get("2100")[1]).isEqualByComparingTo("8.25");
    assertThat(lines.get("5000")[0]).isEqualByComparingTo("36.00");
    assertThat(lines.get("1200")[1]).isEqualByComparingTo("36.00");
    assertThat(draft.total()).isEqualByComparingTo("99.25");
    assertThat(draft.sourceType()).isEqualTo("SALE");
  }

  /** 120.00 on credit, tax-free, goods that cost 80.00. */
  static JournalDraft taxFreeCreditSale() {
    return SalePostingRules.forSale(
        DAY,
        UUID.randomUUID(),
        "R-2",
        Map.of(PaymentMethod.CREDIT, d("120.00")),
        d("120.00"),
        d("0.00"),
        d("80.00"),
        ACCOUNT);
  }

  @Test
  void aCreditSaleIsAReceivable() {
    assertThat(byCode(taxFreeCreditSale()).get("1100")[0]).isEqualByComparingTo("120.00");
  }

  @Test
  void aTaxFreeSaleHasNoTaxLine() {
    assertThat(byCode(taxFreeCreditSale())).containsOnlyKeys("1100", "4000", "5000", "1200");
  }

  /** 18.33 net with 2.75 tax back in cash, for units that cost 12.00 and go back on the shelf. */
  static JournalDraft restockedRefund() {
    return SalePostingRules.forRefund(
        DAY,
        UUID.randomUUID(),
        "R-1",
        PaymentMethod.CASH,
        d("18.33"),
        d("2.75"),
        d("12.00"),
        ACCOUNT);
  }

  @Test
  void aRefundReversesItsRevenueWithItsTaxOutOfTheTender() {
    Map<String, BigDecimal[]> lines = byCode(restockedRefund());
    assertThat(lines.get("4100")[0]).isEqualByComparingTo("18.33");
    assertThat(lines.get("2100")[0]).isEqualByComparingTo("2.75");
    assertThat(lines.get("1000")[1]).isEqualByComparingTo("21.08");
  }

  @Test
  void aRefundReversesCostOfGoodsOnlyForRestockedUnits() {
    Map<String, BigDecimal[]> lines = byCode(restockedRefund());
    assertThat(lines.get("1200")[0]).isEqualByComparingTo("12.00");
    assertThat(lines.get("5000")[1]).isEqualByComparingTo("12.00");

    JournalDraft notRestocked =
        SalePostingRules.forRefund(
            DAY,
            UUID.randomUUID(),
            "R-1",
            PaymentMethod.CREDIT,
            d("18.33"),
            d("0"),
            d("0"),
            ACCOUNT);
    assertThat(byCode(notRestocked)).containsOnlyKeys("4100", "1100");
  }

  @Test
  void aCustomerPaymentMovesReceivableToTheTendersAccount() {
    JournalDraft draft =
        SalePostingRules.forCustomerPayment(
            DAY, UUID.randomUUID(), "Ama", PaymentMethod.MOBILE_MONEY, d("50"), "MM-1", ACCOUNT);
    Map<String, BigDecimal[]> lines = byCode(draft);
    assertThat(lines.get("1020")[0]).isEqualByComparingTo("50");
    assertThat(lines.get("1100")[1]).isEqualByComparingTo("50");
    assertThatThrownBy(
            () ->
                SalePostingRules.forCustomerPayment(
                    DAY, UUID.randomUUID(), "Ama", PaymentMethod.CREDIT, d("50"), null, ACCOUNT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
