package app.pos.platform.control;

/** The same Idempotency-Key arrived with another request body: 422, nothing is done. */
public class IdempotencyKeyReusedException extends DomainException {

  public IdempotencyKeyReusedException(String key) {
    super(
        "idempotency-key-reused",
        422,
        "Idempotency key reused",
        "Idempotency-Key " + key + " was already used for a different request");
  }
}
