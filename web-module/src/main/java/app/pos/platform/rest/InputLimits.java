package app.pos.platform.rest;

import app.pos.platform.control.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Structural limits applied before any parser or resource sees the input: no control character (NUL
 * and the rest of C0, DEL) in the path or a query value, and every JSON body within {@link
 * JsonShape}'s depth, string and number limits. Breaking one answers 400 with the reason.
 */
@Provider
@PreMatching
@Priority(20) // after RequestBodyLimitFilter, before authentication
public class InputLimits implements ContainerRequestFilter, ReaderInterceptor {

  private final JsonShape shape = configured(ConfigProvider.getConfig());

  static JsonShape configured(Config config) {
    return new JsonShape(
        config.getOptionalValue("pos.http.max-json-depth", Integer.class).orElse(32),
        config.getOptionalValue("pos.http.max-json-string-length", Integer.class).orElse(10_000),
        config.getOptionalValue("pos.http.max-json-number-length", Integer.class).orElse(40),
        config.getOptionalValue("pos.http.max-json-exponent", Integer.class).orElse(350));
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (hasControl(request.getUriInfo().getPath(true))) {
      throw new InvalidInputException("path", "must not contain control characters (such as NUL)");
    }
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
    for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
      if (hasControl(parameter.getKey())) {
        throw new InvalidInputException(
            "query", "parameter names must not contain control characters (such as NUL)");
      }
      for (String value : parameter.getValue()) {
        if (hasControl(value)) {
          throw new InvalidInputException(
              parameter.getKey(), "must not contain control characters (such as NUL)");
        }
      }
    }
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || type.isWildcardSubtype() || isJson(type)) {
      byte[] body = context.getInputStream().readAllBytes();
      if (body.length > 0) {
        shape
            .violation(new String(body, StandardCharsets.UTF_8))
            .ifPresent(
                reason -> {
                  throw new InvalidInputException("body", reason);
                });
      }
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }

  private static boolean isJson(MediaType type) {
    return type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().endsWith("+json");
  }

  static boolean hasControl(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (JsonShape.isControl(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
