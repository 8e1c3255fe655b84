package app.pos.platform.rest;

import app.pos.platform.control.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.util.Collection;
import java.util.Set;

/**
 * Reads an empty body as no body (null), and validates every other request body against its Bean
 * Validation constraints as soon as it is read, so resources need no {@code @Valid} on their
 * parameters. (Payara's OpenAPI generator fails on constraint annotations placed on resource method
 * parameters: payara/Payara#7649.)
 */
@Provider
@Priority(Priorities.USER)
public class BodyValidationInterceptor implements ReaderInterceptor {

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
    Object body = context.proceed();
    if (body == null) {
      if (optional()) {
        return null; // a JSON null where the body is optional says nothing, like no body
      }
      throw new InvalidInputException("body", "must be a JSON object, not null");
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
}
