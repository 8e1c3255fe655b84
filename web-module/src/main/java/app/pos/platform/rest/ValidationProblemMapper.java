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
    Map<String, List<String>> codes = new TreeMap<>();
    List<ConstraintViolation<?>> sorted = new ArrayList<>(violations.getConstraintViolations());
    sorted.sort(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()));
    for (ConstraintViolation<?> v : sorted) {
      String field = fieldOf(v.getPropertyPath());
      errors.computeIfAbsent(field, k -> new ArrayList<>()).add(messageOf(v));
      codes.computeIfAbsent(field, k -> new ArrayList<>()).add(codeOf(v));
    }
    return Problems.validation("One or more fields are invalid", errors, codes);
  }

  private static final java.util.regex.Pattern CHOICES =
      java.util.regex.Pattern.compile("\\^?\\(?([A-Z][A-Z0-9_]*(?:\\|[A-Z][A-Z0-9_]*)+)\\)?\\$?");

  /** The constraint's message; a pattern that lists choices says them ("must be one of A, B"). */
  static String messageOf(ConstraintViolation<?> v) {
    java.util.regex.Matcher choices = choices(v);
    if (choices != null) {
      return "must be one of " + choices.group(1).replace("|", ", ");
    }
    return v.getMessage();
  }

  private static java.util.regex.Matcher choices(ConstraintViolation<?> v) {
    if (v.getConstraintDescriptor().getAnnotation()
        instanceof jakarta.validation.constraints.Pattern pattern) {
      java.util.regex.Matcher m = CHOICES.matcher(pattern.regexp());
      return m.matches() ? m : null;
    }
    return null;
  }

  /** A stable code per kind of constraint, for a frontend that translates the messages. */
  static String codeOf(ConstraintViolation<?> v) {
    String kind = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return switch (kind) {
      case "NotNull", "NotBlank", "NotEmpty" -> ErrorCodes.REQUIRED;
      case "Size" -> ErrorCodes.INVALID_LENGTH;
      case "Min",
          "Max",
          "DecimalMin",
          "DecimalMax",
          "Positive",
          "PositiveOrZero",
          "Negative",
          "NegativeOrZero",
          "Past",
          "PastOrPresent",
          "Future",
          "FutureOrPresent" ->
          ErrorCodes.OUT_OF_RANGE;
      case "Digits" -> ErrorCodes.TOO_PRECISE;
      case "Email" -> ErrorCodes.INVALID_EMAIL;
      case "Pattern" -> choices(v) != null ? ErrorCodes.INVALID_CHOICE : ErrorCodes.INVALID_FORMAT;
      default -> snakeCase(kind);
    };
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
