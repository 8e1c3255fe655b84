package app.pos.platform.rest;

import app.pos.platform.control.JsonCodec;
import app.pos.platform.control.PageRequest;
import app.pos.platform.rest.OpenApiSchemas.Direction;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Builds the OpenAPI 3.0 document from the JAX-RS resource classes themselves: their paths, verbs,
 * parameters, {@code @Consumes}/{@code @Produces}, the command a method reads and the view it
 * returns (schemas by {@link OpenApiSchemas}, as JSON-B reads and writes them), {@code @Allow} and
 * {@code @PublicEndpoint} for security, and the problem answers every call can give. Nothing is
 * written beside the code: a new resource method appears here as it is.
 *
 * <p>What the code alone cannot say, a method states with MicroProfile OpenAPI's annotations:
 * {@code @APIResponseSchema(value = View.class, responseCode = "201")} for a method returning a
 * {@link Response}, {@code @APIResponse(responseCode = "204")} for one that answers no body,
 * {@code @Operation(summary, description, operationId)} for words and an explicit operation id.
 * Without an operation id one is derived from the verb and the path ({@link OperationNames}).
 */
public final class OpenApiDocument {

  static final String PROBLEM = "Problem";
  private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
  private static final List<Class<? extends Annotation>> VERBS =
      List.of(
          GET.class, POST.class, PUT.class, PATCH.class, DELETE.class, HEAD.class, OPTIONS.class);

  /** The components and what each does: one tag per component. */
  private static final Map<String, String> COMPONENTS = new LinkedHashMap<>();

  static {
    COMPONENTS.put(
        "accounts",
        "Businesses (tenants), staff and roles, sign-up, sign-in and sign-out, profiles, settings");
    COMPONENTS.put("audit", "The immutable audit trail of every change");
    COMPONENTS.put(
        "bookkeeping",
        "Chart of accounts, journal entries and reversals, ledger, periods, trial balances,"
            + " budgets, financial statements");
    COMPONENTS.put(
        "inventory",
        "Suppliers, categories, products, warehouses and storefronts, goods receipts, lots, stock"
            + " levels, transfers, adjustments, counts, valuation");
    COMPONENTS.put(
        "sales",
        "The till: checkouts, payments, receipts, refunds, customers and their credit, sales"
            + " reports");
    COMPONENTS.put(
        "subscriptions",
        "Plans, subscriptions, gateway checkouts (Stripe, Paystack), webhooks, invoices");
    COMPONENTS.put(
        "reporting", "Batch jobs and their results, the integrity check, the admin console");
    COMPONENTS.put("platform", "The API's own documents");
  }

  private static final Map<String, String> PROBLEMS = new LinkedHashMap<>();

  static {
    PROBLEMS.put("400", "Malformed or invalid input (messages and codes per field)");
    PROBLEMS.put("401", "No token, or a token that is expired, revoked or not valid");
    PROBLEMS.put("403", "The caller's role or plan does not allow this");
    PROBLEMS.put("404", "No such object, or another business's");
    PROBLEMS.put("409", "Conflicts with the current state (stock, credit, already done)");
    PROBLEMS.put("413", "Request body too large");
    PROBLEMS.put("422", "Idempotency-Key reused with a different request");
    PROBLEMS.put("429", "Throttled; see Retry-After");
  }

  private final OpenApiSchemas schemas = new OpenApiSchemas();
  private final Set<String> usedTags = new LinkedHashSet<>();

  private OpenApiDocument() {}

  /** The document for these resource classes, served at {@code serverUrl}. */
  public static JsonObject of(Iterable<Class<?>> resources, String serverUrl) {
    return new OpenApiDocument().build(resources, serverUrl);
  }

  private record Found(String path, String verb, Class<?> resource, Method method) {}

