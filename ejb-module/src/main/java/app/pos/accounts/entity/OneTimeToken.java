package app.pos.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A one-time link's token as stored: its hash only, whom it is for, until when, and whether it was
 * used or revoked. It belongs to a person, not a business: it is looked up before anyone signs in.
 */
@Entity
@Table(name = "acc_one_time_token")
public class OneTimeToken {

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private TokenPurpose purpose;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected OneTimeToken() {}

  public OneTimeToken(
      UUID personId, TokenPurpose purpose, String tokenHash, Instant now, Duration lifetime) {
    this.id = UUID.randomUUID();
    this.personId = personId;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    this.expiresAt = createdAt.plus(lifetime);
  }

  /** Neither used, revoked nor expired at that instant. */
  public boolean usableAt(Instant now) {
    return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
  }

  public void use(Instant now) {
    if (!usableAt(now)) {
      throw new IllegalStateException("A token is used once, before it expires");
    }
    this.usedAt = now;
  }

  public void revoke(Instant now) {
    if (usedAt == null && revokedAt == null) {
      this.revokedAt = now;
    }
  }

  public UUID getId() {
    return id;
  }

  /** The {@link Person} the link was mailed to. */
  public UUID getPersonId() {
    return personId;
  }

  public TokenPurpose getPurpose() {
    return purpose;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
