package app.pos.platform.rest;

import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.JsonCodec;
import app.pos.platform.control.PatchCommand;
import jakarta.annotation.Priority;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Reads an empty body as no body (null), and validates every other request body against its Bean
 * Validation constraints as soon as it is read, so resources need no {@code @Valid} on their
 * parameters. (Payara's OpenAPI generator fails on constraint annotations placed on resource method
 * parameters: payara/Payara#7649.)
 */
@Provider
@Priority(Priorities.USER)
public class BodyValidationInterceptor implements ReaderInterceptor {

  /** What the server sets on every object it keeps, whatever a body says. */
  private static final Set<String> SERVER_SET =
      Set.of("id", "business_id", "created_at", "updated_at");

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  @jakarta.ws.rs.core.Context jakarta.ws.rs.container.ResourceInfo resource;

  private boolean optional() {
    java.lang.reflect.Method method = resource == null ? null : resource.getResourceMethod();
    return method != null && method.isAnnotationPresent(BodyOptional.class);
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    PushbackInputStream in = new PushbackInputStream(context.getInputStream(), 1);
    int first = in.read();
    if (first < 0) {
      return null; // an empty body is no body; RequiredBodyFilter refuses it where one is needed
    }
    in.unread(first);
    context.setInputStream(in);
    BodyShape shape = null;
    byte[] shapeBytes = null;
    if (isCommand(context)) {
      byte[] bytes = in.readAllBytes(); // already bounded by the body size limit
      shapeBytes = bytes;
      shape = shapeOf(bytes, context.getGenericType());
      context.setInputStream(new ByteArrayInputStream(bytes));
    }
    Object body;
    try {
      body = context.proceed();
    } catch (IOException | RuntimeException unreadable) {
      if (shape != null && !shape.ok()) {
        throw new BodyShapeException(shape.errors(), shape.codes());
      }
      throw unreadable;
    }
    if (shape != null && !shape.ok()) {
      // the body could still be read: its other fields' rules are reported beside the shape's
      Map<String, List<String>> errors = new LinkedHashMap<>(shape.errors());
      Map<String, List<String>> codes = new LinkedHashMap<>(shape.codes());
      if (body != null) {
        for (ConstraintViolation<Object> v : VALIDATOR.validate(body)) {
          String field = ValidationProblemMapper.fieldOf(v.getPropertyPath());
          if (!shape.errors().containsKey(field)) {
            errors
                .computeIfAbsent(field, k -> new ArrayList<>())
                .add(ValidationProblemMapper.messageOf(v));
            codes
                .computeIfAbsent(field, k -> new ArrayList<>())
                .add(ValidationProblemMapper.codeOf(v));
          }
        }
      }
      throw new BodyShapeException(errors, codes);
    }
    if (body == null) {
      if (optional()) {
        return null; // a JSON null where the body is optional says nothing, like no body
      }
      throw new InvalidInputException("body", "must be a JSON object, not null");
    }
    if (body instanceof PatchCommand patch) {
      patch.sentAsNull(nullFields(shapeBytes));
    }
    if (!(body instanceof Collection<?>)
        && !(body instanceof String)
        && !(body instanceof byte[])) {
      Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(body);
      if (!violations.isEmpty()) {
        throw new ConstraintViolationException(violations);
      }
    }
    return body;
  }

  /** The top-level fields a JSON object body sent as null. */
  private static Set<String> nullFields(byte[] bytes) {
    if (bytes == null) {
      return Set.of();
    }
    try (JsonReader reader = JsonCodec.JSON.createReader(new ByteArrayInputStream(bytes))) {
      JsonValue json = reader.readValue();
      if (json.getValueType() != JsonValue.ValueType.OBJECT) {
        return Set.of();
      }
      Set<String> nulls = new HashSet<>();
      json.asJsonObject()
          .forEach(
              (name, value) -> {
                if (value.getValueType() == JsonValue.ValueType.NULL) {
                  nulls.add(name);
                }
              });
      return nulls;
    } catch (JsonException malformed) {
      return Set.of(); // JSON-B read it, so this does not happen
    }
  }

  /** A JSON body read into a command class (not text, bytes, a stream or a free-form map). */
  private static boolean isCommand(ReaderInterceptorContext context) {
    MediaType type = context.getMediaType();
    Class<?> raw = context.getType();
    boolean json =
        type == null
            || MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
            || type.getSubtype().endsWith("+json");
    return json
        && raw != String.class
        && raw != byte[].class
        && !InputStream.class.isAssignableFrom(raw)
        && !Map.class.isAssignableFrom(raw)
        && !JsonValue.class.isAssignableFrom(raw)
        && !raw.getName().startsWith("java.");
  }

  /**
   * Each field's type, format, enum and precision mistakes, and unknown fields, as 400 with a
   * message and a code per field, before JSON-B reads the body ({@link BodyShape}). Malformed JSON
   * is left to JSON-B (and the structural limits) to refuse.
   */
  private BodyShape shapeOf(byte[] bytes, Type type) {
    JsonValue json;
    try (JsonReader reader = JsonCodec.JSON.createReader(new ByteArrayInputStream(bytes))) {
      json = reader.readValue();
    } catch (JsonException malformed) {
      return null;
    }
    return BodyShape.check(json, type, answeredFields());
  }

  /**
   * The fields of the method's answer ({@code id}, {@code created_at}, {@code outstanding_balance},
   * …): a client that sends an object back as it read it, or tries to set what only the server
   * sets, has them ignored, not refused.
   */
  private Set<String> answeredFields() {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null) {
      return SERVER_SET;
    }
    APIResponseSchema declared = method.getAnnotation(APIResponseSchema.class);
    Class<?> answer = declared != null ? declared.value() : method.getReturnType();
    if (answer == void.class || answer == Response.class || answer.getName().startsWith("java.")) {
      return SERVER_SET;
    }
    Set<String> names = new HashSet<>(SERVER_SET);
    names.addAll(OpenApiSchemas.properties(answer).keySet());
    return names;
  }
}
