package app.pos.accounts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTokenTest {

  static final Instant CHANGE = Instant.parse("2026-12-01T10:00:00.700Z");

  @Test
  void aTokenIssuedInTheSecondOfAPasswordChangeIsAccepted() {
    // tokens carry whole seconds: a sign-in at 10:00:00.900 gets iat 10:00:00
    assertThat(User.acceptsToken(true, CHANGE, Instant.parse("2026-12-01T10:00:00Z"))).isTrue();
  }

  @Test
  void aTokenOfAnEarlierSecondIsRefused() {
    assertThat(User.acceptsToken(true, CHANGE, Instant.parse("2026-12-01T09:59:59Z"))).isFalse();
  }

  @Test
  void anInactiveUsersTokenIsRefused() {
    assertThat(User.acceptsToken(false, CHANGE, Instant.parse("2026-12-01T10:00:05Z"))).isFalse();
  }
}
