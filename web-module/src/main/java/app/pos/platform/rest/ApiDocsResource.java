package app.pos.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OpenAPI document at {@code /api/schema/} and two pages that render it, Swagger UI and ReDoc,
 * with their scripts served from the webjars inside the application (no CDN). The document itself
 * is the one the server's MicroProfile OpenAPI builds at {@code /openapi}; this only re-serves it
 * under the contract's path.
 */
@Path("api/schema")
@app.pos.platform.rest.PublicEndpoint
@Tag(name = "Operations")
public class ApiDocsResource {

  private static final MediaType YAML = MediaType.valueOf("application/yaml");
  private static final Pattern ASSET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Map<String, String> DOCUMENTS = new ConcurrentHashMap<>();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Context UriInfo uri;
  @Context HttpServletRequest servletRequest;

  @GET
  @Produces({MediaType.APPLICATION_JSON, "application/yaml", "application/vnd.oai.openapi"})
  @Operation(summary = "The OpenAPI 3 document of this API (JSON; YAML with ?format=yaml)")
  public Response document(
      @QueryParam("format") String format, @HeaderParam("Accept") String accept) {
    boolean yaml =
        "yaml".equalsIgnoreCase(format)
            || (format == null && accept != null && accept.contains("yaml"));
    String body = DOCUMENTS.computeIfAbsent(yaml ? "yaml" : "json", this::fetchDocument);
    return Response.ok(body, yaml ? YAML : MediaType.APPLICATION_JSON_TYPE).build();
  }

  @GET
  @Path("swagger-ui")
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Swagger UI for the document")
  public String swaggerUi() {
    String assets = base() + "api/schema/swagger-ui/";
    return page("swagger-ui.html")
        .replace("{{assets}}", assets)
        .replace("{{document}}", base() + "api/schema/");
  }

  @GET
  @Path("redoc")
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "ReDoc for the document")
  public String redoc() {
    return page("redoc.html")
        .replace("{{assets}}", base() + "api/schema/redoc/")
        .replace("{{document}}", base() + "api/schema/");
  }

  @GET
  @Path("swagger-ui/{asset}")
  @Operation(hidden = true)
  public Response swaggerUiAsset(@PathParam("asset") String asset) {
    return webjarAsset("org.webjars", "swagger-ui", asset);
  }

  @GET
  @Path("redoc/{asset}")
  @Operation(hidden = true)
  public Response redocAsset(@PathParam("asset") String asset) {
    return webjarAsset("org.webjars.npm", "redoc", "bundles/" + asset);
  }

  private String base() {
    return uri.getBaseUri().getPath().endsWith("/")
        ? uri.getBaseUri().getPath()
        : uri.getBaseUri().getPath() + "/";
  }

  private String fetchDocument(String format) {
    URI source =
        URI.create(
            "http://127.0.0.1:"
                + servletRequest.getLocalPort()
                + "/openapi?format="
                + format.toUpperCase());
    try {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(source)
                  .header("Accept", "json".equals(format) ? "application/json" : "application/yaml")
                  .timeout(Duration.ofSeconds(20))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("OpenAPI endpoint answered " + answer.statusCode());
      }
      return answer.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String page(String name) {
    try (InputStream in = ApiDocsResource.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response webjarAsset(String group, String artifact, String asset) {
    String file = asset.substring(asset.lastIndexOf('/') + 1);
    if (!ASSET_NAME.matcher(file).matches()) {
      throw new NotFoundException();
    }
    ClassLoader loader = ApiDocsResource.class.getClassLoader();
    String path =
        "META-INF/resources/webjars/"
            + artifact
            + "/"
            + version(loader, group, artifact)
            + "/"
            + asset;
    InputStream in = loader.getResourceAsStream(path);
    if (in == null) {
      throw new NotFoundException();
    }
    CacheControl cache = new CacheControl();
    cache.setMaxAge(86400);
    return Response.ok(in, mediaTypeOf(file)).cacheControl(cache).build();
  }

  private static String version(ClassLoader loader, String group, String artifact) {
    try (InputStream in =
        loader.getResourceAsStream(
            "META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
      Properties pom = new Properties();
      pom.load(in);
      return pom.getProperty("version");
    } catch (IOException | NullPointerException e) {
      throw new NotFoundException();
    }
  }

  private static String mediaTypeOf(String file) {
    if (file.endsWith(".js")) {
      return "text/javascript";
    }
    if (file.endsWith(".css")) {
      return "text/css";
    }
    if (file.endsWith(".png")) {
      return "image/png";
    }
    if (file.endsWith(".html")) {
      return MediaType.TEXT_HTML;
    }
    return MediaType.APPLICATION_OCTET_STREAM;
  }
}
