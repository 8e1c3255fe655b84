package app.pos.platform.rest;

import app.pos.platform.control.InvalidInputException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A resource method that takes a request body gets one: an empty body answers 400 here instead of
 * reaching the method as null. A method that reads no body accepts what HTTP clients send when
 * there is nothing to say (no body, {@code {}} or {@code null}); any other body answers 400, since
 * its content would be silently ignored.
 */
@Provider
public class RequiredBodyFilter implements ContainerRequestFilter {

  private static final Set<Class<? extends Annotation>> NOT_A_BODY =
      Set.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          CookieParam.class,
          MatrixParam.class,
          FormParam.class,
          BeanParam.class,
          Context.class);

  /** Enough for {@code {}} or {@code null} with the whitespace clients put around them. */
  private static final int NOTHING_LIMIT = 256;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    boolean takesBody = takesBody(method);
    if (takesBody) {
      if (!method.isAnnotationPresent(BodyOptional.class) && !hasBytes(request)) {
        throw new InvalidInputException("body", "a JSON body is required");
      }
      return;
    }
    // a body where none is read would be silently ignored: say so instead
    if (request.hasEntity() && !isNothing(request)) {
      throw new InvalidInputException(
          "body", "this call takes no body; its options go in the query string");
    }
  }

  /** An empty body, {@code {}} or {@code null} (whitespace aside) says nothing. */
  static boolean saysNothing(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1).strip();
    }
    if (text.isEmpty() || text.equals("null")) {
      return true;
    }
    return text.startsWith("{")
        && text.endsWith("}")
        && text.substring(1, text.length() - 1).isBlank();
  }

  /**
   * Reads at most {@link #NOTHING_LIMIT} bytes: a body that says nothing is short. The bytes read
   * are put back, so whatever reads the body next sees all of it.
   */
  private static boolean isNothing(ContainerRequestContext request) {
    try {
      PushbackInputStream in =
          new PushbackInputStream(request.getEntityStream(), NOTHING_LIMIT + 1);
      byte[] head = in.readNBytes(NOTHING_LIMIT + 1);
      in.unread(head);
      request.setEntityStream(in);
      return head.length <= NOTHING_LIMIT && saysNothing(head);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the request carries at least one byte of body. {@code hasEntity()} alone differs by
   * server: RESTEasy (WildFly) says yes to an empty body sent with a content type.
   */
  private static boolean hasBytes(ContainerRequestContext request) {
    if (!request.hasEntity()) {
      return false;
    }
    try {
      PushbackInputStream in = new PushbackInputStream(request.getEntityStream(), 1);
      int first = in.read();
      if (first >= 0) {
        in.unread(first);
      }
      request.setEntityStream(in);
      return first >= 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean takesBody(Method method) {
    for (Annotation[] annotations : method.getParameterAnnotations()) {
      boolean injected = false;
      for (Annotation a : annotations) {
        injected |= NOT_A_BODY.contains(a.annotationType());
      }
      if (!injected) {
        return true;
      }
    }
    return false;
  }
}
