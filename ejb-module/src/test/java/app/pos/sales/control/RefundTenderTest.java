package app.pos.sales.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pos.platform.control.StateConflictException;
import app.pos.sales.control.Tenders.Method;
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
            RefundTender.choose(null, Map.of(Method.CREDIT, d("20")), Map.of(), d("20"), d("20")))
        .isEqualTo(Method.CREDIT);
  }

  @Test
  void cashIsRefusedWhileTheCustomerOwesForTheSale() {
    assertThatThrownBy(
            () ->
                RefundTender.choose(
                    Method.CASH, Map.of(Method.CREDIT, d("20")), Map.of(), d("20"), d("20")))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("20.00");
  }

  @Test
  void aCreditSalePaidOffOnAccountIsRefundedInMoney() {
    assertThat(
            RefundTender.choose(
                Method.CASH, Map.of(Method.CREDIT, d("20")), Map.of(), d("0"), d("20")))
        .isEqualTo(Method.CASH);
  }

  @Test
  void cashLeavesOnlyUpToTheCashReceived() {
    Map<Method, BigDecimal> split = Map.of(Method.CASH, d("5"), Method.CARD, d("15"));
    assertThat(RefundTender.choose(Method.CASH, split, Map.of(), d("0"), d("5")))
        .isEqualTo(Method.CASH);
    assertThatThrownBy(() -> RefundTender.choose(Method.CASH, split, Map.of(), d("0"), d("5.01")))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void earlierRefundsByATenderCountAgainstIt() {
    assertThatThrownBy(
            () ->
                RefundTender.choose(
                    Method.CASH,
                    Map.of(Method.CASH, d("10")),
                    Map.of(Method.CASH, d("8")),
                    d("0"),
                    d("3")))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void withoutAskingTheTenderThatBroughtInMostPaysBack() {
    assertThat(
            RefundTender.choose(
                null, Map.of(Method.CASH, d("5"), Method.CARD, d("15")), Map.of(), d("0"), d("10")))
        .isEqualTo(Method.CARD);
  }
}
