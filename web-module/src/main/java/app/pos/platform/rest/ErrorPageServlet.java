package app.pos.platform.rest;

import app.pos.platform.control.JsonCodec;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's error page (web.xml): whatever escapes JAX-RS, an {@link Error} such as {@code
 * StackOverflowError} included, or an error status the container sets itself, is answered as
 * problem+json instead of the server's HTML page.
 */
@WebServlet("/_error-problem")
public class ErrorPageServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i && i >= 400 && i <= 599 ? i : 404;
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    JsonObjectBuilder body = JsonCodec.JSON.createObjectBuilder();
    if (failure != null || status >= 500) {
      String instance = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected failure, instance " + instance, failure);
      status = 500;
      body.add("type", app.pos.platform.control.DomainException.PROBLEM_BASE + "internal-error")
          .add("title", "Internal error")
          .add("status", 500)
          .add(
              "detail",
              "The server failed to complete the request; quote the instance id when reporting it")
          .add("instance", instance);
    } else {
      body.add("type", app.pos.platform.control.DomainException.PROBLEM_BASE + "http-" + status)
          .add("title", "Request refused")
          .add("status", status)
          .add("detail", "The server refused the request (HTTP " + status + ")");
    }
    if (!response.isCommitted()) {
      response.resetBuffer();
      response.setStatus(status);
      response.setContentType(Problems.MEDIA_TYPE);
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "no-store");
      response.getOutputStream().write(body.build().toString().getBytes(StandardCharsets.UTF_8));
    }
  }
}
