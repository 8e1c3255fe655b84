package app.pos.platform.rest;

import java.util.regex.Pattern;

/**
 * The body limit of a request: {@code pos.http.max-body-bytes} (1 MiB by default) for every call,
 * except file uploads, which take up to 5 MiB (the limit inventory's evidence holds itself to).
 */
final class BodyLimits {

  static final long UPLOAD_BYTES = 5L * 1024 * 1024;

  /** Upload paths, with or without a context root before them and a trailing slash after. */
  private static final Pattern UPLOADS =
      Pattern.compile("^(?:.*/)?inventory/api/adjustments/[^/]+/attachments/?$");

  private BodyLimits() {}

  static long forPath(String path, long configured) {
    return path != null && UPLOADS.matcher(path).matches()
        ? Math.max(configured, UPLOAD_BYTES)
        : configured;
  }
}
