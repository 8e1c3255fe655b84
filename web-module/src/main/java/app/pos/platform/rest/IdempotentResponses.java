package app.pos.platform.rest;

import app.pos.platform.boundary.IdempotentExecutions;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.IdempotencyKey;
import app.pos.platform.control.Outcome;
import app.pos.platform.control.StoredResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a resource returns for a creating POST that money or stock depends on: with an
 * Idempotency-Key the use case runs once and repeats replay the stored answer; without one it
 * simply runs.
 */
@ApplicationScoped
public class IdempotentResponses {

  @Inject CurrentTenant tenant;
  @Inject IdempotentExecutions executions;
  @Inject RequestIdempotencyKey requestKey;

  void keyed(IdempotencyKey key) {
    requestKey.set(key);
  }

  /**
   * 201 Created with a Location, replayed exactly for a repeat of the same request. With {@link
   * #respond} a {@code location} may answer null: no Location header (a 200 of a batch).
   */
  public <T> Response created(Supplier<T> useCase, Function<T, URI> location) {
    return respond(201, useCase, location);
  }

  public <T> Response respond(int status, Supplier<T> useCase, Function<T, URI> location) {
    IdempotencyKey key = requestKey.get();
    if (key == null) {
      T body = retryingTransientConflicts(useCase);
      return Response.status(status).location(location.apply(body)).entity(body).build();
    }
    StoredResponse stored =
        retryingTransientConflicts(
            () ->
                executions.execute(
                    tenant.businessId(),
                    tenant.userId().orElse(IdempotentExecutions.NO_USER),
                    key,
                    status,
                    () -> {
                      T body = useCase.get();
                      URI at = location.apply(body);
                      return new Outcome(body, at == null ? null : at.toString());
                    }));
    Response.ResponseBuilder answer =
        Response.status(stored.status())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(stored.jsonBody());
    if (stored.location() != null) {
      answer.location(URI.create(stored.location()));
    }
    return answer.build();
  }

  static final int ATTEMPTS = 3;

  /**
   * Runs a use case (its own transaction) again when the database aborted it for a serialization
   * failure or a deadlock (40001, 40P01), or a guarded write refused figures that changed since
   * they were read ({@link app.pos.platform.control.LostRaceException}): lock order makes these
   * rare, and a fresh attempt sees the committed state. Anything else, or a third abort, reaches
   * the client as it is.
   */
  static <T> T retryingTransientConflicts(Supplier<T> useCase) {
    for (int attempt = 1; ; attempt++) {
      try {
        return useCase.get();
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isTransientConflict(e)) {
          throw e;
        }
        try {
          Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  static boolean isTransientConflict(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof app.pos.platform.control.LostRaceException) {
        return true; // a guarded write saw the figures it read change: read them again
      }
      if (t instanceof java.sql.SQLException sql
          && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
