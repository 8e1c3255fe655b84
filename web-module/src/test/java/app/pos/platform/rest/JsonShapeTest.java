package app.pos.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonShapeTest {

  private final JsonShape shape = JsonShape.DEFAULT;

  @Test
  void ordinaryBodyKeepsEveryLimit() {
    assertThat(
            shape.violation(
                "{\"name\": \"Tea \\u00e9 \\\"x\\\"\", \"lines\": [{\"q\": 2, \"p\": \"-1.50e2\"}],"
                    + " \"note\": \"a\\nb\\tc\", \"ok\": true, \"n\": null}"))
        .isEmpty();
  }

  @Test
  void nestingDeeperThan32IsRefused() {
    assertThat(shape.violation("[".repeat(32) + "]".repeat(32))).isEmpty();
    assertThat(shape.violation("{\"a\":".repeat(33) + "1" + "}".repeat(33)))
        .hasValueSatisfying(reason -> assertThat(reason).contains("32"));
  }

  @Test
  void bracketsInsideStringsDoNotCountAsNesting() {
    assertThat(shape.violation("{\"a\": \"" + "[".repeat(100) + "\"}")).isEmpty();
  }

  @Test
  void escapedNulInAStringIsRefused() {
    assertThat(shape.violation("{\"email\": \"a\\u0000b@x.test\"}")).isPresent();
  }

  @Test
  void rawControlCharacterInAStringIsRefused() {
    assertThat(shape.violation("{\"name\": \"a\u0001b\"}")).isPresent();
    assertThat(shape.violation("{\"name\": \"a\u007Fb\"}")).isPresent();
  }

  @Test
  void aBackspaceOrFormFeedEscapeIsRefused() {
    assertThat(shape.violation("{\"name\": \"a\\bb\"}")).isPresent();
    assertThat(shape.violation("{\"name\": \"a\\fb\"}")).isPresent();
  }

  @Test
  void anEscapedLineBreakOrTabIsAllowed() {
    assertThat(shape.violation("{\"name\": \"a\\u000a\\u0009\\r\"}")).isEmpty();
  }

  @Test
  void stringLongerThanTheLimitIsRefused() {
    assertThat(shape.violation("[\"" + "x".repeat(10_000) + "\"]")).isEmpty();
    assertThat(shape.violation("[\"" + "x".repeat(10_001) + "\"]")).isPresent();
  }

  @Test
  void hugeExponentIsRefused() {
    assertThat(shape.violation("{\"credit_limit\": 1E+2147483647}")).isPresent();
    assertThat(shape.violation("{\"q\": 1e-99999999999}")).isPresent();
    assertThat(shape.violation("{\"q\": 1e308}")).isEmpty();
  }

  @Test
  void numberWithTooManyDigitsIsRefused() {
    assertThat(shape.violation("[" + "9".repeat(41) + "]")).isPresent();
  }

  @Test
  void numbersInsideStringsAreNotNumbers() {
    assertThat(shape.violation("{\"sku\": \"1E+2147483647\"}")).isEmpty();
  }
}