  private JsonObject build(Iterable<Class<?>> resources, String serverUrl) {
    List<Found> found = new ArrayList<>();
    for (Class<?> resource : resources) {
      Path classPath = resource.getAnnotation(Path.class);
      if (classPath == null
          || resource.isInterface()
          || Modifier.isAbstract(resource.getModifiers())) {
        continue;
      }
      for (Method method : resource.getMethods()) {
        String verb = verbOf(method);
        Operation operation = method.getAnnotation(Operation.class);
        if (verb == null || (operation != null && operation.hidden())) {
          continue;
        }
        Path methodPath = method.getAnnotation(Path.class);
        found.add(
            new Found(
                OperationNames.documentPath(
                    classPath.value(), methodPath == null ? "" : methodPath.value()),
                verb,
                resource,
                method));
      }
    }
    found.sort(
        Comparator.comparing(Found::path)
            .thenComparing(f -> VERBS.indexOf(verbAnnotation(f.verb())))
            .thenComparing(f -> f.method().getName()));
    OperationNames names = new OperationNames();
    Map<String, JsonObjectBuilder> paths = new TreeMap<>();
    Map<String, Map<String, JsonObject>> operations = new LinkedHashMap<>();
    for (Found f : found) {
      JsonObject operation = operation(f, names);
      operations.computeIfAbsent(f.path(), p -> new LinkedHashMap<>()).put(f.verb(), operation);
    }
    operations.forEach(
        (path, byVerb) -> {
          JsonObjectBuilder item = JsonCodec.JSON.createObjectBuilder();
          byVerb.forEach((verb, op) -> item.add(verb.toLowerCase(Locale.ROOT), op));
          paths.put(path, item);
        });
    JsonObjectBuilder pathsObject = JsonCodec.JSON.createObjectBuilder();
    paths.forEach(pathsObject::add);

    schemas.define(PROBLEM, problemSchema());
    JsonObjectBuilder schemaObjects = JsonCodec.JSON.createObjectBuilder();
    new TreeMap<>(schemas.components()).forEach(schemaObjects::add);

    JsonArrayBuilder tags = JsonCodec.JSON.createArrayBuilder();
    for (String tag : usedTags) {
      tags.add(
          JsonCodec.JSON
              .createObjectBuilder()
              .add("name", tag)
              .add(
                  "description",
                  COMPONENTS.getOrDefault(
                      tag.toLowerCase(Locale.ROOT),
                      "The " + tag.toLowerCase(Locale.ROOT) + " component")));
    }
    return JsonCodec.JSON
        .createObjectBuilder()
        .add("openapi", "3.0.3")
        .add(
            "info",
            JsonCodec.JSON
                .createObjectBuilder()
                .add("title", "POS platform API")
                .add("version", "1.0")
                .add(
                    "description",
                    "Multi-tenant point of sale: inventory, sales, bookkeeping, subscriptions."
                        + " JSON in snake_case; money as strings with two decimals; ids are UUIDs;"
                        + " times ISO-8601 UTC. Errors are application/problem+json with messages"
                        + " (`errors`) and stable codes (`codes`) per field.")
                .add(
                    "license",
                    JsonCodec.JSON
                        .createObjectBuilder()
                        .add("name", "Proprietary")
                        .add("url", "https://example.invalid/pos/license"))
                .add(
                    "contact",
                    JsonCodec.JSON.createObjectBuilder().add("name", "POS platform team")))
        .add(
            "servers",
            JsonCodec.JSON
                .createArrayBuilder()
                .add(JsonCodec.JSON.createObjectBuilder().add("url", serverUrl)))
        .add("tags", tags)
        .add("paths", pathsObject)
        .add(
            "components",
            JsonCodec.JSON
                .createObjectBuilder()
                .add("schemas", schemaObjects)
                .add(
                    "securitySchemes",
                    JsonCodec.JSON
                        .createObjectBuilder()
                        .add(
                            "bearer",
                            JsonCodec.JSON
                                .createObjectBuilder()
                                .add("type", "http")
                                .add("scheme", "bearer")
                                .add("bearerFormat", "JWT")
                                .add(
                                    "description",
                                    "The token from sign-in or registration, as `Authorization:"
                                        + " Bearer <token>`"))))
        .build();
  }

