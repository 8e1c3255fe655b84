package app.pos.platform.rest;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of a rendered page: scripts only from this origin plus the page's own
 * inline bootstraps, allowed by their SHA-256 hashes (computed from the page as served), nothing
 * may frame it, and it connects only back here.
 */
public final class PagePolicy {

  private static final Pattern INLINE_SCRIPT =
      Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

  private PagePolicy() {}

  /** The page with its policy; {@code extra} adds directives (each ending with ';'). */
  public static Response html(String page, String extra) {
    return Response.ok(page, "text/html; charset=UTF-8")
        .header("Content-Security-Policy", of(page, extra))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-cache")
        .build();
  }

  static String of(String page, String extra) {
    StringBuilder scripts = new StringBuilder("'self'");
    Matcher inline = INLINE_SCRIPT.matcher(page);
    while (inline.find()) {
      scripts.append(" 'sha256-").append(sha256(inline.group(1))).append('\'');
    }
    // the renderers set style attributes on their elements: styles may be inline, scripts not
    return "default-src 'self'; script-src "
        + scripts
        + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self';"
        + extra
        + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
