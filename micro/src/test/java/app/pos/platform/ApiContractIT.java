package app.pos.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.pos.devkit.ApiContract;
import app.pos.devkit.PosApi;
import app.pos.devkit.SharedServer;
import io.restassured.RestAssured;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document itself: it parses with swagger-parser without a message, and it says
 * what a generated client needs (typed answers, unique operation ids, snake_case, uuid path
 * parameters). The document is also written to {@code target/openapi.json}, which {@code
 * config/api-clients/check.sh} lints and generates clients from.
 */
@SharedServer
class ApiContractIT {

  @ArquillianResource URL base;

  private String json() {
    return ApiContract.document(base.getProtocol() + "://" + base.getAuthority());
  }

  private OpenAPI parsed() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(json(), null, options);
    assertThat(result.getMessages()).isEmpty();
    return result.getOpenAPI();
  }

  private static Map<String, Operation> operations(OpenAPI api) {
    Map<String, Operation> all = new java.util.TreeMap<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((verb, operation) -> all.put(verb + " " + path, operation)));
    return all;
  }

  @Test
  void theServedDocumentParsesWithoutMessages() throws IOException {
    OpenAPI api = parsed();
    assertThat(api.getOpenapi()).startsWith("3.0");
    assertThat(api.getPaths()).isNotEmpty();
    Path exported = Path.of("target", "openapi.json");
    Files.writeString(exported, json());
  }

  @Test
  void everyOperationIdIsAUniqueMethodName() {
    Set<String> ids = new HashSet<>();
    for (Map.Entry<String, Operation> op : operations(parsed()).entrySet()) {
      String id = op.getValue().getOperationId();
      assertThat(id).as(op.getKey()).matches("[a-z][A-Za-z0-9]+");
      assertThat(ids.add(id)).as("duplicate operationId " + id).isTrue();
    }
    assertThat(ids).contains("createSale", "listSales", "getSale", "completeTransfer");
  }

  @Test
  void everyOperationDocumentsATypedSuccessAnswer() {
    List<String> untyped = new ArrayList<>();
    for (Map.Entry<String, Operation> op : operations(parsed()).entrySet()) {
      Map.Entry<String, ApiResponse> success =
          op.getValue().getResponses().entrySet().stream()
              .filter(r -> r.getKey().startsWith("2"))
              .findFirst()
              .orElse(null);
      if (success == null) {
        untyped.add(op.getKey() + ": no 2xx");
      } else if (!success.getKey().equals("204")) {
        var content = success.getValue().getContent();
        if (content == null || content.isEmpty()) {
          untyped.add(op.getKey() + ": no content");
        } else {
          content.forEach(
              (type, media) -> {
                Schema<?> schema = media.getSchema();
                boolean typed =
                    schema != null && (schema.get$ref() != null || schema.getType() != null);
                if (!typed && !op.getKey().contains("/jobs/executions/{id}/result/")) {
                  untyped.add(op.getKey() + " " + type + ": untyped schema");
                }
              });
        }
      }
    }
    assertThat(untyped).isEmpty();
  }

  @Test
  void listsAnswerATypedPageEnvelope() {
    OpenAPI api = parsed();
    Schema<?> page = api.getComponents().getSchemas().get("SaleViewPage");
    assertThat(page).isNotNull();
    assertThat(page.getRequired()).contains("count", "next", "previous", "results");
    Schema<?> results = (Schema<?>) page.getProperties().get("results");
    assertThat(results.getItems().get$ref()).endsWith("/SaleView");
    Operation list = api.getPaths().get("/sales/api/sales/").getGet();
    assertThat(list.getParameters()).extracting(Parameter::getName).contains("page", "page_size");
  }

  @Test
  void propertyNamesAreSnakeCaseAsJsonbWritesThem() {
    List<String> camel = new ArrayList<>();
    parsed()
        .getComponents()
        .getSchemas()
        .forEach(
            (name, schema) -> {
              if (schema.getProperties() != null) {
                schema
                    .getProperties()
                    .keySet()
                    .forEach(
                        property -> {
                          if (!String.valueOf(property)
                              .equals(String.valueOf(property).toLowerCase())) {
                            camel.add(name + "." + property);
                          }
                        });
              }
            });
    assertThat(camel).isEmpty();
    Schema<?> customer = parsed().getComponents().getSchemas().get("CreateCustomer");
    assertThat(customer.getProperties()).containsKey("credit_limit");
  }

  @Test
  void idPathParametersAreUuids() {
    for (Map.Entry<String, PathItem> path : parsed().getPaths().entrySet()) {
      for (Operation op : path.getValue().readOperations()) {
        if (op.getParameters() == null) {
          continue;
        }
        for (Parameter p : op.getParameters()) {
          if ("path".equals(p.getIn()) && "id".equals(p.getName())) {
            assertThat(p.getSchema().getFormat()).as(path.getKey()).isEqualTo("uuid");
          }
        }
      }
    }
  }

  @Test
  void aClosedSetInARequestListsItsValues() {
    Schema<?> customerType =
        (Schema<?>)
            parsed()
                .getComponents()
                .getSchemas()
                .get("CreateCustomer")
                .getProperties()
                .get("customer_type");
    assertThat(List.<Object>copyOf(customerType.getEnum())).containsExactly("RETAIL", "WHOLESALE");
  }

  @Test
  void moneyIsAStringWithAPattern() {
    Schema<?> creditLimit =
        (Schema<?>)
            parsed()
                .getComponents()
                .getSchemas()
                .get("CustomerView")
                .getProperties()
                .get("credit_limit");
    assertThat(creditLimit.getType()).isEqualTo("string");
    assertThat(creditLimit.getPattern()).isNotNull();
  }

  @Test
  void aTimestampIsADateTime() {
    Schema<?> createdAt =
        (Schema<?>)
            parsed()
                .getComponents()
                .getSchemas()
                .get("CustomerView")
                .getProperties()
                .get("created_at");
    assertThat(createdAt.getFormat()).isEqualTo("date-time");
  }

  @Test
  void aCheckoutRequiresItsStorefront() {
    Schema<?> checkout = parsed().getComponents().getSchemas().get("Checkout");
    assertThat(checkout.getProperties()).containsKey("storefront_id");
    assertThat(checkout.getRequired()).contains("storefront_id");
  }

  private static List<Object> enumOf(Map<String, Schema> schemas, String schema, String field) {
    Schema<?> property = (Schema<?>) schemas.get(schema).getProperties().get(field);
    assertThat(property).as(schema + "." + field).isNotNull();
    assertThat(property.getEnum()).as(schema + "." + field + " enum").isNotNull();
    return List.<Object>copyOf(property.getEnum());
  }

  @Test
  void everyAnswerFieldHoldingAClosedSetListsItsValues() {
    Map<String, Schema> schemas = parsed().getComponents().getSchemas();
    assertThat(enumOf(schemas, "SaleView", "status"))
        .containsExactly("PENDING", "COMPLETED", "CANCELLED", "PARTIALLY_REFUNDED", "REFUNDED");
    assertThat(enumOf(schemas, "SaleView", "sale_type")).containsExactly("RETAIL", "WHOLESALE");
    assertThat(enumOf(schemas, "SaleView", "payment_status"))
        .containsExactly("UNPAID", "PARTIALLY_PAID", "PAID");
    assertThat(enumOf(schemas, "PaymentView", "method"))
        .containsExactly("CASH", "CARD", "MOBILE_MONEY", "BANK_TRANSFER", "CREDIT");
    assertThat(enumOf(schemas, "PaymentView", "status")).containsExactly("RECEIVED", "VOIDED");
    assertThat(enumOf(schemas, "RefundView", "method")).contains("CASH", "CREDIT");
    assertThat(enumOf(schemas, "TransferView", "status"))
        .containsExactly("PENDING", "APPROVED", "IN_TRANSIT", "COMPLETED", "CANCELLED", "REJECTED");
    assertThat(enumOf(schemas, "AdjustmentView", "status"))
        .containsExactly("PENDING", "APPROVED", "REJECTED");
    assertThat(enumOf(schemas, "ExecutionView", "status")).contains("STARTED", "COMPLETED");
    assertThat(enumOf(schemas, "UserView", "role"))
        .containsExactly("ADMIN", "MANAGER", "CASHIER", "WAREHOUSE_STAFF");
    assertThat(enumOf(schemas, "InvitationView", "status"))
        .containsExactly("PENDING", "ACCEPTED", "EXPIRED", "REVOKED");
    assertThat(enumOf(schemas, "MembershipView", "role"))
        .containsExactly("ADMIN", "MANAGER", "CASHIER", "WAREHOUSE_STAFF");
    assertThat(enumOf(schemas, "Appearance", "theme")).containsExactly("LIGHT", "DARK", "SYSTEM");
    assertThat(enumOf(schemas, "SubscriptionView", "status"))
        .containsExactly("TRIAL", "PENDING", "ACTIVE", "PAST_DUE", "EXPIRED", "CANCELLED");
    assertThat(enumOf(schemas, "InvoiceView", "status")).containsExactly("OPEN", "PAID");
    assertThat(enumOf(schemas, "PeriodView", "status")).containsExactly("OPEN", "CLOSED", "LOCKED");
    assertThat(enumOf(schemas, "OfflineSaleResult", "status"))
        .containsExactly("APPLIED", "EXCEPTION", "DUPLICATE", "REJECTED");
    assertThat(enumOf(schemas, "SaleExceptionView", "kind"))
        .containsExactly(
            "OVERSOLD",
            "PRICE_MISMATCH",
            "CREDIT_LIMIT_EXCEEDED",
            "CUSTOMER_BLOCKED",
            "CREDIT_OVERDUE",
            "CUSTOMER_INACTIVE");
    assertThat(enumOf(schemas, "TrialBalanceView", "status"))
        .containsExactly("PENDING", "RUNNING", "COMPLETED", "FAILED");
    assertThat(enumOf(schemas, "SaleView", "sold_from")).containsExactly("STOREFRONT", "WAREHOUSE");
    assertThat(enumOf(schemas, "CartView", "status"))
        .containsExactly("DRAFT", "COMPLETED", "ABANDONED", "EXPIRED");
    assertThat(enumOf(schemas, "CustomerView", "credit_status"))
        .containsExactly("GOOD", "OVERDUE", "BLOCKED", "INACTIVE");
    assertThat(enumOf(schemas, "TransferRequestView", "status"))
        .containsExactly("NEW", "ASSIGNED", "FULFILLED", "CANCELLED");
    assertThat(enumOf(schemas, "TransferRequestView", "priority"))
        .containsExactly("LOW", "NORMAL", "HIGH", "URGENT");
    // the same sets where a request names one
    assertThat(enumOf(schemas, "RequestStock", "priority"))
        .containsExactly("LOW", "NORMAL", "HIGH", "URGENT");
    assertThat(enumOf(schemas, "Tender", "method"))
        .containsExactly("CASH", "CARD", "MOBILE_MONEY", "BANK_TRANSFER", "CREDIT");
    assertThat(enumOf(schemas, "Checkout", "sale_type")).containsExactly("RETAIL", "WHOLESALE");
  }

  @Test
  void theProblemSchemaDescribesTheShortLinesOfInsufficientStock() {
    Schema<?> shortLines =
        (Schema<?>)
            parsed().getComponents().getSchemas().get("Problem").getProperties().get("short_lines");
    assertThat(shortLines).isNotNull();
    assertThat(shortLines.getItems().getProperties())
        .containsOnlyKeys("product_id", "available", "requested");
    assertThat(shortLines.getItems().getRequired())
        .containsExactlyInAnyOrder("product_id", "available", "requested");
  }

  @Test
  void decimalBoundsAreSchemaMinimumsNotOnlyWords() {
    Map<String, Schema> schemas = parsed().getComponents().getSchemas();
    Schema<?> amount = (Schema<?>) schemas.get("Tender").getProperties().get("amount");
    Schema<?> asNumber =
        amount.getAnyOf().stream()
            .filter(branch -> "number".equals(branch.getType()))
            .findFirst()
            .orElseThrow();
    assertThat(asNumber.getMinimum()).isEqualByComparingTo("0");
    assertThat(asNumber.getExclusiveMinimum()).isTrue();
  }

  @Test
  void theDocumentsServerComesFromTheServerNeverFromAForgedHostHeader() {
    String served =
        RestAssured.given()
            .baseUri(base.getProtocol() + "://" + base.getAuthority())
            .header("Host", "evil.example:666")
            .get("/api/schema/")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(served).doesNotContain("evil.example");
    assertThat(json()).doesNotContain("evil.example");
  }

  @Test
  void signedInCallsNeedABearerToken() {
    OpenAPI api = parsed();
    assertThat(api.getComponents().getSecuritySchemes().get("bearer").getScheme())
        .isEqualTo("bearer");
    Operation sales = api.getPaths().get("/sales/api/sales/").getGet();
    assertThat(sales.getSecurity()).hasSize(1);
    assertThat(sales.getSecurity().get(0)).containsKey("bearer");
  }

  @Test
  void publicCallsSayNoSignInIsNeeded() {
    Operation login = parsed().getPaths().get("/accounts/api/auth/login/").getPost();
    assertThat(login.getSecurity()).isEmpty();
  }

  @Test
  void idempotentCallsDocumentTheIdempotencyKeyHeader() {
    Operation checkout = parsed().getPaths().get("/sales/api/sales/").getPost();
    assertThat(checkout.getParameters())
        .anySatisfy(
            p -> {
              assertThat(p.getName()).isEqualTo("Idempotency-Key");
              assertThat(p.getIn()).isEqualTo("header");
            });
  }

  @Test
  void theMainCallsCarryExamples() {
    OpenAPI api = parsed();
    for (String[] call :
        new String[][] {
          {"/accounts/api/auth/register/", "owner"},
          {"/accounts/api/auth/login/", "signIn"},
          {"/sales/api/sales/", "cashSale"},
          {"/inventory/api/products/", "product"},
          {"/inventory/api/batches/", "delivery"}
        }) {
      Operation post = api.getPaths().get(call[0]).getPost();
      assertThat(post.getRequestBody().getContent().get("application/json").getExamples())
          .as(call[0])
          .containsKey(call[1]);
    }
  }

  @Test
  void everyComponentHasOneTagWithADescription() {
    OpenAPI api = parsed();
    assertThat(api.getTags()).isNotEmpty();
    api.getTags().forEach(t -> assertThat(t.getDescription()).as(t.getName()).isNotBlank());
    Set<String> declared = new HashSet<>();
    api.getTags().forEach(t -> declared.add(t.getName()));
    operations(api)
        .forEach(
            (key, op) -> {
              assertThat(op.getTags()).as(key).hasSize(1);
              assertThat(declared).contains(op.getTags().get(0));
            });
  }

  @Test
  void anAnswerThatDriftsFromTheDocumentIsReported() {
    // what the filter in the test kit does with every answer: a customer without its fields, a
    // money amount as a number, a status the call never answers
    var validator = ApiContract.validator(base.getProtocol() + "://" + base.getAuthority());
    var drifted =
        com.atlassian.oai.validator.model.SimpleResponse.Builder.status(201)
            .withContentType("application/json")
            .withBody("{\"id\": \"" + java.util.UUID.randomUUID() + "\", \"credit_limit\": 250}")
            .build();
    var report =
        validator.validateResponse(
            "/sales/api/customers/",
            com.atlassian.oai.validator.model.Request.Method.POST,
            drifted);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.getMessages().toString()).contains("credit_limit", "name");
  }

  @Test
  void aRequestTheDocumentForbidsIsAnsweredWithTheDocumentsProblem() {
    PosApi api = new PosApi(base);
    PosApi.Staff owner = api.registerBusiness();
    // page_size is at most 200 in the document and on the server: a 400 both agree on passes
    org.assertj.core.api.Assertions.assertThatCode(
            () -> api.as(owner).get("sales/api/sales/?page_size=500").then().statusCode(400))
        .doesNotThrowAnyException();
    // a customer type the document does not list: refused by both, the answer is the problem
    api.as(owner)
        .body(Map.of("name", "x", "customer_type", "KING"))
        .post("sales/api/customers/")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    // marked hostile, the request itself is not checked at all
    api.hostile(owner)
        .body(Map.of("name", "x", "customer_type", "KING"))
        .post("sales/api/customers/")
        .then()
        .statusCode(400);
  }
}
