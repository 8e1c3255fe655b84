package app.pos.sales.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pos.platform.control.InvalidInputException;
import app.pos.sales.control.Tenders.Settlement;
import app.pos.sales.control.Tenders.Tender;
import app.pos.sales.entity.PaymentMethod;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TendersTest {

  static Tender t(PaymentMethod m, String amount) {
    return new Tender(m, new BigDecimal(amount));
  }

  @Test
  void aCashOverpaymentIsChangeWithTheSaleKeepingOnlyItsTotal() {
    Settlement s = Tenders.settle(new BigDecimal("63.25"), List.of(t(PaymentMethod.CASH, "100")));
    assertThat(s.covered()).isTrue();
    assertThat(s.changeDue()).isEqualByComparingTo("36.75");
    assertThat(s.kept()).containsOnlyKeys(PaymentMethod.CASH);
    assertThat(s.kept().get(PaymentMethod.CASH)).isEqualByComparingTo("63.25");
  }

  /** 60 by card and 50 in cash on a total of 100, with a mobile-money tender of nothing. */
  static Settlement splitTender() {
    return Tenders.settle(
        new BigDecimal("100.00"),
        List.of(
            t(PaymentMethod.CARD, "60"),
            t(PaymentMethod.CASH, "50"),
            t(PaymentMethod.MOBILE_MONEY, "0.00")));
  }

  @Test
  void aSplitTenderKeepsEachPartWithTheChangeTakenFromCash() {
    Settlement s = splitTender();
    assertThat(s.changeDue()).isEqualByComparingTo("10");
    assertThat(s.kept().get(PaymentMethod.CARD)).isEqualByComparingTo("60");
    assertThat(s.kept().get(PaymentMethod.CASH)).isEqualByComparingTo("40");
  }

  @Test
  void aTenderOfNothingIsNotKept() {
    assertThat(splitTender().kept()).doesNotContainKey(PaymentMethod.MOBILE_MONEY);
  }

  @Test
  void onlyCashMayOverpay() {
    assertThat(
            Tenders.settle(new BigDecimal("10"), List.of(t(PaymentMethod.CASH, "10.01")))
                .changeDue())
        .isEqualByComparingTo("0.01");
    assertThatThrownBy(
            () -> Tenders.settle(new BigDecimal("10"), List.of(t(PaymentMethod.CARD, "10.01"))))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                Tenders.settle(
                    new BigDecimal("10"),
                    List.of(t(PaymentMethod.CARD, "6"), t(PaymentMethod.CREDIT, "5"))))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aTenderShortOfTheTotalLeavesTheRestDue() {
    Settlement s = Tenders.settle(new BigDecimal("10"), List.of(t(PaymentMethod.CASH, "4")));
    assertThat(s.covered()).isFalse();
    assertThat(s.changeDue()).isZero();
    assertThat(s.due(new BigDecimal("10"))).isEqualByComparingTo("6");
  }
}
