package app.pos.platform.rest;

import java.net.URI;
import java.net.URISyntaxException;

/** The arithmetic of {@link PublicBaseUriFilter}: put a request's path under another origin. */
public final class PublicBaseUri {

  private PublicBaseUri() {}

  /** The base URI and full request URI a request is rewritten to. */
  public record Rebased(URI base, URI request) {}

  /** {@code pos.public.url}: an absolute http(s) URL, optionally with a path prefix. */
  public static URI parse(String configured) {
    URI uri = URI.create(configured.trim());
    if (uri.getScheme() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
        || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "pos.public.url must be an absolute http(s) URL, not " + configured);
    }
    return withSlash(uri.getScheme(), uri.getRawAuthority(), uri.getRawPath());
  }

  /** The origin a connection was accepted on (an IPv6 address goes in brackets). */
  public static URI of(String scheme, String address, int port) {
    String host = address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    return withSlash(scheme, host + ":" + port, "");
  }

  /**
   * Moves {@code request} (which lives under {@code actualBase}) under {@code publicBase}: the path
   * below the application's base and the query string are kept, scheme, host and port and the
   * prefix are the public ones.
   */
  public static Rebased rebase(URI publicBase, URI actualBase, URI request) {
    String basePath = actualBase.getRawPath() == null ? "/" : actualBase.getRawPath();
    String requestPath = request.getRawPath() == null ? "/" : request.getRawPath();
    String below =
        requestPath.startsWith(basePath)
            ? requestPath.substring(basePath.length())
            : requestPath.replaceFirst("^/", "");
    String query = request.getRawQuery() == null ? "" : "?" + request.getRawQuery();
    return new Rebased(publicBase, URI.create(publicBase + below + query));
  }

  private static URI withSlash(String scheme, String authority, String path) {
    String p = path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
    try {
      return new URI(scheme + "://" + authority + p);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
