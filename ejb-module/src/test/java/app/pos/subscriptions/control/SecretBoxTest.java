package app.pos.subscriptions.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretBoxTest {

  @Test
  void aSealedSecretOpensWithTheSameKeyOnlyAndNeverShowsThePlainText() {
    SecretBox box = new SecretBox("a passphrase of some length");
    String sealed = box.seal("sk_live_abc123");
    assertThat(sealed).startsWith("v1:").doesNotContain("sk_live_abc123");
    assertThat(box.seal("sk_live_abc123")).isNotEqualTo(sealed); // fresh nonce each time
    assertThat(box.open(sealed)).isEqualTo("sk_live_abc123");
    assertThatThrownBy(() -> new SecretBox("another passphrase here").open(sealed))
        .isInstanceOf(IllegalStateException.class);
    String tampered = sealed.substring(0, sealed.length() - 4) + "AAAA";
    assertThatThrownBy(() -> box.open(tampered)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new SecretBox("short")).isInstanceOf(IllegalArgumentException.class);
  }
}
