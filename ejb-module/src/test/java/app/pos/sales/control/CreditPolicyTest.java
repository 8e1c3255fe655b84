package app.pos.sales.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.pos.sales.control.CreditPolicy.Position;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CreditPolicyTest {

  static Position position(String limit, String outstanding, boolean blocked, String notYetDue) {
    return new Position(
        new BigDecimal(limit),
        new BigDecimal(outstanding),
        blocked,
        new BigDecimal(notYetDue),
        true);
  }

  @Test
  void aChargeWithinAvailableCreditIsAllowed() {
    assertThat(CreditPolicy.refusal(position("500", "200", false, "200"), new BigDecimal("300")))
        .isEmpty();
  }

  @Test
  void moreThanAvailableCreditIsRefused() {
    assertThat(CreditPolicy.refusal(position("500", "200", false, "200"), new BigDecimal("300.01")))
        .hasValueSatisfying(reason -> assertThat(reason).contains("300.00"));
  }

  @Test
  void aBlockedCustomerIsRefusedWhateverTheirLimit() {
    assertThat(CreditPolicy.refusal(position("500", "0", true, "0"), BigDecimal.ONE))
        .hasValueSatisfying(reason -> assertThat(reason).contains("blocked"));
  }

  @Test
  void owingMoreThanTheChargesNotYetDueIsOverdue() {
    Position p = position("1000", "300", false, "100");
    assertThat(p.overdue()).isEqualByComparingTo("200");
    assertThat(CreditPolicy.refusal(p, BigDecimal.ONE))
        .hasValueSatisfying(reason -> assertThat(reason).contains("200.00 overdue"));
  }

  @Test
  void anInactiveCustomerIsRefusedWhateverTheirLimit() {
    Position p =
        new Position(new BigDecimal("500"), BigDecimal.ZERO, false, BigDecimal.ZERO, false);
    assertThat(CreditPolicy.refusal(p, BigDecimal.ONE))
        .hasValueSatisfying(reason -> assertThat(reason).contains("inactive"));
  }

  @Test
  void aCustomerOwingOnlyChargesNotYetDueStandsGood() {
    assertThat(CreditPolicy.standing(position("500", "200", false, "200")))
        .isEqualTo(CreditPolicy.Standing.GOOD);
  }

  @Test
  void aCustomerOwingPastTheirTermsStandsOverdue() {
    assertThat(CreditPolicy.standing(position("500", "200", false, "50")))
        .isEqualTo(CreditPolicy.Standing.OVERDUE);
  }

  @Test
  void inactivityComesBeforeABlockInTheStanding() {
    Position p = new Position(new BigDecimal("500"), BigDecimal.ZERO, true, BigDecimal.ZERO, false);
    assertThat(CreditPolicy.standing(p)).isEqualTo(CreditPolicy.Standing.INACTIVE);
  }

  @Test
  void anInactiveCustomersRefusalCannotBeOverridden() {
    Position p =
        new Position(new BigDecimal("500"), BigDecimal.ZERO, false, BigDecimal.ZERO, false);
    assertThat(CreditPolicy.refusalOf(p, BigDecimal.ONE))
        .hasValueSatisfying(r -> assertThat(r.overridable()).isFalse());
  }

  @Test
  void aBlockedCustomersRefusalMayBeOverridden() {
    assertThat(CreditPolicy.refusalOf(position("500", "0", true, "0"), BigDecimal.ONE))
        .hasValueSatisfying(r -> assertThat(r.overridable()).isTrue());
  }
}
