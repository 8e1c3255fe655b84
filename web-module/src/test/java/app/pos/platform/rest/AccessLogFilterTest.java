package app.pos.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessLogFilterTest {

  @Test
  void millisReadAsTheFormatterWroteThem() {
    for (long micros = -1; micros < 200_000; micros++) {
      assertThat(AccessLogFilter.millis(micros))
          .as("%d µs", micros)
          .isEqualTo(String.format("%.1f", micros / 1000.0));
    }
  }
}
