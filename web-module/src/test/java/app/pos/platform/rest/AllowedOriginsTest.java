package app.pos.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllowedOriginsTest {

  @Test
  void anOriginOnTheListIsAllowedExactly() {
    AllowedOrigins origins =
        AllowedOrigins.parse("https://till.example.com, http://localhost:5173");
    assertThat(origins.allows("https://till.example.com")).isTrue();
    assertThat(origins.allows("http://localhost:5173")).isTrue();
  }

  @Test
  void anotherPortSchemeOrHostIsNotTheSameOrigin() {
    AllowedOrigins origins = AllowedOrigins.parse("https://till.example.com");
    assertThat(origins.allows("http://till.example.com")).isFalse();
    assertThat(origins.allows("https://till.example.com:8443")).isFalse();
    assertThat(origins.allows("https://till.example.com.evil.test")).isFalse();
    assertThat(origins.allows("https://evil.test")).isFalse();
  }

  @Test
  void originsCompareWithoutCaseOrATrailingSlash() {
    AllowedOrigins origins = AllowedOrigins.parse("https://Till.Example.com/");
    assertThat(origins.allows("https://till.example.com")).isTrue();
  }

  @Test
  void aMissingOrNullOriginIsNeverAllowed() {
    AllowedOrigins any = AllowedOrigins.parse("*");
    assertThat(any.allows(null)).isFalse();
    assertThat(any.allows("")).isFalse();
    assertThat(any.allows("null")).isFalse();
  }

  @Test
  void aStarAllowsAnyOrigin() {
    assertThat(AllowedOrigins.parse("*").allows("https://anything.test")).isTrue();
  }

  @Test
  void anEmptyListAllowsNone() {
    AllowedOrigins none = AllowedOrigins.parse(" ");
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.allows("http://localhost:5173")).isFalse();
  }

  @Test
  void theDevelopmentDefaultAllowsTheUsualDevServers() {
    AllowedOrigins dev = AllowedOrigins.parse(AllowedOrigins.DEVELOPMENT_DEFAULT);
    assertThat(dev.allows("http://localhost:5173")).isTrue();
    assertThat(dev.allows("http://localhost:3000")).isTrue();
    assertThat(dev.allows("http://localhost:4200")).isTrue();
    assertThat(dev.allows("https://example.com")).isFalse();
  }
}
