package app.pos.devkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds every call the integration tests make to the served OpenAPI document ({@code
 * /api/schema/}): the request must be one the document describes, and the answer must match the
 * document's response for its status (schema, content type, headers). A mismatch throws an {@link
 * AssertionError} from the call, so an answer that drifts from the document fails the build.
 *
 * <p>Installed once for all REST Assured calls by {@link PosApi} (RestAssured's default filters). A
 * test that sends bad input on purpose (wrong types, unknown fields, methods or paths the API does
 * not have, fuzzing) marks its request with {@link #hostileRequest()} — {@code
 * given().filter(ApiContract.hostileRequest())} or {@link PosApi#hostile(PosApi.Staff)} — which
 * skips the REQUEST checks while the RESPONSE is still checked against the document wherever the
 * document has the operation.
 *
 * <p>A request the document does not allow that the server refuses with a 4xx agrees with the
 * document: only its answer is checked then. A request the document does not allow that the server
 * accepts fails the test (the document is stricter than the server, or the test is wrong).
 *
 * <p>Paths the server answers outside the API (health, metrics, MicroProfile's own {@code
 * /openapi}, the admin console and the API pages' assets, the tests' own {@code /test-support}
 * probes) are not checked.
 */
public final class ApiContract implements OrderedFilter {

  private static final List<String> OUTSIDE_THE_API =
      List.of("/health", "/metrics", "/openapi", "/test-support");
  private static final java.util.regex.Pattern ASSET =
      java.util.regex.Pattern.compile("/api/schema/(swagger-ui|redoc)/[^/]+");
  private static final Map<String, OpenApiInteractionValidator> VALIDATORS =
      new ConcurrentHashMap<>();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final Filter HOSTILE = new HostileRequest();
  private static volatile boolean installed;

  private ApiContract() {}

  /** Adds the check to every REST Assured call of this JVM (once). */
  public static synchronized void install() {
    if (!installed) {
      RestAssured.filters(new ApiContract());
      installed = true;
    }
  }

  /**
   * A marker filter: the request it is added to is deliberately malformed, so only its response is
   * checked against the document.
   */
  public static Filter hostileRequest() {
    return HOSTILE;
  }

  @Override
  public int getOrder() {
    return OrderedFilter.LOWEST_PRECEDENCE;
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification responseSpec,
      FilterContext context) {
    Response response = context.next(request, responseSpec);
    URI uri = URI.create(request.getURI());
    String path = uri.getRawPath();
    if (response.statusCode() == 400
        && response.asByteArray().length == 0
        && path.matches(".*%[01][0-9a-fA-F].*")) {
      // the HTTP listener itself refuses an encoded control character in a path with a bare 400,
      // before any application code (and so before the document) is reached
      return response;
    }
    // a CORS preflight is the browser's question to the server, not an operation of the API
    if ("OPTIONS".equalsIgnoreCase(request.getMethod())
        || OUTSIDE_THE_API.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))
        || (path.startsWith("/admin") && !path.startsWith("/admin/api/"))
        || ASSET.matcher(path).matches()) {
      return response;
    }
    OpenApiInteractionValidator validator =
        validator(uri.getScheme() + "://" + uri.getRawAuthority());
    boolean hostile = request.getDefinedFilters().contains(HOSTILE);
    ValidationReport report;
    if (hostile) {
      report =
          validator.validateResponse(
              path,
              com.atlassian.oai.validator.model.Request.Method.valueOf(
                  request.getMethod().toUpperCase(java.util.Locale.ROOT)),
              RestAssuredResponse.of(response));
      report =
          ValidationReport.from(
              report.getMessages().stream()
                  .filter(m -> !m.getKey().startsWith("validation.request"))
                  .toList());
    } else {
      report = validator.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
      if (response.statusCode() >= 400 && response.statusCode() < 500) {
        // the document refuses the request and so did the server: they agree; the answer must
        // still be the document's problem
        report =
            ValidationReport.from(
                report.getMessages().stream()
                    .filter(m -> !m.getKey().startsWith("validation.request"))
                    .toList());
      }
    }
    if (report.hasErrors()) {
      throw new AssertionError(
          request.getMethod()
              + " "
              + path
              + " answered "
              + response.statusCode()
              + " and does not match the served OpenAPI document:\n"
              + SimpleValidationReportFormat.getInstance().apply(report)
              + "\nbody: "
              + abbreviated(response.asString()));
    }
    return response;
  }

  private static String abbreviated(String body) {
    return body == null || body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
  }

  /** The validator of the document the server at {@code origin} serves (made once). */
  public static OpenApiInteractionValidator validator(String origin) {
    return VALIDATORS.computeIfAbsent(origin, ApiContract::validatorFor);
  }

  private static OpenApiInteractionValidator validatorFor(String origin) {
    // The document allows properties it does not list (the server ignores those its answers
    // carry, such as id and created_at, and refuses others with 400 unknown field); the
    // validator's default would refuse them. Calls that take no body accept {} as sloppy clients
    // send it, and every answer is JSON or problem+json whatever the request's Accept says.
    return OpenApiInteractionValidator.createForInlineApiSpecification(document(origin))
        .withLevelResolver(
            LevelResolver.create()
                .withLevel(
                    "validation.request.body.schema.additionalProperties",
                    ValidationReport.Level.IGNORE)
                .withLevel("validation.request.body.unexpected", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE)
                .build())
        .build();
  }

  /** The document as the server serves it (fetched once per server). */
  public static String document(String origin) {
    try {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(origin + "/api/schema/"))
                  .header("Accept", "application/json")
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("/api/schema/ answered " + answer.statusCode());
      }
      return answer.body();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the OpenAPI document at " + origin, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Marks a request as deliberately malformed; passes it on unchanged. */
  private static final class HostileRequest implements Filter {
    @Override
    public Response filter(
        FilterableRequestSpecification request,
        FilterableResponseSpecification response,
        FilterContext context) {
      return context.next(request, response);
    }
  }
}
