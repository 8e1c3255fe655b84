package app.pos.accounts.entity;

import app.pos.accounts.control.CallerChanges;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Someone who signs in: one e-mail address (unique on the platform) and one password, whatever
 * businesses they belong to. Each membership is a {@link User} of one business; a token speaks for
 * one membership.
 */
// a change drops the tokens authenticated for it from the recent callers
@EntityListeners(CallerChanges.class)
@Entity
@Table(name = "acc_person")
public class Person {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  /** Tokens of every membership issued before this instant are refused (a new password). */
  @Column(name = "tokens_valid_after", nullable = false)
  private Instant tokensValidAfter;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "email_verified_at")
  private Instant emailVerifiedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Person() {}

  public Person(String email, String passwordHash) {
    this.id = UUID.randomUUID();
    this.email = User.normalizeEmail(email);
    this.passwordHash = passwordHash;
    // a second's slack: a token's iat is whole seconds
    this.tokensValidAfter = Instant.now().minusSeconds(1);
  }

  @PrePersist
  void stampCreation() {
    createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    updatedAt = createdAt;
  }

  @PreUpdate
  void stampUpdate() {
    updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** The person's own new password (also by a reset link): any temporary one is over. */
  public void changePassword(String newHash) {
    this.passwordHash = newHash;
    this.mustChangePassword = false;
    this.tokensValidAfter = Instant.now();
  }

  /** An ADMIN's password for the person, who must choose their own before doing anything else. */
  public void setTemporaryPassword(String newHash) {
    changePassword(newHash);
    this.mustChangePassword = true;
  }

  /** The person followed a link mailed to this address. */
  public void verifyEmail() {
    if (emailVerifiedAt == null) {
      emailVerifiedAt = Instant.now();
    }
  }

  public UUID getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Instant getTokensValidAfter() {
    return tokensValidAfter;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public boolean isEmailVerified() {
    return emailVerifiedAt != null;
  }
}
