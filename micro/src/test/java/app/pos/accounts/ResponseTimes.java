package app.pos.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.function.Supplier;

/** How long two calls take to answer, as someone timing the answers from outside would see it. */
final class ResponseTimes {

  private ResponseTimes() {}

  /**
   * Alternates the two calls (load on the machine falls on both alike) and compares the fastest
   * answer of each: load only ever adds time, so the fastest of several is the path's own cost. A
   * path that did an account's work before answering would stay several times slower even then.
   * Each call must answer 202.
   */
  static void assertAlike(Supplier<Response> one, Supplier<Response> other) {
    one.get();
    other.get(); // warm up both paths
    long a = Long.MAX_VALUE;
    long b = Long.MAX_VALUE;
    for (int i = 0; i < 8; i++) {
      a = Math.min(a, timed(one));
      b = Math.min(b, timed(other));
    }
    assertThat((double) Math.min(a, b))
        .as("fastest answers %d and %d ns", a, b)
        .isGreaterThan(Math.max(a, b) * 0.4);
  }

  private static long timed(Supplier<Response> call) {
    long started = System.nanoTime();
    call.get().then().statusCode(202);
    return System.nanoTime() - started;
  }
}
