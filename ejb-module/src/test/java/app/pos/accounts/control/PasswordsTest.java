package app.pos.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PasswordsTest {

  /** A hash in Jakarta Security's encoding (computed apart, with Python's hashlib). */
  static final String STORED =
      "PBKDF2WithHmacSHA512:1024:AAECAwQFBgcICQoLDA0ODw==:FZ1Wy2ru6pPEKVzILH59Dkaa1PuhHEEhSqNqDos3Wf8=";

  Passwords passwords;

  @BeforeEach
  void passwords() {
    passwords = new Passwords();
    passwords.iterations = 1024;
    passwords.configure();
  }

  @Test
  void aHashStoredInJakartaSecuritysEncodingStillMatchesItsPassword() {
    assertThat(passwords.matches("Correct-Horse-42", STORED)).isTrue();
  }

  @Test
  void anotherPasswordDoesNotMatchAStoredHash() {
    assertThat(passwords.matches("Correct-Horse-43", STORED)).isFalse();
  }

  @Test
  void aNewHashMatchesItsPassword() {
    assertThat(passwords.matches("Tilapia-and-Rice-7", passwords.hash("Tilapia-and-Rice-7")))
        .isTrue();
  }

  @Test
  void aNewHashNamesItsAlgorithmWithItsIterations() {
    assertThat(passwords.hash("Tilapia-and-Rice-7")).startsWith("PBKDF2WithHmacSHA512:1024:");
  }

  @Test
  void twoHashesOfOnePasswordDifferByTheirSalt() {
    assertThat(passwords.hash("Tilapia-and-Rice-7"))
        .isNotEqualTo(passwords.hash("Tilapia-and-Rice-7"));
  }

  @Test
  void aMalformedHashMatchesNothing() {
    assertThat(passwords.matches("Correct-Horse-42", "not-a-hash")).isFalse();
    assertThat(passwords.matches("Correct-Horse-42", "MD5:1024:AAEC:AAEC")).isFalse();
    assertThat(passwords.matches("Correct-Horse-42", "PBKDF2WithHmacSHA512:10:AAEC:AAEC"))
        .isFalse();
  }
}
