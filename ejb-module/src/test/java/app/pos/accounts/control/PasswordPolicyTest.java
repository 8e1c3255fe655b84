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

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"1234567890", "aaaaaaaaaa", "qwertyuiop", "password123", "Password123!"})
  void easilyGuessedPasswordsAreRefusedWithTheReason(String weak) {
    assertThatThrownBy(() -> PasswordPolicy.check("password", weak, "a@b.test"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(
                        ((InvalidInputException) e).errors().get("password").get(0))
                    .startsWith("is too easy to guess"));
  }

  @Test
  void passwordBuiltFromTheEmailAddressIsRefused() {
    assertThatThrownBy(
            () -> PasswordPolicy.check("password", "OliveOwner", "olive.owner@shop.test"))
        .isInstanceOf(InvalidInputException.class);
  }
}
