package app.pos.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The limits on a request's head (request line and header lines), checked by the application so
 * that breaking one gets a clear problem answer. The HTTP listener has its own header limit, set
 * far above this one (see {@code config/payara-limits.asadmin}): Grizzly answers a head over its
 * limit with a bare 400 that omits {@code Connection: close} and then closes the connection, so a
 * keep-alive client sends its next request into a closed socket and gets no answer at all.
 */
record RequestHeadLimits(int maxBytes, int maxHeaders) {

  static RequestHeadLimits of(Config config) {
    return new RequestHeadLimits(
        config.getOptionalValue("pos.http.max-head-bytes", Integer.class).orElse(16 * 1024),
        config.getOptionalValue("pos.http.max-headers", Integer.class).orElse(64));
  }

  /** A broken limit: the status to answer (414 or 431) and why. */
  record Violation(int status, String title, String detail) {}

  /**
   * The first limit the request breaks. {@code target} is the request target as sent (path and
   * query), {@code headers} the header lines as name and value pairs.
   */
  Optional<Violation> check(String method, String target, Iterable<String[]> headers) {
    // "METHOD SP target SP HTTP/1.1 CRLF"
    long size = method.length() + 1L + target.length() + 11;
    if (size > maxBytes) {
      return Optional.of(
          new Violation(
              414,
              "URI too long",
              "The request line is limited to "
                  + maxBytes
                  + " bytes; send less in the path and query"));
    }
    int count = 0;
    for (String[] header : headers) {
      count++;
      size += header[0].length() + 2L + header[1].length() + 2; // "name: value CRLF"
    }
    if (count > maxHeaders) {
      return Optional.of(
          new Violation(
              431,
              "Request header fields too large",
              "A request may carry at most " + maxHeaders + " header lines"));
    }
    if (size > maxBytes) {
      return Optional.of(
          new Violation(
              431,
              "Request header fields too large",
              "The request line and headers together are limited to " + maxBytes + " bytes"));
    }
    return Optional.empty();
  }

  /** {@link #check} for a servlet request. */
  Optional<Violation> check(HttpServletRequest request) {
    String query = request.getQueryString();
    String target = request.getRequestURI() + (query == null ? "" : "?" + query);
    List<String[]> headers = new ArrayList<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String value : Collections.list(request.getHeaders(name))) {
        headers.add(new String[] {name, value});
      }
    }
    return check(request.getMethod(), target, headers);
  }
}
