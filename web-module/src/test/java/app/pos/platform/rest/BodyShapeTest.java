package app.pos.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Digits;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BodyShapeTest {

  enum Kind {
    RETAIL,
    WHOLESALE
  }

  public static class Line {
    public UUID productId;

    @Digits(integer = 12, fraction = 3)
    public BigDecimal quantity;
  }

  public static class Command {
    public String name;
    public UUID categoryId;
    public LocalDate expiryDate;
    public Kind kind;
    public boolean active;
    public int days;

    @Digits(integer = 15, fraction = 4)
    public BigDecimal unitCost;

    public BigDecimal creditLimit;
    public List<Line> lines;
  }

  private static BodyShape check(String json) {
    return check(json, Set.of());
  }

  private static BodyShape check(String json, Set<String> ignorable) {
    JsonValue body = Json.createReader(new StringReader(json)).readValue();
    return BodyShape.check(body, Command.class, ignorable);
  }

  @Test
  void aWellFormedBodyPasses() {
    assertThat(
            check(
                    "{\"name\":\"x\",\"category_id\":\"6f1c3a52-8a4e-4d4b-9d1e-2a1f0c3b4d5e\","
                        + "\"expiry_date\":\"2027-12-31\",\"kind\":\"RETAIL\",\"active\":true,"
                        + "\"days\":30,\"unit_cost\":\"1.2345\",\"credit_limit\":250,"
                        + "\"lines\":[{\"product_id\":\"6f1c3a52-8a4e-4d4b-9d1e-2a1f0c3b4d5e\","
                        + "\"quantity\":1.5}]}")
                .ok())
        .isTrue();
  }

  @Test
  void anUnknownCamelCaseFieldNamesTheSnakeCaseOne() {
    BodyShape shape = check("{\"creditLimit\":250}");
    assertThat(shape.errors())
        .containsEntry("creditLimit", List.of("unknown field; did you mean credit_limit?"));
    assertThat(shape.codes()).containsEntry("creditLimit", List.of("unknown_field"));
  }

  @Test
  void fieldsTheAnswerCarriesAreIgnoredWhereAllowed() {
    assertThat(check("{\"id\":\"x\",\"created_at\":\"y\"}", Set.of("id", "created_at")).ok())
        .isTrue();
  }

  @Test
  void aMalformedUuidIsRefusedAsAUuid() {
    assertThat(check("{\"category_id\":\"nope\"}").errors())
        .containsEntry("category_id", List.of("must be a UUID"));
  }

  @Test
  void aDateInAnotherFormatIsRefusedWithAnExample() {
    assertThat(check("{\"expiry_date\":\"31/12/2027\"}").errors())
        .containsEntry("expiry_date", List.of("must be a date like 2026-12-31"));
  }

  @Test
  void anUnknownEnumValueListsTheChoices() {
    BodyShape shape = check("{\"kind\":\"KING\"}");
    assertThat(shape.errors()).containsEntry("kind", List.of("must be one of RETAIL, WHOLESALE"));
    assertThat(shape.codes()).containsEntry("kind", List.of("invalid_choice"));
  }

  @Test
  void textWhereANumberBelongsIsRefused() {
    assertThat(check("{\"unit_cost\":\"abc\"}").codes())
        .containsEntry("unit_cost", List.of("invalid_number"));
  }

  @Test
  void aHugeExponentIsRefusedAsTooPrecise() {
    assertThat(check("{\"credit_limit\":1E+2147483647}").codes())
        .containsEntry("credit_limit", List.of("too_precise"));
  }

  @Test
  void moreDecimalsThanTheFieldKeepsAreRefusedNotRounded() {
    assertThat(check("{\"unit_cost\":1.23456}").codes())
        .containsEntry("unit_cost", List.of("too_precise"));
    assertThat(check("{\"unit_cost\":1.2345}").ok()).isTrue();
    assertThat(check("{\"unit_cost\":1.23450000}").ok()).isTrue();
  }

  @Test
  void nestedMistakesNameTheirPath() {
    assertThat(check("{\"lines\":[{\"product_id\":\"x\",\"quantity\":1.0001}]}").errors())
        .containsKeys("lines[0].product_id", "lines[0].quantity");
  }

  @Test
  void aStringWhereABooleanBelongsIsRefused() {
    assertThat(check("{\"active\":\"yes\"}").codes())
        .containsEntry("active", List.of("invalid_boolean"));
  }

  @Test
  void aFractionWhereAWholeNumberBelongsIsRefused() {
    assertThat(check("{\"days\":1.5}").codes()).containsEntry("days", List.of("invalid_integer"));
  }
}
