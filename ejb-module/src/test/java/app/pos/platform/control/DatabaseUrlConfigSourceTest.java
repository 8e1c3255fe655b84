package app.pos.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlConfigSourceTest {

  @Test
  void everyPartOfTheUrlBecomesAPosDbKey() {
    var source = new DatabaseUrlConfigSource("postgres://shop:s%40cret@db.internal:6543/till");
    assertThat(source.getValue("pos.db.host")).isEqualTo("db.internal");
    assertThat(source.getValue("pos.db.port")).isEqualTo("6543");
    assertThat(source.getValue("pos.db.name")).isEqualTo("till");
    assertThat(source.getValue("pos.db.user")).isEqualTo("shop");
    assertThat(source.getValue("pos.db.password")).isEqualTo("s@cret");
  }

  /** The postgresql:// spelling, with neither a port nor a password. */
  static final String SHORT_URL = "postgresql://u@localhost/pos";

  @Test
  void thePostgresqlSchemeIsAccepted() {
    assertThat(new DatabaseUrlConfigSource(SHORT_URL).getValue("pos.db.host"))
        .isEqualTo("localhost");
  }

  @Test
  void thePortDefaultsTo5432() {
    assertThat(new DatabaseUrlConfigSource(SHORT_URL).getValue("pos.db.port")).isEqualTo("5432");
  }

  @Test
  void aUrlWithoutAPasswordOffersNoPassword() {
    assertThat(new DatabaseUrlConfigSource(SHORT_URL).getValue("pos.db.password")).isNull();
  }

  @Test
  void noUrlOffersNoKeys() {
    assertThat(new DatabaseUrlConfigSource(null).getPropertyNames()).isEmpty();
  }

  @Test
  void aUrlOfAnotherKindIsRefused() {
    assertThatThrownBy(() -> new DatabaseUrlConfigSource("mysql://x@y/z"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
