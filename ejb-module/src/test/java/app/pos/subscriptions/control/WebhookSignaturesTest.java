package app.pos.subscriptions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {

  static final byte[] BODY =
      "{\"id\":\"evt_1\",\"type\":\"checkout.session.completed\"}".getBytes(StandardCharsets.UTF_8);
  static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  static final String SECRET = "whsec_test_secret";

  @Test
  void aStripeSignatureOverTheRawBodyWithinToleranceIsValid() {
    String header = WebhookSignatures.stripeHeader(BODY, SECRET, NOW.minusSeconds(60));
    assertThat(WebhookSignatures.stripeValid(header, BODY, SECRET, NOW)).isTrue();
    // several v1 values (secret rolling): any one matching is enough
    String rolled = header + ",v1=" + "00".repeat(32);
    assertThat(WebhookSignatures.stripeValid(rolled, BODY, SECRET, NOW)).isTrue();
  }

  @Test
  void aStripeSignatureThatIsStaleWrongOrOverAnotherBodyIsRefused() {
    String stale = WebhookSignatures.stripeHeader(BODY, SECRET, NOW.minusSeconds(301));
    assertThat(WebhookSignatures.stripeValid(stale, BODY, SECRET, NOW)).isFalse();
    String wrongKey = WebhookSignatures.stripeHeader(BODY, "whsec_other", NOW);
    assertThat(WebhookSignatures.stripeValid(wrongKey, BODY, SECRET, NOW)).isFalse();
    String header = WebhookSignatures.stripeHeader(BODY, SECRET, NOW);
    byte[] tampered = "{\"id\":\"evt_2\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(WebhookSignatures.stripeValid(header, tampered, SECRET, NOW)).isFalse();
    assertThat(WebhookSignatures.stripeValid(null, BODY, SECRET, NOW)).isFalse();
    assertThat(WebhookSignatures.stripeValid("t=abc,v1=zz", BODY, SECRET, NOW)).isFalse();
    assertThat(WebhookSignatures.stripeValid("v1=" + "ab".repeat(32), BODY, SECRET, NOW)).isFalse();
    assertThat(WebhookSignatures.stripeValid(header, BODY, "", NOW)).isFalse();
  }

  @Test
  void aPaystackSignatureIsTheSha512HmacOfTheBody() {
    String header = WebhookSignatures.paystackHeader(BODY, "sk_test_key");
    assertThat(header).hasSize(128);
    assertThat(WebhookSignatures.paystackValid(header, BODY, "sk_test_key")).isTrue();
    assertThat(WebhookSignatures.paystackValid(header, BODY, "sk_other")).isFalse();
    assertThat(WebhookSignatures.paystackValid("not hex", BODY, "sk_test_key")).isFalse();
    assertThat(WebhookSignatures.paystackValid(null, BODY, "sk_test_key")).isFalse();
  }
}
