package app.pos.platform.rest;

import app.pos.platform.control.DomainException;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.ThrottledException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure leaves as problem+json. Causes are looked for along the whole chain because
 * containers wrap them: a body limit hit while JSON-B reads arrives inside a JSON-B exception, a
 * rule broken inside an EJB may arrive inside an EJBException. Only the unexpected is logged with
 * its stack trace, under an instance id the client also gets.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  /**
   * SQL states of a transaction that lost a race: serialization failure, deadlock, and a unique key
   * another request filled between this one's check and its insert.
   */
  private static final java.util.Set<String> LOST_RACES =
      java.util.Set.of("40001", "40P01", "23505");

  /** The SQL state of the database's refusal of an entry dated on or before the lock date. */
  private static final String LOCK_DATE_GUARD = "55P0L";

  @Override
  public Response toResponse(Throwable failure) {
    BodyTooLargeException tooLarge = find(failure, BodyTooLargeException.class);
    if (tooLarge != null) {
      return Problems.of(413, "payload-too-large", "Request body too large", tooLarge.getMessage());
    }
    BodyShapeException shape = find(failure, BodyShapeException.class);
    if (shape != null) {
      return Problems.validation("One or more fields are invalid", shape.errors(), shape.codes());
    }
    InvalidInputException invalid = find(failure, InvalidInputException.class);
    if (invalid != null) {
      return Problems.validation(invalid.detail(), invalid.errors());
    }
    DomainException domain = find(failure, DomainException.class);
    if (domain instanceof ThrottledException throttled) {
      return Response.fromResponse(Problems.of(throttled))
          .header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds())
          .build();
    }
    if (domain != null) {
      return Problems.of(domain);
    }
    if (find(failure, JsonbException.class) != null || find(failure, JsonException.class) != null) {
      return Problems.of(
          400,
          "malformed-body",
          "Malformed request body",
          "The body is not valid JSON of the expected shape (check types, enum values and nesting)");
    }
    java.sql.SQLException sql = find(failure, java.sql.SQLException.class);
    if (sql != null && LOST_RACES.contains(sql.getSQLState())) {
      // lock order makes these rare by design; if one happens the client may simply retry: a
      // second attempt sees what the other request committed (for a unique key, the checks before
      // the insert then answer with the rule's own problem)
      LOG.warning(
          () ->
              "Transaction aborted by the database ("
                  + sql.getSQLState()
                  + "): "
                  + sql.getMessage());
      return Response.fromResponse(
              Problems.of(
                  409,
                  "concurrent-update",
                  "Concurrent update",
                  "Another request changed the same data; retry"))
          .header(HttpHeaders.RETRY_AFTER, 1)
          .build();
    }
    if (sql != null && LOCK_DATE_GUARD.equals(sql.getSQLState())) {
      // the database's lock-date guard: this instance's copy of the lock date was older than a
      // close made elsewhere
      return Problems.of(
          409,
          "period-closed",
          "Period closed",
          "The books are closed for the date of this posting: nothing dated on or before the lock"
              + " date can be posted");
    }
    if (failure instanceof WebApplicationException web) {
      return fromStatus(web.getResponse());
    }
    String instance = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, instance " + instance, failure);
    return Problems.unexpected(instance);
  }

  /**
   * Keeps the status and protocol headers (Allow, WWW-Authenticate, Retry-After) of a JAX-RS error.
   */
  private static Response fromStatus(Response original) {
    int status = original.getStatus();
    Map.Entry<String, String> words = describe(status);
    Response problem =
        Problems.of(status, words.getKey(), words.getValue(), detailFor(status, original));
    Response.ResponseBuilder copy = Response.fromResponse(problem);
    for (String header :
        new String[] {HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER}) {
      Object value = original.getHeaders().getFirst(header);
      if (value != null) {
        copy.header(header, value);
      }
    }
    return copy.build();
  }

  private static Map.Entry<String, String> describe(int status) {
    return switch (status) {
      case 400 -> Map.entry("bad-request", "Bad request");
      case 401 -> Map.entry("unauthorized", "Authentication required");
      case 403 -> Map.entry("forbidden", "Forbidden");
      case 404 -> Map.entry("not-found", "Not found");
      case 405 -> Map.entry("method-not-allowed", "Method not allowed");
      case 406 -> Map.entry("not-acceptable", "Not acceptable");
      case 409 -> Map.entry("conflict", "Conflict");
      case 413 -> Map.entry("payload-too-large", "Request body too large");
      case 415 -> Map.entry("unsupported-media-type", "Unsupported media type");
      case 429 -> Map.entry("throttled", "Too many requests");
      default -> Map.entry("http-" + status, Response.Status.Family.familyOf(status).name());
    };
  }

  private static String detailFor(int status, Response original) {
    return switch (status) {
      case 401 -> "A valid bearer token is required";
      case 403 -> "Your role or plan does not allow this";
      case 404 -> "No such resource";
      case 405 -> "This resource does not accept that method; see the Allow header";
      case 415 -> "Send the body as application/json";
      default -> original.getStatusInfo().getReasonPhrase();
    };
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
