package app.pos.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

class PosJsonTest {

  public static class Flags {
    public Boolean isActive;
    public Boolean restock;
  }

  @Test
  void onlyJsonTrueOrFalseIsABoolean() {
    Flags flags =
        PosJson.jsonb().fromJson("{\"is_active\": false, \"restock\": true}", Flags.class);
    assertThat(flags.isActive).isFalse();
    assertThat(flags.restock).isTrue();
    assertThat(PosJson.jsonb().fromJson("{\"is_active\": null}", Flags.class).isActive).isNull();
    assertThatThrownBy(() -> PosJson.jsonb().fromJson("{\"is_active\": \"yes\"}", Flags.class))
        .isInstanceOf(JsonbException.class);
    assertThatThrownBy(() -> PosJson.jsonb().fromJson("{\"restock\": \"true\"}", Flags.class))
        .isInstanceOf(JsonbException.class);
    // (commands use Boolean, not boolean: the strict reading applies to the boxed type)
    assertThatThrownBy(() -> PosJson.jsonb().fromJson("{\"restock\": 1}", Flags.class))
        .isInstanceOf(JsonbException.class);
  }

  public record Stamped(java.time.Instant createdAt) {}

  @Test
  void instantsAreWrittenToTheMicrosecondTheDatabaseKeeps() {
    java.time.Instant fromTheClock = java.time.Instant.parse("2026-12-01T22:56:39.520549442Z");
    assertThat(PosJson.jsonb().toJson(new Stamped(fromTheClock)))
        .isEqualTo("{\"created_at\":\"2026-12-01T22:56:39.520549Z\"}");
  }
}
