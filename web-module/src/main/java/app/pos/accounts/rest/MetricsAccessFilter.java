package app.pos.accounts.rest;

import app.pos.accounts.boundary.Callers;
import app.pos.accounts.control.AccessTokens;
import app.pos.platform.control.JsonCodec;
import app.pos.platform.rest.Problems;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /metrics} (the server's MicroProfile Metrics endpoint, served in the root context) shows
 * business counters and pool sizes: only the platform owner's token opens it, or the scrape token
 * {@code POS_METRICS_TOKEN} that Prometheus sends as {@code Authorization: Bearer ...}.
 */
@WebFilter(
    urlPatterns = {"/metrics", "/metrics/*"},
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class MetricsAccessFilter extends HttpFilter {

  @Inject AccessTokens tokens;
  @Inject Callers callers;

  @Inject
  @ConfigProperty(name = "pos.metrics.token")
  Optional<String> scrapeToken;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String header = request.getHeader("Authorization");
    String[] parts = header == null ? new String[0] : header.trim().split("\\s+", 2);
    if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
      refuse(response, 401, "A bearer token of the platform owner (or the scrape token) is needed");
      return;
    }
    if (isScrapeToken(parts[1])) {
      chain.doFilter(request, response);
      return;
    }
    Optional<AccessTokens.Claims> claims = tokens.verify(parts[1], Instant.now());
    boolean owner =
        claims
            .flatMap(c -> callers.authenticate(c.userId(), c.businessId(), c.jti(), c.issuedAt()))
            .map(caller -> caller.superuser())
            .orElse(false);
    if (owner) {
      chain.doFilter(request, response);
    } else if (claims.isPresent()) {
      refuse(response, 403, "Only the platform owner may read the metrics");
    } else {
      refuse(response, 401, "A bearer token of the platform owner (or the scrape token) is needed");
    }
  }

  private boolean isScrapeToken(String presented) {
    return scrapeToken
        .filter(t -> t.length() >= 16)
        .map(
            t ->
                MessageDigest.isEqual(
                    t.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8)))
        .orElse(false);
  }

  private static void refuse(HttpServletResponse response, int status, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(Problems.MEDIA_TYPE);
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"pos\"");
    }
    String slug = status == 401 ? "unauthorized" : "forbidden";
    String title = status == 401 ? "Authentication required" : "Forbidden";
    response
        .getOutputStream()
        .write(
            JsonCodec.JSON
                .createObjectBuilder()
                .add("type", app.pos.platform.control.DomainException.PROBLEM_BASE + slug)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8));
  }
}