  private JsonObject operation(Found f, OperationNames names) {
    Method method = f.method();
    Operation annotation = method.getAnnotation(Operation.class);
    boolean isPublic =
        f.resource().isAnnotationPresent(PublicEndpoint.class)
            || method.isAnnotationPresent(PublicEndpoint.class);
    String component = OperationNames.component(f.resource().getPackageName());
    String tag = component.substring(0, 1).toUpperCase(Locale.ROOT) + component.substring(1);
    usedTags.add(tag);

    ResponseShape shape = responseShape(method);
    String explicitId = annotation == null ? "" : annotation.operationId();
    String operationId =
        names.unique(
            explicitId.isEmpty()
                ? OperationNames.derive(f.verb(), f.path(), shape.listed(), shape.status() == 201)
                : explicitId,
            component);

    JsonObjectBuilder op = JsonCodec.JSON.createObjectBuilder();
    op.add("tags", JsonCodec.JSON.createArrayBuilder().add(tag));
    String summary =
        annotation != null && !annotation.summary().isEmpty()
            ? annotation.summary()
            : OperationNames.sentence(operationId);
    op.add("summary", summary);
    op.add("operationId", operationId);
    String description = description(annotation, f.resource(), method, isPublic);
    if (!description.isEmpty()) {
      op.add("description", description);
    }

    JsonArrayBuilder parameters = JsonCodec.JSON.createArrayBuilder();
    Type body = null;
    boolean hasParameters = false;
    for (Parameter parameter : method.getParameters()) {
      if (parameter.isAnnotationPresent(Context.class)) {
        continue;
      }
      PathParam pathParam = parameter.getAnnotation(PathParam.class);
      QueryParam queryParam = parameter.getAnnotation(QueryParam.class);
      HeaderParam headerParam = parameter.getAnnotation(HeaderParam.class);
      if (pathParam != null) {
        parameters.add(
            parameter("path", pathParam.value(), parameter.getParameterizedType(), true));
        hasParameters = true;
      } else if (queryParam != null) {
        parameters.add(
            oneOf(
                parameter("query", queryParam.value(), parameter.getParameterizedType(), false),
                parameter.getAnnotation(OneOf.class)));
        hasParameters = true;
      } else if (headerParam != null) {
        if (!isReservedHeader(headerParam.value())) {
          parameters.add(
              parameter("header", headerParam.value(), parameter.getParameterizedType(), false));
          hasParameters = true;
        }
      } else if (parameter.isAnnotationPresent(BeanParam.class)) {
        for (JsonObject p : beanParameters(parameter.getType())) {
          parameters.add(p);
          hasParameters = true;
        }
      } else if (!parameter.isAnnotationPresent(CookieParam.class)
          && !parameter.isAnnotationPresent(FormParam.class)
          && !parameter.isAnnotationPresent(MatrixParam.class)) {
        body = parameter.getParameterizedType();
      }
    }
    if (accepts(f)) {
      parameters.add(
          JsonCodec.JSON
              .createObjectBuilder()
              .add("name", IdempotencyKeyFilter.HEADER)
              .add("in", "header")
              .add("required", false)
              .add(
                  "description",
                  "Makes the call safe to repeat: the first answer is stored for 24 h and replayed"
                      + " for the same key and body; another body with the same key answers 422")
              .add(
                  "schema",
                  JsonCodec.JSON
                      .createObjectBuilder()
                      .add("type", "string")
                      .add("maxLength", 255)));
      hasParameters = true;
    }
    if (hasParameters) {
      op.add("parameters", parameters);
    }
    if (body != null) {
      op.add("requestBody", requestBody(f, body));
    }
    op.add("responses", responses(f, shape, isPublic));
    if (isPublic) {
      op.add("security", JsonCodec.JSON.createArrayBuilder());
    } else {
      op.add(
          "security",
          JsonCodec.JSON
              .createArrayBuilder()
              .add(
                  JsonCodec.JSON
                      .createObjectBuilder()
                      .add("bearer", JsonCodec.JSON.createArrayBuilder())));
    }
    return op.build();
  }

