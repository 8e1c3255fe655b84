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
import java.util.Set;

/**
 * A resource method that takes a request body gets one: an empty body answers 400 here instead of
 * reaching the method as null. A method that reads no body gets none: a body answers 400 too.
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

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    boolean takesBody = takesBody(method);
    boolean hasBody = hasBytes(request);
    if (takesBody && !method.isAnnotationPresent(BodyOptional.class) && !hasBody) {
      throw new InvalidInputException("body", "a JSON body is required");
    }
    // a body where none is read would be silently ignored: say so instead
    if (!takesBody && hasBody) {
      throw new InvalidInputException(
          "body", "this call takes no body; its options go in the query string");
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
