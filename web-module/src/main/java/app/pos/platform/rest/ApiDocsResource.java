package app.pos.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletContext;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * The OpenAPI document at {@code /api/schema/} and two pages that render it, Swagger UI and ReDoc,
 * with their scripts served from the webjars inside the application (no CDN). The document itself
 * is built from the resource classes by {@link OpenApiDocument} (once per format and address) and
 * is what the integration tests validate every request and response against.
 */
@ApplicationScoped
@Path("api/schema")
@app.pos.platform.rest.PublicEndpoint
public class ApiDocsResource {

  private static final MediaType YAML = MediaType.valueOf("application/yaml");
  private static final Pattern ASSET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Map<String, String> DOCUMENTS = new ConcurrentHashMap<>();

  @Context UriInfo uri;
  @Context ServletContext servletContext;

  @GET
  @Produces({MediaType.APPLICATION_JSON, "application/yaml", "application/vnd.oai.openapi"})
  @Operation(
      summary = "The OpenAPI 3 document of this API (JSON; YAML with ?format=yaml)",
      operationId = "getApiDocument")
  @APIResponseSchema(value = Map.class, responseDescription = "The OpenAPI document")
  public Response document(
      @QueryParam("format") String format, @HeaderParam("Accept") String accept) {
    boolean yaml =
        "yaml".equalsIgnoreCase(format)
            || (format == null && accept != null && accept.contains("yaml"));
    String server = serverUrl();
    String body =
        DOCUMENTS.computeIfAbsent(
            (yaml ? "yaml " : "json ") + server,
            key -> {
              JsonObject document = OpenApiDocument.of(resourceClasses(), server);
              return yaml ? JsonYaml.write(document) : document.toString();
            });
    return Response.ok(body, yaml ? YAML : MediaType.APPLICATION_JSON_TYPE).build();
  }

  @GET
  @Path("swagger-ui")
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Swagger UI for the document")
  public Response swaggerUi() {
    String assets = base() + "api/schema/swagger-ui/";
    return PagePolicy.html(
        page("swagger-ui.html")
            .replace("{{assets}}", assets)
            .replace("{{document}}", base() + "api/schema/"),
        "");
  }

  @GET
  @Path("redoc")
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "ReDoc for the document")
  public Response redoc() {
    // ReDoc renders the document in a web worker it starts from a blob
    return PagePolicy.html(
        page("redoc.html")
            .replace("{{assets}}", base() + "api/schema/redoc/")
            .replace("{{document}}", base() + "api/schema/"),
        " worker-src blob:;");
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
    Response bundled = webjarAsset("org.webjars.npm", "redoc", "bundles/" + asset);
    if (!asset.equals("redoc.standalone.js")) {
      return bundled;
    }
    // the bundle's sidebar shows a logo from Redocly's CDN; nothing here loads from a CDN, so the
    // logo's address is left empty and ReDoc drops the image (its onError hides it)
    try (InputStream in = (InputStream) bundled.getEntity()) {
      String script =
          new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(REDOC_CDN_LOGO, "");
      CacheControl cache = new CacheControl();
      cache.setMaxAge(86400);
      return Response.ok(script, "text/javascript; charset=UTF-8").cacheControl(cache).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String REDOC_CDN_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg";

  private String base() {
    return uri.getBaseUri().getPath().endsWith("/")
        ? uri.getBaseUri().getPath()
        : uri.getBaseUri().getPath() + "/";
  }

  /** Where the API is served, as the request reached it (scheme, host, port, context). */
  private String serverUrl() {
    String base = uri.getBaseUri().toString();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /**
   * The application's JAX-RS resources: every class under {@code WEB-INF/classes} with
   * {@code @Path}, so a resource added anywhere is in the document without being listed.
   */
  private List<Class<?>> resourceClasses() {
    List<Class<?>> found = new ArrayList<>();
    collect(servletContext, "/WEB-INF/classes/", found);
    found.sort(Comparator.comparing(Class::getName));
    return found;
  }

  private static void collect(ServletContext context, String folder, List<Class<?>> found) {
    Set<String> entries = context.getResourcePaths(folder);
    if (entries == null) {
      return;
    }
    for (String entry : entries) {
      if (entry.endsWith("/")) {
        collect(context, entry, found);
      } else if (entry.endsWith(".class") && !entry.contains("$")) {
        String name =
            entry
                .substring("/WEB-INF/classes/".length(), entry.length() - ".class".length())
                .replace('/', '.');
        try {
          Class<?> type = Class.forName(name, false, ApiDocsResource.class.getClassLoader());
          if (type.isAnnotationPresent(Path.class)) {
            found.add(type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // not loadable here: not a resource of this application
        }
      }
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
