package app.pos.platform.rest;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every answer carries, whoever serves it (JAX-RS, health, metrics, the error page): no
 * content sniffing, no framing, no referrer, and a policy that allows nothing (pages that render
 * set their own). An answer to a request with credentials is never stored by a cache unless its
 * resource says otherwise.
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class ResponseHeadersFilter extends HttpFilter {

  /** Where no page sets its own: nothing may load, nothing may frame it. */
  public static final String DEFAULT_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Content-Security-Policy", DEFAULT_POLICY);
    if (request.getHeader("Authorization") != null) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
