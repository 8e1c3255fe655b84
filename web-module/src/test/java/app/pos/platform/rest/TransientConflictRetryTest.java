package app.pos.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransientConflictRetryTest {

  static RuntimeException aborted(String sqlState) {
    return new RuntimeException("tx failed", new SQLException("aborted", sqlState));
  }

  @Test
  void aDeadlockOrSerializationFailureIsRunAgainInAFreshAttempt() {
    AtomicInteger calls = new AtomicInteger();
    String result =
        IdempotentResponses.retryingTransientConflicts(
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw aborted("40P01");
              }
              if (calls.get() == 2) {
                throw aborted("40001");
              }
              return "sold";
            });
    assertThat(result).isEqualTo("sold");
    assertThat(calls).hasValue(3);
  }

  @Test
  void anyOtherFailureReachesTheCallerAtOnce() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                IdempotentResponses.retryingTransientConflicts(
                    () -> {
                      calls.incrementAndGet();
                      throw aborted("23505");
                    }))
        .hasRootCauseMessage("aborted");
    assertThat(calls).hasValue(1);
  }

  @Test
  void aConflictStillThereAtTheLastAttemptReachesTheCaller() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                IdempotentResponses.retryingTransientConflicts(
                    () -> {
                      calls.incrementAndGet();
                      throw aborted("40P01");
                    }))
        .isInstanceOf(RuntimeException.class);
    assertThat(calls).hasValue(IdempotentResponses.ATTEMPTS);
  }
}
