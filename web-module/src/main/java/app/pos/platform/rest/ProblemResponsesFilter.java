package app.pos.platform.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the errors every operation can answer, as {@code application/problem+json} with the one
 * Problem schema, so clients see them in the OpenAPI document without each resource repeating them.
 */
public class ProblemResponsesFilter implements OASFilter {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  private static final Map<String, String> ALWAYS = new LinkedHashMap<>();
  private static final Map<String, String> SIGNED_IN = new LinkedHashMap<>();

  static {
    ALWAYS.put("400", "Malformed or invalid input (errors per field)");
    ALWAYS.put("404", "No such object, or another business's");
    ALWAYS.put("413", "Request body too large");
    ALWAYS.put("429", "Throttled; see Retry-After");
    ALWAYS.put("500", "Unexpected failure; quote the instance id");
    SIGNED_IN.put("401", "No token, or a token that is expired, revoked or not valid");
    SIGNED_IN.put("403", "The caller's role does not allow this");
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Components components = openAPI.getComponents();
    components.addSchema("Problem", problemSchema());
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : item.getOperations().values()) {
        if (operation.getResponses() == null) {
          operation.setResponses(OASFactory.createAPIResponses());
        }
        addMissing(operation.getResponses(), ALWAYS);
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
          addMissing(operation.getResponses(), SIGNED_IN);
        }
      }
    }
  }

  private static void addMissing(APIResponses responses, Map<String, String> which) {
    which.forEach(
        (status, description) -> {
          if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(
                status,
                OASFactory.createAPIResponse()
                    .description(description)
                    .content(
                        OASFactory.createContent()
                            .addMediaType(
                                Problems.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
          }
        });
  }

  private static Schema problemSchema() {
    Schema text = typed(Schema.SchemaType.STRING);
    return typed(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details")
        .addProperty("type", text)
        .addProperty("title", text)
        .addProperty("status", typed(Schema.SchemaType.INTEGER))
        .addProperty("detail", text)
        .addProperty("instance", text)
        .addProperty(
            "errors",
            typed(Schema.SchemaType.OBJECT)
                .description("Messages per field (validation errors only)")
                .additionalPropertiesSchema(typed(Schema.SchemaType.ARRAY).items(text)));
  }

  /**
   * A schema of one type, on MicroProfile OpenAPI 3 ({@code type(SchemaType)}: Payara) and 4
   * ({@code addType(SchemaType)}: WildFly) alike.
   */
  private static Schema typed(Schema.SchemaType type) {
    Schema schema = OASFactory.createSchema();
    try {
      try {
        Schema.class.getMethod("type", Schema.SchemaType.class).invoke(schema, type);
      } catch (NoSuchMethodException openApi4) {
        Schema.class.getMethod("addType", Schema.SchemaType.class).invoke(schema, type);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("MicroProfile OpenAPI has no way to set a schema type", e);
    }
    return schema;
  }
}
