package app.pos.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInBackoffTest {

  private final SignInBackoff backoff =
      new SignInBackoff(5, Duration.ofSeconds(15), Duration.ofMinutes(15));

  @Test
  void firstFailuresCostNothing() {
    assertThat(backoff.delayAfter(1)).isZero();
    assertThat(backoff.delayAfter(4)).isZero();
  }

  @Test
  void delayStartsAtTheBaseOnceFreeFailuresAreSpent() {
    assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void delayDoublesWithEachFurtherFailure() {
    assertThat(backoff.delayAfter(6)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.delayAfter(7)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void delayNeverExceedsTheMaximumEvenAfterManyFailures() {
    assertThat(backoff.delayAfter(12)).isEqualTo(Duration.ofMinutes(15));
    assertThat(backoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
  }
}
