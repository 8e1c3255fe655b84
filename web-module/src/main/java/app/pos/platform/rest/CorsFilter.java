package app.pos.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * CORS for browser apps served from another origin. A preflight ({@code OPTIONS} with {@code
 * Access-Control-Request-Method}) from an allowed origin is answered here, before authentication
 * and throttling; every other answer to an allowed origin carries the headers a client reads. An
 * origin not in {@code pos.cors.allowed-origins} gets no CORS header at all, so its browser refuses
 * to hand the answer to the page.
 */
@Provider
@PreMatching
@Priority(5)
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String ALLOW_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
  static final String ALLOW_HEADERS =
      "Authorization, Content-Type, Accept, Accept-Language, Idempotency-Key";
  static final String EXPOSE_HEADERS = "Location, Retry-After, Content-Disposition, Content-Length";
  static final String MAX_AGE_SECONDS = "600";

  private final AllowedOrigins origins =
      AllowedOrigins.parse(
          ConfigProvider.getConfig()
              .getOptionalValue("pos.cors.allowed-origins", String.class)
              .orElse(AllowedOrigins.DEVELOPMENT_DEFAULT));

  @Override
  public void filter(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    if (HttpMethod.OPTIONS.equals(request.getMethod())
        && request.getHeaderString("Access-Control-Request-Method") != null
        && origins.allows(origin)) {
      request.abortWith(
          Response.noContent()
              .header("Access-Control-Allow-Methods", ALLOW_METHODS)
              .header("Access-Control-Allow-Headers", ALLOW_HEADERS)
              .header("Access-Control-Max-Age", MAX_AGE_SECONDS)
              .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String origin = request.getHeaderString("Origin");
    MultivaluedMap<String, Object> headers = response.getHeaders();
    if (origins.allows(origin)) {
      headers.putSingle("Access-Control-Allow-Origin", origin);
      headers.putSingle("Access-Control-Expose-Headers", EXPOSE_HEADERS);
    }
    if (!origins.isEmpty()) {
      // the answer differs by Origin: caches must keep them apart
      headers.add("Vary", "Origin");
    }
  }
}
