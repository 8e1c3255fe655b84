package app.pos.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestHeadLimitsTest {

  private final RequestHeadLimits limits = new RequestHeadLimits(16 * 1024, 64);

  private static List<String[]> headers(int count, int valueLength) {
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(new String[] {"X-H" + i, "v".repeat(valueLength)});
    }
    return out;
  }

  @Test
  void anOrdinaryRequestKeepsEveryLimit() {
    assertThat(limits.check("GET", "/sales/api/sales/?page=2", headers(10, 800))).isEmpty();
  }

  @Test
  void aRequestLineOverTheLimitIs414() {
    assertThat(limits.check("GET", "/p/" + "x".repeat(16 * 1024), headers(1, 10)))
        .hasValueSatisfying(v -> assertThat(v.status()).isEqualTo(414));
  }

  @Test
  void aPathWithAQueryOfTenThousandCharactersEachIsRefusedAsTooLongA414() {
    String x = "x".repeat(10_001);
    assertThat(
            limits.check("POST", "/bookkeeping/api/accounts/" + x + "/?page=" + x, headers(5, 10)))
        .hasValueSatisfying(v -> assertThat(v.status()).isEqualTo(414));
  }

  @Test
  void headersTogetherWithTheRequestLineOverTheLimitAre431() {
    assertThat(limits.check("GET", "/p/" + "x".repeat(10_000), headers(1, 7_000)))
        .hasValueSatisfying(v -> assertThat(v.status()).isEqualTo(431));
  }

  @Test
  void moreThan64HeaderLinesAre431() {
    assertThat(limits.check("GET", "/", headers(64, 1))).isEmpty();
    assertThat(limits.check("GET", "/", headers(65, 1)))
        .hasValueSatisfying(
            v -> {
              assertThat(v.status()).isEqualTo(431);
              assertThat(v.detail()).contains("64");
            });
  }
}
