package app.pos.platform.rest;

import app.pos.platform.control.JsonCodec;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Slow clients never hold a worker thread: a request body is read without blocking (Servlet
 * non-blocking I/O) before any application code runs, and the request is dispatched to the
 * application only once its whole body is in. A body that arrives slower than {@code
 * pos.http.min-body-bytes-per-second} after {@code pos.http.body-grace-seconds} is answered 408 and
 * its connection closed; an address with {@code pos.http.max-unfinished-bodies-per-address} bodies
 * still arriving gets 429 for the next one at once. Bodies declared larger than the body limit pass
 * straight on to the 413 of {@link RequestBodyLimitFilter}. Before any of that, a request whose
 * head breaks {@link RequestHeadLimits} is answered 414 or 431 and its connection closed.
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class SlowBodyGuard extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(SlowBodyGuard.class.getName());
  private static final String BODY = SlowBodyGuard.class.getName() + ".body";

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Instance<RequestContextController> contexts;

  private final Map<String, AtomicInteger> unfinished = new ConcurrentHashMap<>();
  private final Limits limits = Limits.of(ConfigProvider.getConfig());
  private final RequestHeadLimits headLimits = RequestHeadLimits.of(ConfigProvider.getConfig());

  /** The settings, with their defaults. */
  record Limits(long maxBody, long minBytesPerSecond, long graceMillis, int perAddress) {
    static Limits of(Config config) {
      return new Limits(
          config.getOptionalValue("pos.http.max-body-bytes", Long.class).orElse(1024L * 1024L),
          config.getOptionalValue("pos.http.min-body-bytes-per-second", Long.class).orElse(1024L),
          1000L * config.getOptionalValue("pos.http.body-grace-seconds", Long.class).orElse(5L),
          config
              .getOptionalValue("pos.http.max-unfinished-bodies-per-address", Integer.class)
              .orElse(8));
    }

    /** Whether {@code received} bytes after {@code elapsed} ms is slower than allowed. */
    boolean tooSlow(long received, long elapsedMillis) {
      return elapsedMillis > graceMillis
          && received * 1000 < minBytesPerSecond * (elapsedMillis - graceMillis);
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Object buffered = request.getAttribute(BODY);
    if (request.getDispatcherType() == DispatcherType.ASYNC && buffered instanceof byte[] body) {
      request.removeAttribute(BODY);
      // the container starts no CDI request context for an asynchronous dispatch: this one is the
      // request's (request-scoped beans such as the caller and its origin live in it)
      RequestContextController context = contexts.get();
      boolean activated = context.activate();
      try {
        chain.doFilter(new BufferedBody(request, body), response);
      } finally {
        if (activated) {
          context.deactivate();
        }
        contexts.destroy(context);
      }
      return;
    }
    if (request.getDispatcherType() == DispatcherType.REQUEST) {
      var violation = headLimits.check(request);
      if (violation.isPresent()) {
        // the body, if any, is left unread: the connection cannot carry another request
        response.setHeader("Connection", "close");
        refuse(
            response,
            violation.get().status(),
            violation.get().status() == 414 ? "uri-too-long" : "request-header-fields-too-large",
            violation.get().title(),
            violation.get().detail());
        return;
      }
    }
    long maxBody = BodyLimits.forPath(request.getRequestURI(), limits.maxBody());
    long declared = request.getContentLengthLong();
    boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
    if (request.getDispatcherType() != DispatcherType.REQUEST
        || (declared <= 0 && !chunked)
        || declared > maxBody
        || !request.isAsyncSupported()
        || scheduler == null
        || (declared > 0 && request.getInputStream().available() >= declared)) {
      // nothing to wait for: no body, one already complete in the buffer, or one refused anyway
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    AtomicInteger count = unfinished.computeIfAbsent(address, a -> new AtomicInteger());
    if (count.incrementAndGet() > limits.perAddress()) {
      release(address, count);
      response.setHeader("Retry-After", "5");
      response.setHeader("Connection", "close");
      refuse(
          response,
          429,
          "throttled",
          "Too many requests",
          "Too many request bodies from this address are still arriving; retry later");
      return;
    }
    AsyncContext async = request.startAsync(request, response);
    // the rate check below decides; this is the backstop should the container stop calling back
    async.setTimeout(60_000);
    Reading reading = new Reading(request, response, async, address, count, declared, maxBody);
    async.addListener(reading);
    request.getInputStream().setReadListener(reading);
  }

  /** One body being read: collects bytes, checks the rate every second, dispatches when done. */
  private final class Reading implements ReadListener, AsyncListener {
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final AsyncContext async;
    private final String address;
    private final AtomicInteger count;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final long start = System.currentTimeMillis();
    private final ScheduledFuture<?> check;
    private final long declared;
    private final long maxBody;
    private volatile long received;

    Reading(
        HttpServletRequest request,
        HttpServletResponse response,
        AsyncContext async,
        String address,
        AtomicInteger count,
        long declared,
        long maxBody) {
      this.declared = declared;
      this.maxBody = maxBody;
      this.request = request;
      this.response = response;
      this.async = async;
      this.address = address;
      this.count = count;
      this.check = scheduler.scheduleWithFixedDelay(this::checkRate, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void onDataAvailable() throws IOException {
      ServletInputStream in = request.getInputStream();
      byte[] buffer = new byte[8192];
      while (!finished.get() && in.isReady()) {
        int n = in.read(buffer);
        if (n < 0) {
          return;
        }
        synchronized (body) {
          body.write(buffer, 0, n);
        }
        received += n;
        if (received > maxBody) {
          fail(
              413,
              "payload-too-large",
              "Request body too large",
              "Request bodies are limited to " + maxBody + " bytes");
          return;
        }
      }
    }

    @Override
    public void onAllDataRead() {
      if (finished.compareAndSet(false, true)) {
        done();
        byte[] bytes;
        synchronized (body) {
          bytes = body.toByteArray();
        }
        request.setAttribute(BODY, bytes);
        // dispatched once this callback has returned to the container
        scheduler.execute(async::dispatch);
      }
    }

    @Override
    public void onError(Throwable failure) {
      // the client went away or the connection broke: nobody to answer
      if (finished.compareAndSet(false, true)) {
        done();
        try {
          async.complete();
        } catch (IllegalStateException ignored) {
          // already completed by the container
        }
      }
    }

    private void checkRate() {
      if (!finished.get() && declared > 0 && received >= declared) {
        onAllDataRead(); // every declared byte is in even if the container has not said so
        return;
      }
      if (!finished.get() && limits.tooSlow(received, System.currentTimeMillis() - start)) {
        LOG.fine(() -> "Request body from " + address + " too slow: " + received + " bytes");
        fail(
            408,
            "request-timeout",
            "Request body too slow",
            "The body arrived slower than "
                + limits.minBytesPerSecond()
                + " bytes per second; send it again");
      }
    }

    private void fail(int status, String slug, String title, String detail) {
      if (finished.compareAndSet(false, true)) {
        done();
        try {
          response.setHeader("Connection", "close");
          refuse(response, status, slug, title, detail);
        } catch (IOException | RuntimeException e) {
          LOG.fine(() -> "Could not answer " + status + ": " + e);
        } finally {
          try {
            async.complete();
          } catch (IllegalStateException ignored) {
            // already completed
          }
        }
      }
    }

    private void done() {
      check.cancel(false);
      release(address, count);
    }

    @Override
    public void onComplete(AsyncEvent event) {
      if (finished.compareAndSet(false, true)) {
        done();
      }
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      fail(408, "request-timeout", "Request body too slow", "The body did not arrive in time");
    }

    @Override
    public void onError(AsyncEvent event) {
      onError(event.getThrowable());
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
      // a dispatch started by this guard: nothing to do
    }
  }

  private void release(String address, AtomicInteger count) {
    if (count.decrementAndGet() <= 0) {
      unfinished.remove(address, count);
    }
  }

  private static void refuse(
      HttpServletResponse response, int status, String slug, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(Problems.MEDIA_TYPE);
    byte[] json =
        JsonCodec.JSON
            .createObjectBuilder()
            .add("type", app.pos.platform.control.DomainException.PROBLEM_BASE + slug)
            .add("title", title)
            .add("status", status)
            .add("detail", detail)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }

  /** The request as the application sees it: its body comes from memory. */
  static final class BufferedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body has already been read");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(
          new java.io.InputStreamReader(
              new ByteArrayInputStream(body),
              getCharacterEncoding() == null
                  ? StandardCharsets.UTF_8
                  : java.nio.charset.Charset.forName(getCharacterEncoding())));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
