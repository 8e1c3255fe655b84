package app.pos.platform.rest;

import app.pos.platform.control.IdempotencyKey;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * When a write carries {@code Idempotency-Key}, fingerprints it (SHA-256 of method, path and body)
 * so a repeat can be told from a different request that reuses the key. The body is read once
 * (already bounded by the size limit) and handed on unchanged.
 */
@Provider
@PreMatching
@Priority(20)
public class IdempotencyKeyFilter implements ContainerRequestFilter {

  public static final String HEADER = "Idempotency-Key";
  static final String PROPERTY = "app.pos.idempotency-key";

  // request-scoped; also reached where no servlet request is bound (an asynchronous dispatch)
  @jakarta.inject.Inject IdempotentResponses responses;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    if (key == null || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
      return;
    }
    byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
    request.setEntityStream(new ByteArrayInputStream(body));
    String path = request.getUriInfo().getPath();
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    IdempotencyKey idempotencyKey =
        new IdempotencyKey(key, fingerprint(request.getMethod(), path, body));
    request.setProperty(PROPERTY, idempotencyKey);
    responses.keyed(idempotencyKey);
  }

  static String fingerprint(String method, String path, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((method + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
      sha.update(body);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
