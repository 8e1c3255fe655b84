package app.pos.accounts.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pos.platform.control.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void passwordsShorterThanTenCharactersAreRefused() {
    assertThatThrownBy(() -> PasswordPolicy.check("password", "Short-1", "a@b.test"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theEmailOrItsLocalPartIsNotAPassword() {
    assertThatThrownBy(
            () ->
                PasswordPolicy.check("password", "Olive.Owner@shop.test", "olive.owner@shop.test"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> PasswordPolicy.check("password", "olive.owner", "olive.owner@shop.test"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aLongEnoughOtherPasswordPasses() {
    assertThatCode(() -> PasswordPolicy.check("password", "Correct-Horse-42", "a@b.test"))
        .doesNotThrowAnyException();
  }
}
