package app.pos.accounts.control;

import java.time.Duration;
import java.time.Instant;

/** A fixed window of a given length that an instant falls in. */
public record ThrottleWindow(Instant start, Duration length) {

  public static ThrottleWindow containing(Instant now, Duration length) {
    long size = length.toMillis();
    return new ThrottleWindow(
        Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size), length);
  }

  /** Whole seconds until the next window opens (at least 1). */
  public long secondsLeft(Instant now) {
    long millis = Duration.between(now, start.plus(length)).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }
}
