package app.pos.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PublicBaseUriTest {

  @Test
  void aRequestMovesUnderThePublicOriginKeepingItsPathWithItsQuery() {
    PublicBaseUri.Rebased r =
        PublicBaseUri.rebase(
            PublicBaseUri.parse("https://pos.example.com"),
            URI.create("http://evil.example:666/"),
            URI.create("http://evil.example:666/inventory/api/warehouses/?page=2&page_size=5"));
    assertThat(r.base()).hasToString("https://pos.example.com/");
    assertThat(r.request())
        .hasToString("https://pos.example.com/inventory/api/warehouses/?page=2&page_size=5");
  }

  @Test
  void aPublicPathPrefixIsKept() {
    PublicBaseUri.Rebased r =
        PublicBaseUri.rebase(
            PublicBaseUri.parse("https://shop.example.com/pos"),
            URI.create("http://10.0.0.5:8080/"),
            URI.create("http://10.0.0.5:8080/sales/api/sales/"));
    assertThat(r.base()).hasToString("https://shop.example.com/pos/");
    assertThat(r.request()).hasToString("https://shop.example.com/pos/sales/api/sales/");
  }

  @Test
  void withoutAConfiguredUrlTheAcceptedConnectionIsTheOrigin() {
    assertThat(PublicBaseUri.of("http", "127.0.0.1", 8080)).hasToString("http://127.0.0.1:8080/");
    assertThat(PublicBaseUri.of("http", "0:0:0:0:0:0:0:1", 8080))
        .hasToString("http://[0:0:0:0:0:0:0:1]:8080/");
  }

  @Test
  void aPublicUrlMustBeAnAbsoluteHttpUrl() {
    assertThatThrownBy(() -> PublicBaseUri.parse("pos.example.com"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PublicBaseUri.parse("ftp://pos.example.com"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
