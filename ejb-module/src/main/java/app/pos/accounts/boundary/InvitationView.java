package app.pos.accounts.boundary;

import app.pos.accounts.entity.Invitation;
import app.pos.accounts.entity.InvitationStatus;
import app.pos.platform.entity.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An invitation as an ADMIN sees it (never its token). */
public record InvitationView(
    UUID id,
    String email,
    Role role,
    List<UUID> storefrontIds,
    InvitationStatus status,
    UUID invitedBy,
    Instant sentAt,
    Instant expiresAt,
    Instant acceptedAt,
    UUID acceptedUserId,
    Instant revokedAt,
    Instant createdAt) {

  public static InvitationView of(Invitation i, Instant now) {
    return new InvitationView(
        i.getId(),
        i.getEmail(),
        i.getRole(),
        i.getStorefrontIds().stream().sorted().toList(),
        i.statusAt(now),
        i.getInvitedBy(),
        i.getSentAt(),
        i.getExpiresAt(),
        i.getAcceptedAt(),
        i.getAcceptedUserId(),
        i.getRevokedAt(),
        i.getCreatedAt());
  }
}
