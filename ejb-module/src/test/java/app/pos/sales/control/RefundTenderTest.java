package app.pos.sales.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pos.platform.control.StateConflictException;
import app.pos.sales.entity.PaymentMethod;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RefundTenderTest {

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void anUnpaidCreditSaleIsRefundedOffTheBalance() {
    assertThat(
            RefundTender.choose(
                null, Map.of(PaymentMethod.CREDIT, d("20")), Map.of(), d("20"), d("20")))
        .isEqualTo(PaymentMethod.CREDIT);
  }

  @Test
  void cashIsRefusedWhileTheCustomerOwesForTheSale() {
    assertThatThrownBy(
            () ->
                RefundTender.choose(
                    PaymentMethod.CASH,
                    Map.of(PaymentMethod.CREDIT, d("20")),
                    Map.of(),
                    d("20"),
                    d("20")))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("20.00");
  }

  @Test
  void aCreditSalePaidOffOnAccountIsRefundedInMoney() {
    assertThat(
            RefundTender.choose(
                PaymentMethod.CASH,
                Map.of(PaymentMethod.CREDIT, d("20")),
                Map.of(),
                d("0"),
                d("20")))
        .isEqualTo(PaymentMethod.CASH);
  }

  @Test
  void cashLeavesOnlyUpToTheCashReceived() {
    Map<PaymentMethod, BigDecimal> split =
        Map.of(PaymentMethod.CASH, d("5"), PaymentMethod.CARD, d("15"));
    assertThat(RefundTender.choose(PaymentMethod.CASH, split, Map.of(), d("0"), d("5")))
        .isEqualTo(PaymentMethod.CASH);
    assertThatThrownBy(
            () -> RefundTender.choose(PaymentMethod.CASH, split, Map.of(), d("0"), d("5.01")))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void earlierRefundsByATenderCountAgainstIt() {
    assertThatThrownBy(
            () ->
                RefundTender.choose(
                    PaymentMethod.CASH,
                    Map.of(PaymentMethod.CASH, d("10")),
                    Map.of(PaymentMethod.CASH, d("8")),
                    d("0"),
                    d("3")))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void withoutAskingTheTenderThatBroughtInMostPaysBack() {
    assertThat(
            RefundTender.choose(
                null,
                Map.of(PaymentMethod.CASH, d("5"), PaymentMethod.CARD, d("15")),
                Map.of(),
                d("0"),
                d("10")))
        .isEqualTo(PaymentMethod.CARD);
  }
}
