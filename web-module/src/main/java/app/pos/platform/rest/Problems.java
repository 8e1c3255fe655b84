package app.pos.platform.rest;

import app.pos.platform.control.DomainException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code application/problem+json} answers (RFC 9457); the body never holds a class name.
 */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

  private Problems() {}

  public static Response of(int status, String slug, String title, String detail) {
    return build(status, DomainException.PROBLEM_BASE + slug, title, detail, null, null, null);
  }

  public static Response of(DomainException e) {
    Response answer = build(e.status(), e.problemType(), e.title(), e.detail(), null, null, null);
    if (!e.extensions().isEmpty()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> body = (Map<String, Object>) answer.getEntity();
      e.extensions().forEach(body::putIfAbsent);
    }
    return answer;
  }

  public static Response validation(String detail, Map<String, List<String>> errors) {
    return validation(detail, errors, ErrorCodes.of(errors));
  }

  /** 400 with a message (for people) and a code (for translation) per field. */
  public static Response validation(
      String detail, Map<String, List<String>> errors, Map<String, List<String>> codes) {
    return build(
        400,
        DomainException.PROBLEM_BASE + "validation-error",
        "Invalid input",
        detail,
        errors,
        codes,
        null);
  }

  public static Response unexpected(String instance) {
    return build(
        500,
        DomainException.PROBLEM_BASE + "internal-error",
        "Internal error",
        "The server failed to complete the request; quote the instance id when reporting it",
        null,
        null,
        instance);
  }

  private static Response build(
      int status,
      String type,
      String title,
      String detail,
      Map<String, List<String>> errors,
      Map<String, List<String>> codes,
      String instance) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    if (errors != null) {
      body.put("errors", errors);
    }
    if (codes != null) {
      body.put("codes", codes);
    }
    if (instance != null) {
      body.put("instance", instance);
    }
    return Response.status(status).type(PROBLEM_JSON).entity(body).build();
  }
}
