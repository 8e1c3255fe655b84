package app.pos.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagePolicyTest {

  @Test
  void inlineBootstrapIsAllowedByItsHashOnly() {
    // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    String policy = PagePolicy.of("<p>x</p><script>alert(1)</script>", "");
    assertThat(policy)
        .contains("script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='")
        .doesNotContain("'unsafe-inline';script")
        .doesNotContain("'unsafe-eval'");
  }

  @Test
  void noPageMayBeFramed() {
    assertThat(PagePolicy.of("<p></p>", "")).contains("frame-ancestors 'none'");
  }

  @Test
  void externalScriptsNeedNoHash() {
    assertThat(PagePolicy.of("<script src=\"/a.js\"></script>", "")).doesNotContain("sha256");
  }
}
