package app.pos.accounts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pos.platform.entity.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvitationTest {

  static final Instant SENT = Instant.parse("2026-12-01T10:00:00Z");

  static Invitation invitation() {
    return new Invitation(
        "Kofi@Example.com", Role.CASHIER, Set.of(), UUID.randomUUID(), "h1", SENT);
  }

  @Test
  void anInvitationIsOpenForSevenDays() {
    assertThat(invitation().statusAt(SENT.plus(Duration.ofDays(7)).minusSeconds(1)))
        .isEqualTo(InvitationStatus.PENDING);
  }

  @Test
  void anInvitationPastSevenDaysIsExpired() {
    assertThat(invitation().statusAt(SENT.plus(Duration.ofDays(7))))
        .isEqualTo(InvitationStatus.EXPIRED);
  }

  @Test
  void anInvitationKeepsItsAddressInLowerCase() {
    assertThat(invitation().getEmail()).isEqualTo("kofi@example.com");
  }

  @Test
  void resendingAnExpiredInvitationOpensItForSevenMoreDays() {
    Invitation i = invitation();
    Instant later = SENT.plus(Duration.ofDays(10));
    i.send("h2", later);
    assertThat(i.statusAt(later.plus(Duration.ofDays(6)))).isEqualTo(InvitationStatus.PENDING);
  }

  @Test
  void anExpiredInvitationIsNotAccepted() {
    Invitation i = invitation();
    assertThatThrownBy(() -> i.accept(UUID.randomUUID(), SENT.plus(Duration.ofDays(8))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRevokedInvitationIsNotSentAgain() {
    Invitation i = invitation();
    i.revoke(SENT.plusSeconds(60));
    assertThat(i.statusAt(SENT.plusSeconds(61))).isEqualTo(InvitationStatus.REVOKED);
    assertThatThrownBy(() -> i.send("h2", SENT.plusSeconds(120)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anAcceptedInvitationIsNotRevoked() {
    Invitation i = invitation();
    i.accept(UUID.randomUUID(), SENT.plusSeconds(60));
    assertThatThrownBy(() -> i.revoke(SENT.plusSeconds(120)))
        .isInstanceOf(IllegalStateException.class);
  }
}
