package app.pos.platform.control;

/** Too many requests in the current window: 429 with Retry-After. */
public class ThrottledException extends DomainException {

  private final long retryAfterSeconds;

  public ThrottledException(long retryAfterSeconds) {
    super(
        "throttled",
        429,
        "Too many requests",
        "Request limit reached; retry after " + retryAfterSeconds + " seconds");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
