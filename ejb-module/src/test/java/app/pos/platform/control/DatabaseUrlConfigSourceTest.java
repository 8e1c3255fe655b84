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

  @Test
  void portDefaultsTo5432AndPostgresqlSchemeIsAccepted() {
    var source = new DatabaseUrlConfigSource("postgresql://u@localhost/pos");
    assertThat(source.getValue("pos.db.port")).isEqualTo("5432");
    assertThat(source.getValue("pos.db.password")).isNull();
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
