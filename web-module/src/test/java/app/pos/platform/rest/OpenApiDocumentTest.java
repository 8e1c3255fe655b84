package app.pos.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The document built from this module's own resource classes. */
class OpenApiDocumentTest {

  static JsonObject document;

  @BeforeAll
  static void build() throws IOException, URISyntaxException {
    java.nio.file.Path classes =
        Paths.get(PosApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> resources = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
        String name = classes.relativize(file).toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          try {
            Class<?> c =
                Class.forName(
                    name.replace('/', '.').replace(".class", ""),
                    false,
                    OpenApiDocumentTest.class.getClassLoader());
            if (c.isAnnotationPresent(Path.class)) {
              resources.add(c);
            }
          } catch (ClassNotFoundException | LinkageError e) {
            // skip
          }
        }
      }
    }
    document = OpenApiDocument.of(resources, "http://localhost:8080");
    Files.writeString(classes.resolve("../openapi-unit.json"), document.toString());
  }

  @Test
  void operationIdsAreUnique() {
    Set<String> ids = new HashSet<>();
    for (JsonValue item : document.getJsonObject("paths").values()) {
      for (JsonValue op : item.asJsonObject().values()) {
        String id = op.asJsonObject().getString("operationId");
        assertThat(ids.add(id)).as(id).isTrue();
      }
    }
    assertThat(ids).contains("createSale", "listSales", "getSale", "completeTransfer");
  }

  private static JsonObject property(String schema, String field) {
    return document
        .getJsonObject("components")
        .getJsonObject("schemas")
        .getJsonObject(schema)
        .getJsonObject("properties")
        .getJsonObject(field);
  }

  @Test
  void aStatusInAnAnswerListsItsValues() {
    assertThat(
            property("SaleView", "status")
                .getJsonArray("enum")
                .getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("PENDING", "COMPLETED", "CANCELLED", "PARTIALLY_REFUNDED", "REFUNDED");
  }

  @Test
  void aStatusInAnAnswerIsNeverNull() {
    assertThat(property("SaleView", "status").getBoolean("nullable", false)).isFalse();
  }

  @Test
  void aClosedSetFilterListsItsValues() {
    JsonObject status =
        document
            .getJsonObject("paths")
            .getJsonObject("/sales/api/sales/")
            .getJsonObject("get")
            .getJsonArray("parameters")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getString("name").equals("status"))
            .findFirst()
            .orElseThrow()
            .getJsonObject("schema");
    assertThat(status.getJsonArray("enum").getValuesAs(jakarta.json.JsonString::getString))
        .contains("PENDING", "COMPLETED", "REFUNDED");
  }

  @Test
  void aListInAnAnswerIsNeverNull() {
    assertThat(property("SaleView", "items").getBoolean("nullable", false)).isFalse();
  }

  @Test
  void aValueThatMayBeUnknownInAnAnswerIsNullable() {
    assertThat(property("SaleView", "completed_at").getBoolean("nullable", false)).isTrue();
  }

  @Test
  void aDecimalsLowerBoundIsASchemaMinimum() {
    JsonObject asNumber =
        property("Tender", "amount").getJsonArray("anyOf").stream()
            .map(JsonValue::asJsonObject)
            .filter(branch -> "number".equals(branch.getString("type", "")))
            .findFirst()
            .orElseThrow();
    assertThat(asNumber.getJsonNumber("minimum").bigDecimalValue()).isZero();
    assertThat(asNumber.getBoolean("exclusiveMinimum")).isTrue();
  }
}
