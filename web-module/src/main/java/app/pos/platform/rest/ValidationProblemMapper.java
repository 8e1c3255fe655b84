package app.pos.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bean Validation failures become 400 with {@code errors} keyed by the JSON field name ({@code
 * items[0].quantity}). Registered for ValidationException so it wins over the container's own
 * mapper.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ValidationException> {

  private static final Logger LOG = Logger.getLogger(ValidationProblemMapper.class.getName());

  @Override
  public Response toResponse(ValidationException failure) {
    if (!(failure instanceof ConstraintViolationException violations)) {
      String instance = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Validation set-up failure, instance " + instance, failure);
      return Problems.unexpected(instance);
    }
    Map<String, List<String>> errors = new TreeMap<>();
    for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
      errors
          .computeIfAbsent(fieldOf(v.getPropertyPath()), k -> new ArrayList<>())
          .add(v.getMessage());
    }
    return Problems.validation("One or more fields are invalid", errors);
  }

  /** The JSON name of the violated field; a violation on the whole body is reported as "body". */
  static String fieldOf(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD
          || node.getKind() == ElementKind.PARAMETER
          || node.getKind() == ElementKind.CROSS_PARAMETER
          || node.getKind() == ElementKind.RETURN_VALUE) {
        continue;
      }
      if (node.isInIterable() && node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() != null && !node.getName().startsWith("<")) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(snakeCase(node.getName()));
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  static String snakeCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
