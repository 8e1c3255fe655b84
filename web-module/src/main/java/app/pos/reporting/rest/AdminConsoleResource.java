package app.pos.reporting.rest;

import app.pos.platform.rest.PublicEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The admin console: one small page with plain JavaScript (no CDN, no build step) that signs in,
 * lists the jobs, starts one, follows its progress and shows its result. The page is public; every
 * call it makes carries the signed-in user's token.
 */
@ApplicationScoped
@Path("admin")
@PublicEndpoint
@Tag(name = "Operations")
public class AdminConsoleResource {

  private static final Map<String, String> ASSETS =
      Map.of(
          "console.js", "text/javascript; charset=UTF-8",
          "console.css", "text/css; charset=UTF-8");

  /** Only this origin's scripts and styles, and calls back to this origin. */
  private static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  @GET
  @Operation(hidden = true, summary = "The admin console page (HTML, not API)")
  public Response page() {
    return asset("index.html", "text/html; charset=UTF-8");
  }

  @GET
  @Path("{asset}")
  @Operation(hidden = true, summary = "The console's script and style sheet")
  public Response file(@PathParam("asset") String name) {
    String type = ASSETS.get(name);
    if (type == null) {
      throw new NotFoundException();
    }
    return asset(name, type);
  }

  private static Response asset(String name, String type) {
    try (InputStream in = AdminConsoleResource.class.getResourceAsStream("console/" + name)) {
      if (in == null) {
        throw new NotFoundException();
      }
      return Response.ok(in.readAllBytes(), type)
          .header("Content-Security-Policy", POLICY)
          .header("X-Content-Type-Options", "nosniff")
          .header("Cache-Control", "no-cache")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
