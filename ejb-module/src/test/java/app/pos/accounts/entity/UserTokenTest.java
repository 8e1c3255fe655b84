package app.pos.accounts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTokenTest {

  static final Instant CHANGE = Instant.parse("2026-12-01T10:00:00.700Z");
  static final Instant EARLIER = Instant.parse("2026-11-01T10:00:00Z");

  @Test
  void aPersonsNewPasswordRefusesTheTokensOfEveryMembershipIssuedBefore() {
    assertThat(User.acceptsToken(true, EARLIER, CHANGE, Instant.parse("2026-12-01T10:00:00.500Z")))
        .isFalse();
  }

  @Test
  void aTokenIssuedJustAfterAPasswordChangeInTheSameSecondIsAccepted() {
    assertThat(User.acceptsToken(true, CHANGE, EARLIER, Instant.parse("2026-12-01T10:00:00.900Z")))
        .isTrue();
  }

  @Test
  void aTokenIssuedJustBeforeAPasswordChangeInTheSameSecondIsRefused() {
    assertThat(User.acceptsToken(true, CHANGE, EARLIER, Instant.parse("2026-12-01T10:00:00.500Z")))
        .isFalse();
  }

  @Test
  void aTokenOfAnEarlierSecondIsRefused() {
    assertThat(User.acceptsToken(true, CHANGE, EARLIER, Instant.parse("2026-12-01T09:59:59Z")))
        .isFalse();
  }

  @Test
  void anInactiveUsersTokenIsRefused() {
    assertThat(User.acceptsToken(false, CHANGE, EARLIER, Instant.parse("2026-12-01T10:00:05Z")))
        .isFalse();
  }
}
