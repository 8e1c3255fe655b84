package app.pos.platform.control;

/**
 * A client's {@code Idempotency-Key} and the fingerprint (SHA-256 of method, path and body) of the
 * request that carried it.
 */
public record IdempotencyKey(String key, String requestFingerprint) {

  public static final int MAX_LENGTH = 255;

  public IdempotencyKey {
    if (key == null || key.isBlank() || key.length() > MAX_LENGTH) {
      throw new InvalidInputException(
          "Idempotency-Key", "must be 1 to " + MAX_LENGTH + " characters");
    }
  }
}
