package app.pos.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** One log line per request: method, path, status, duration, and user and business when known. */
@Provider
@PreMatching
@Priority(1)
public class AccessLogFilter implements ContainerRequestFilter, ContainerResponseFilter {

  /** Request property holding the caller's business id, set once the token is verified. */
  public static final String TENANT_PROPERTY = "app.pos.tenant";

  private static final Logger ACCESS = Logger.getLogger("app.pos.access");
  private static final String STARTED = "app.pos.started-nanos";

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object started = request.getProperty(STARTED);
    long micros = started == null ? -1 : (System.nanoTime() - (Long) started) / 1000;
    Principal user =
        request.getSecurityContext() == null
            ? null
            : request.getSecurityContext().getUserPrincipal();
    LogRecord line =
        new LogRecord(
            Level.INFO,
            request.getMethod()
                + " /"
                + request.getUriInfo().getPath()
                + " "
                + response.getStatus()
                + " "
                + millis(micros)
                + "ms user="
                + (user == null ? "-" : user.getName())
                + " tenant="
                + (request.getProperty(TENANT_PROPERTY) == null
                    ? "-"
                    : request.getProperty(TENANT_PROPERTY)));
    line.setLoggerName(ACCESS.getName());
    line.setParameters(
        new Object[] {
          request.getMethod(),
          "/" + request.getUriInfo().getPath(),
          response.getStatus(),
          micros,
          user == null ? null : user.getName(),
          request.getProperty(TENANT_PROPERTY)
        });
    ACCESS.log(line);
  }

  /** As {@code "%.1f"} of the milliseconds, without a Formatter on every request. */
  static String millis(long micros) {
    if (micros < 0) {
      return String.format("%.1f", micros / 1000.0);
    }
    long tenths = (micros + 50) / 100; // half up, as %.1f rounds
    return tenths / 10 + "." + tenths % 10;
  }
}
