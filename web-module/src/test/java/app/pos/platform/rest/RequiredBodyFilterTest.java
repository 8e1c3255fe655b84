package app.pos.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequiredBodyFilterTest {

  static boolean says(String body) {
    return !RequiredBodyFilter.saysNothing(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anEmptyBodyAnEmptyObjectOrNullSaysNothing() {
    assertThat(says("")).isFalse();
    assertThat(says("{}")).isFalse();
    assertThat(says("null")).isFalse();
    assertThat(says(" \n{ \t}\r\n")).isFalse();
    assertThat(says("\uFEFF{}")).isFalse();
  }

  @Test
  void anyContentSaysSomething() {
    assertThat(says("{\"reason\": \"x\"}")).isTrue();
    assertThat(says("[]")).isTrue();
    assertThat(says("\"\"")).isTrue();
    assertThat(says("false")).isTrue();
    assertThat(says("{}{}")).isTrue();
    assertThat(says("nul")).isTrue();
  }
}
