package app.pos.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses bodies over {@code pos.http.max-body-bytes} (default 1 MiB; uploads 5 MiB, see {@link
 * BodyLimits}) with 413: at once when the Content-Length says so, or as soon as a chunked body
 * passes the limit while it is read.
 */
@Provider
@PreMatching
@Priority(10)
public class RequestBodyLimitFilter implements ContainerRequestFilter {

  private final long limit =
      ConfigProvider.getConfig()
          .getOptionalValue("pos.http.max-body-bytes", Long.class)
          .orElse(1024L * 1024L);

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = BodyLimits.forPath(request.getUriInfo().getPath(), this.limit);
    String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (declared != null) {
      try {
        if (Long.parseLong(declared.trim()) > limit) {
          throw new BodyTooLargeException(limit);
        }
      } catch (NumberFormatException ignored) {
        // the container rejects a malformed Content-Length itself
      }
    }
    request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
  }

  /** Counts bytes as they are read and stops the read once the limit is passed. */
  static final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) {
      count += n;
      if (count > limit) {
        throw new BodyTooLargeException(limit);
      }
    }
  }
}
