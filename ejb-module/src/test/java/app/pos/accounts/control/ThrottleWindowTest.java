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

  @Test
  void retryAfterRoundsUpToWholeSecondsAndIsNeverZero() {
    var window =
        ThrottleWindow.containing(Instant.parse("2026-11-24T09:41:58.100Z"), Duration.ofMinutes(1));
    assertThat(window.secondsLeft(Instant.parse("2026-11-24T09:41:58.100Z"))).isEqualTo(2);
    assertThat(window.secondsLeft(Instant.parse("2026-11-24T09:42:00Z"))).isEqualTo(1);
  }
}
