package app.pos.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleWindowTest {

  @Test
  void aWindowStartsAtTheLastMultipleOfItsLength() {
    var window =
        ThrottleWindow.containing(Instant.parse("2026-11-24T09:41:30.500Z"), Duration.ofHours(1));
    assertThat(window.start()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
  }

  /** The minute from 09:41 to 09:42. */
  static ThrottleWindow oneMinute() {
    return ThrottleWindow.containing(
        Instant.parse("2026-11-24T09:41:58.100Z"), Duration.ofMinutes(1));
  }

  @Test
  void retryAfterRoundsUpToWholeSeconds() {
    assertThat(oneMinute().secondsLeft(Instant.parse("2026-11-24T09:41:58.100Z"))).isEqualTo(2);
  }

  @Test
  void retryAfterIsNeverZero() {
    assertThat(oneMinute().secondsLeft(Instant.parse("2026-11-24T09:42:00Z"))).isEqualTo(1);
  }
}
