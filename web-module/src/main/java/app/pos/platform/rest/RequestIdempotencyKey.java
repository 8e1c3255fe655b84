package app.pos.platform.rest;

import app.pos.platform.control.IdempotencyKey;
import jakarta.enterprise.context.RequestScoped;

/**
 * The Idempotency-Key of the request being served, set by {@link IdempotencyKeyFilter}; null
 * without the header. Apart from {@link IdempotentResponses} so that bean is made once, not per
 * request (making it resolved its EJB through JNDI on every request).
 */
@RequestScoped
public class RequestIdempotencyKey {

  private IdempotencyKey key;

  void set(IdempotencyKey key) {
    this.key = key;
  }

  IdempotencyKey get() {
    return key;
  }
}