  private static String description(
      Operation annotation, Class<?> resource, Method method, boolean isPublic) {
    List<String> parts = new ArrayList<>();
    if (annotation != null && !annotation.description().isEmpty()) {
      parts.add(annotation.description());
    }
    Allow allow = method.getAnnotation(Allow.class);
    if (allow == null) {
      allow = resource.getAnnotation(Allow.class);
    }
    if (isPublic) {
      parts.add("No token needed.");
    } else if (allow != null) {
      parts.add("Roles: " + String.join(", ", allow.value()) + ".");
    } else {
      parts.add("Any signed-in caller.");
    }
    return String.join(" ", parts);
  }

  /** Idempotency-Key has effect where a resource answers through {@link IdempotentResponses}. */
  private static boolean accepts(Found f) {
    if (!"POST".equals(f.verb())) {
      return false;
    }
    for (Class<?> c = f.resource(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getType() == IdempotentResponses.class) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isReservedHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("accept") || lower.equals("content-type") || lower.equals("authorization");
  }

  private JsonObject parameter(String in, String name, Type type, boolean required) {
    JsonObject schema = schemas.schemaOf(type, Direction.RESPONSE);
    JsonObjectBuilder p =
        JsonCodec.JSON
            .createObjectBuilder()
            .add("name", name)
            .add("in", in)
            .add("required", required);
    p.add("schema", schema);
    return p.build();
  }

  /** A text parameter limited to an enum's names says so in its schema. */
  private static JsonObject oneOf(JsonObject parameter, OneOf oneOf) {
    if (oneOf == null) {
      return parameter;
    }
    JsonArrayBuilder names = JsonCodec.JSON.createArrayBuilder();
    for (Enum<?> e : oneOf.value().getEnumConstants()) {
      names.add(e.name());
    }
    return JsonCodec.JSON
        .createObjectBuilder(parameter)
        .add(
            "schema", JsonCodec.JSON.createObjectBuilder().add("type", "string").add("enum", names))
        .build();
  }

  private List<JsonObject> beanParameters(Class<?> bean) {
    List<JsonObject> found = new ArrayList<>();
    for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        QueryParam query = field.getAnnotation(QueryParam.class);
        PathParam path = field.getAnnotation(PathParam.class);
        HeaderParam header = field.getAnnotation(HeaderParam.class);
        if (bean == PageParams.class && query != null) {
          found.add(pageParameter(query.value()));
        } else if (query != null) {
          found.add(
              oneOf(
                  parameter("query", query.value(), field.getGenericType(), false),
                  field.getAnnotation(OneOf.class)));
        } else if (path != null) {
          found.add(parameter("path", path.value(), field.getGenericType(), true));
        } else if (header != null && !isReservedHeader(header.value())) {
          found.add(parameter("header", header.value(), field.getGenericType(), false));
        }
      }
    }
    return found;
  }

  /** {@code page} and {@code page_size}: read as text by {@link PageParams}, whole numbers. */
  private static JsonObject pageParameter(String name) {
    boolean size = "page_size".equals(name);
    JsonObjectBuilder schema =
        JsonCodec.JSON
            .createObjectBuilder()
            .add("type", "integer")
            .add("format", "int32")
            .add("minimum", 1);
    if (size) {
      schema.add("maximum", PageRequest.MAX_SIZE).add("default", PageRequest.DEFAULT_SIZE);
    } else {
      schema.add("default", 1);
    }
    return JsonCodec.JSON
        .createObjectBuilder()
        .add("name", name)
        .add("in", "query")
        .add("required", false)
        .add(
            "description",
            size ? "Items per page (at most " + PageRequest.MAX_SIZE + ")" : "Page number, from 1")
        .add("schema", schema)
        .build();
  }

  private JsonObject requestBody(Found f, Type body) {
    Class<?> raw = OpenApiSchemas.rawType(body);
    JsonObject schema;
    boolean raw_ =
        raw == byte[].class || raw == String.class || InputStream.class.isAssignableFrom(raw);
    JsonObjectBuilder content = JsonCodec.JSON.createObjectBuilder();
    for (String mediaType : consumes(f)) {
      if (raw_) {
        // read as it arrives (a webhook verifies its signature over the raw bytes): any JSON
        schema =
            mediaType.startsWith("text/")
                ? JsonCodec.JSON.createObjectBuilder().add("type", "string").build()
                : JsonCodec.JSON
                    .createObjectBuilder()
                    .add("description", "The raw body, as sent")
                    .build();
      } else {
        schema = schemas.schemaOf(body, Direction.REQUEST);
      }
      JsonObjectBuilder media = JsonCodec.JSON.createObjectBuilder().add("schema", schema);
      JsonObject examples = examples(f.method(), mediaType);
      if (!examples.isEmpty()) {
        media.add("examples", examples);
      }
      content.add(mediaType, media);
    }
    boolean optional = f.method().isAnnotationPresent(BodyOptional.class);
    return JsonCodec.JSON
        .createObjectBuilder()
        .add("required", !optional)
        .add("content", content)
        .build();
  }

  /**
   * Examples a method gives for its body with MicroProfile's {@code @RequestBody(content
   * = @Content(examples = @ExampleObject(name, summary, value)))}; {@code value} is JSON.
   */
  private static JsonObject examples(Method method, String mediaType) {
    JsonObjectBuilder examples = JsonCodec.JSON.createObjectBuilder();
    RequestBody annotation = method.getAnnotation(RequestBody.class);
    if (annotation == null) {
      return examples.build();
    }
    for (Content content : annotation.content()) {
      if (!content.mediaType().isEmpty() && !content.mediaType().equals(mediaType)) {
        continue;
      }
      for (ExampleObject example : content.examples()) {
        JsonObjectBuilder one = JsonCodec.JSON.createObjectBuilder();
        if (!example.summary().isEmpty()) {
          one.add("summary", example.summary());
        }
        try (JsonReader reader = JsonCodec.JSON.createReader(new StringReader(example.value()))) {
          one.add("value", reader.readValue());
        }
        examples.add(example.name(), one);
      }
    }
    return examples.build();
  }

  private static List<String> consumes(Found f) {
    Consumes consumes = f.method().getAnnotation(Consumes.class);
    if (consumes == null) {
      consumes = f.resource().getAnnotation(Consumes.class);
    }
    return consumes == null ? List.of(MediaType.APPLICATION_JSON) : mediaTypes(consumes.value());
  }

  private static List<String> produces(Found f) {
    Produces produces = f.method().getAnnotation(Produces.class);
    if (produces == null) {
      produces = f.resource().getAnnotation(Produces.class);
    }
    return produces == null ? List.of(MediaType.APPLICATION_JSON) : mediaTypes(produces.value());
  }

  private static List<String> mediaTypes(String[] declared) {
    List<String> types = new ArrayList<>();
    for (String value : declared) {
      for (String part : value.split(",")) {
        String type = part.trim();
        int semicolon = type.indexOf(';');
        types.add(semicolon < 0 ? type : type.substring(0, semicolon).trim());
      }
    }
    return types;
  }

  private static boolean isJson(String mediaType) {
    return mediaType.equals(MediaType.APPLICATION_JSON) || mediaType.endsWith("+json");
  }

  /** What a method answers on success: its status, its body type, whether it is a page. */
  private record ResponseShape(int status, Type body, String description, boolean listed) {}

  private static ResponseShape responseShape(Method method) {
    APIResponseSchema declared = method.getAnnotation(APIResponseSchema.class);
    if (declared != null) {
      int status =
          declared.responseCode().isEmpty() ? 200 : Integer.parseInt(declared.responseCode());
      String description =
          declared.responseDescription().isEmpty()
              ? defaultDescription(status)
              : declared.responseDescription();
      return new ResponseShape(
          status, declared.value(), description, declared.value() == PageEnvelope.class);
    }
    for (APIResponse response : method.getAnnotationsByType(APIResponse.class)) {
      int status =
          response.responseCode().isEmpty() ? 200 : Integer.parseInt(response.responseCode());
      if (status >= 200 && status < 300) {
        Type body = null;
        if (response.content().length > 0
            && response.content()[0].schema().implementation() != Void.class) {
          body = response.content()[0].schema().implementation();
        }
        String description =
            response.description().isEmpty() ? defaultDescription(status) : response.description();
        return new ResponseShape(status, body, description, false);
      }
    }
    Type returned = method.getGenericReturnType();
    Class<?> raw = OpenApiSchemas.rawType(returned);
    if (raw == void.class || raw == Void.class) {
      return new ResponseShape(204, null, "Done; no body", false);
    }
    if (raw == Response.class && method.isAnnotationPresent(DELETE.class)) {
      return new ResponseShape(204, null, "Deleted; no body", false);
    }
    if (raw == Response.class) {
      // a Response without an annotation: the body's type is not known to the document
      return new ResponseShape(200, Object.class, "Success", false);
    }
    return new ResponseShape(200, returned, "Success", raw == PageEnvelope.class);
  }

  private static String defaultDescription(int status) {
    return switch (status) {
      case 201 -> "Created; Location is its address";
      case 202 -> "Accepted; Location is where to follow it";
      case 204 -> "Done; no body";
      default -> "Success";
    };
  }

  private JsonObject responses(Found f, ResponseShape shape, boolean isPublic) {
    JsonObjectBuilder responses = JsonCodec.JSON.createObjectBuilder();
    JsonObjectBuilder success =
        JsonCodec.JSON.createObjectBuilder().add("description", shape.description());
    if (shape.status() == 201 || shape.status() == 202) {
      success.add(
          "headers",
          JsonCodec.JSON
              .createObjectBuilder()
              .add(
                  "Location",
                  JsonCodec.JSON
                      .createObjectBuilder()
                      .add("description", "The address of what was made")
                      .add("schema", JsonCodec.JSON.createObjectBuilder().add("type", "string"))));
    }
    if (shape.status() != 204 && shape.body() != null) {
      JsonObjectBuilder content = JsonCodec.JSON.createObjectBuilder();
      for (String mediaType : produces(f)) {
        JsonObject schema;
        if (isJson(mediaType) && shape.body() == String.class) {
          // JAX-RS writes a String as it is: JSON text of any shape
          schema = JsonCodec.JSON.createObjectBuilder().add("description", "JSON text").build();
        } else if (isJson(mediaType)) {
          schema = schemas.schemaOf(shape.body(), Direction.RESPONSE);
        } else if (mediaType.startsWith("text/")) {
          schema = JsonCodec.JSON.createObjectBuilder().add("type", "string").build();
        } else {
          schema =
              JsonCodec.JSON
                  .createObjectBuilder()
                  .add("type", "string")
                  .add("format", "binary")
                  .build();
        }
        content.add(mediaType, JsonCodec.JSON.createObjectBuilder().add("schema", schema));
      }
      success.add("content", content);
    }
    responses.add(String.valueOf(shape.status()), success);
    if (shape.body() == Object.class && shape.status() == 200) {
      // a Response whose body the code does not declare may also answer without one
      responses.add(
          "204", JsonCodec.JSON.createObjectBuilder().add("description", "Done; no body"));
    }
    PROBLEMS.forEach(
        (status, description) -> {
          boolean signedIn = status.equals("401") || status.equals("403");
          if (signedIn && isPublic && !f.path().contains("/auth/")) {
            return;
          }
          responses.add(status, problem(description));
        });
    responses.add(
        "default", problem("Unexpected failure (500, quote the instance id) or another problem"));
    return responses.build();
  }

  private static JsonObject problem(String description) {
    return JsonCodec.JSON
        .createObjectBuilder()
        .add("description", description)
        .add(
            "content",
            JsonCodec.JSON
                .createObjectBuilder()
                .add(
                    Problems.MEDIA_TYPE,
                    JsonCodec.JSON
                        .createObjectBuilder()
                        .add(
                            "schema",
                            JsonCodec.JSON.createObjectBuilder().add("$ref", PROBLEM_REF))))
        .build();
  }

  private static JsonObject problemSchema() {
    JsonObjectBuilder messages =
        JsonCodec.JSON
            .createObjectBuilder()
            .add("type", "object")
            .add(
                "additionalProperties",
                JsonCodec.JSON
                    .createObjectBuilder()
                    .add("type", "array")
                    .add("items", JsonCodec.JSON.createObjectBuilder().add("type", "string")));
    return JsonCodec.JSON
        .createObjectBuilder()
        .add("type", "object")
        .add("description", "RFC 9457 problem details")
        .add(
            "properties",
            JsonCodec.JSON
                .createObjectBuilder()
                .add(
                    "type",
                    JsonCodec.JSON
                        .createObjectBuilder()
                        .add("type", "string")
                        .add("description", "Stable URI naming the kind of problem"))
                .add("title", JsonCodec.JSON.createObjectBuilder().add("type", "string"))
                .add(
                    "status",
                    JsonCodec.JSON
                        .createObjectBuilder()
                        .add("type", "integer")
                        .add("format", "int32"))
                .add(
                    "detail",
                    JsonCodec.JSON
                        .createObjectBuilder()
                        .add("type", "string")
                        .add("nullable", true))
                .add(
                    "instance",
                    JsonCodec.JSON
                        .createObjectBuilder()
                        .add("type", "string")
                        .add("description", "Id of this failure in the server's log (500 only)"))
                .add(
                    "errors",
                    JsonCodec.JSON
                        .createObjectBuilder(messages.build())
                        .add("description", "Messages per field, for people (validation only)"))
                .add(
                    "codes",
                    JsonCodec.JSON
                        .createObjectBuilder(messages.build())
                        .add(
                            "description",
                            "Stable codes per field, one per message, for translation (validation"
                                + " only)"))
                .add(
                    "short_lines",
                    JsonCodec.JSON
                        .createObjectBuilder()
                        .add("type", "array")
                        .add(
                            "description",
                            "Per product asked for beyond what is available (insufficient-stock"
                                + " only)")
                        .add(
                            "items",
                            JsonCodec.JSON
                                .createObjectBuilder()
                                .add("type", "object")
                                .add(
                                    "properties",
                                    JsonCodec.JSON
                                        .createObjectBuilder()
                                        .add(
                                            "product_id",
                                            JsonCodec.JSON
                                                .createObjectBuilder()
                                                .add("type", "string")
                                                .add("format", "uuid"))
                                        .add(
                                            "available",
                                            JsonCodec.JSON
                                                .createObjectBuilder()
                                                .add("type", "number"))
                                        .add(
                                            "requested",
                                            JsonCodec.JSON
                                                .createObjectBuilder()
                                                .add("type", "number")))
                                .add(
                                    "required",
                                    JsonCodec.JSON
                                        .createArrayBuilder()
                                        .add("product_id")
                                        .add("available")
                                        .add("requested")))))
        .add("required", JsonCodec.JSON.createArrayBuilder().add("type").add("title").add("status"))
        .build();
  }

  private static String verbOf(Method method) {
    for (Annotation a : method.getAnnotations()) {
      HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static Class<? extends Annotation> verbAnnotation(String verb) {
    for (Class<? extends Annotation> a : VERBS) {
      if (a.getAnnotation(HttpMethod.class).value().equals(verb)) {
        return a;
      }
    }
    return GET.class;
  }
}
