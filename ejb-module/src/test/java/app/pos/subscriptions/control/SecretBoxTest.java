package app.pos.subscriptions.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretBoxTest {

  static final String SECRET = "sk_live_abc123";

  private final SecretBox box = new SecretBox("a passphrase of some length");

  @Test
  void aSealedSecretNeverShowsThePlainText() {
    assertThat(box.seal(SECRET)).startsWith("v1:").doesNotContain(SECRET);
  }

  @Test
  void eachSealingOfOneSecretDiffers() {
    assertThat(box.seal(SECRET)).isNotEqualTo(box.seal(SECRET)); // fresh nonce each time
  }

  @Test
  void aSealedSecretOpensWithItsKey() {
    assertThat(box.open(box.seal(SECRET))).isEqualTo(SECRET);
  }

  @Test
  void aSealedSecretDoesNotOpenWithAnotherKey() {
    String sealed = box.seal(SECRET);
    assertThatThrownBy(() -> new SecretBox("another passphrase here").open(sealed))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aTamperedSealDoesNotOpen() {
    String sealed = box.seal(SECRET);
    String tampered = sealed.substring(0, sealed.length() - 4) + "AAAA";
    assertThatThrownBy(() -> box.open(tampered)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aShortPassphraseIsRefused() {
    assertThatThrownBy(() -> new SecretBox("short")).isInstanceOf(IllegalArgumentException.class);
  }
}
