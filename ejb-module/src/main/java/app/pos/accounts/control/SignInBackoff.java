package app.pos.accounts.control;

import java.time.Duration;

/**
 * How long an address waits before its next sign-in attempt for an account: nothing for the first
 * {@code freeFailures} failures, then {@code base}, doubling with each further failure up to {@code
 * max}.
 */
public record SignInBackoff(int freeFailures, Duration base, Duration max) {

  public Duration delayAfter(int failures) {
    if (failures < freeFailures) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - freeFailures, 30);
    long seconds = base.getSeconds() << doublings;
    return seconds <= 0 || seconds > max.getSeconds() ? max : Duration.ofSeconds(seconds);
  }
}
