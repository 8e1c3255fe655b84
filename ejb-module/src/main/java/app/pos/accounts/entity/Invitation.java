package app.pos.accounts.entity;

import app.pos.platform.entity.Role;
import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * An ADMIN's invitation of an address to join the business with a role: a link (only its token's
 * SHA-256 is kept) valid seven days; accepting it creates the membership.
 */
@Entity
@Table(name = "acc_invitation")
public class Invitation extends TenantOwned {

  public static final Duration LIFETIME = Duration.ofDays(7);

  @Column(nullable = false, updatable = false)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Role role;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "acc_invitation_storefront",
      joinColumns = @JoinColumn(name = "invitation_id"))
  @Column(name = "storefront_id")
  private Set<UUID> storefrontIds = new HashSet<>();

  /** Stored as PENDING until accepted, revoked, or found expired; see {@link #statusAt}. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InvitationStatus status;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "invited_by", nullable = false, updatable = false)
  private UUID invitedBy;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "accepted_user_id")
  private UUID acceptedUserId;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected Invitation() {}

  public Invitation(
      String email,
      Role role,
      Set<UUID> storefrontIds,
      UUID invitedBy,
      String tokenHash,
      Instant now) {
    this.email = User.normalizeEmail(email);
    this.role = role;
    this.storefrontIds.addAll(storefrontIds);
    this.invitedBy = invitedBy;
    this.status = InvitationStatus.PENDING;
    link(tokenHash, now);
  }

  /** The state at that instant: a PENDING one past its expiry is EXPIRED. */
  public InvitationStatus statusAt(Instant now) {
    return status == InvitationStatus.PENDING && !now.isBefore(expiresAt)
        ? InvitationStatus.EXPIRED
        : status;
  }

  /** A new link (the older one stops working), valid seven days from now. */
  public void send(String tokenHash, Instant now) {
    InvitationStatus current = statusAt(now);
    if (current != InvitationStatus.PENDING && current != InvitationStatus.EXPIRED) {
      throw new IllegalStateException("Only an open or expired invitation is sent again");
    }
    link(tokenHash, now);
    this.status = InvitationStatus.PENDING;
  }

  private void link(String tokenHash, Instant now) {
    this.tokenHash = tokenHash;
    this.sentAt = now.truncatedTo(ChronoUnit.MICROS);
    this.expiresAt = sentAt.plus(LIFETIME);
  }

  public void accept(UUID userId, Instant now) {
    if (statusAt(now) != InvitationStatus.PENDING) {
      throw new IllegalStateException("Only an open invitation is accepted");
    }
    this.status = InvitationStatus.ACCEPTED;
    this.acceptedAt = now;
    this.acceptedUserId = userId;
  }

  public void revoke(Instant now) {
    if (statusAt(now) != InvitationStatus.PENDING && statusAt(now) != InvitationStatus.EXPIRED) {
      throw new IllegalStateException("Only an open or expired invitation is revoked");
    }
    this.status = InvitationStatus.REVOKED;
    this.revokedAt = now;
  }

  /** Writes down that it expired (so a new invitation of the address may be made). */
  public void expireIfDue(Instant now) {
    if (statusAt(now) == InvitationStatus.EXPIRED) {
      this.status = InvitationStatus.EXPIRED;
    }
  }

  public String getEmail() {
    return email;
  }

  public Role getRole() {
    return role;
  }

  public Set<UUID> getStorefrontIds() {
    return Set.copyOf(storefrontIds);
  }

  public UUID getInvitedBy() {
    return invitedBy;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public UUID getAcceptedUserId() {
    return acceptedUserId;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
