package app.pos.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A sign-up waiting for its mailed link: what the business will be called and who owns it, the
 * password already hashed, and only the SHA-256 of the link's token. Following the link creates the
 * business; nothing exists for the address until then.
 */
@Entity
@Table(name = "acc_sign_up")
public class SignUp {

  public static final Duration LIFETIME = Duration.ofHours(48);

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String email;

  @Column(name = "business_name", nullable = false, updatable = false)
  private String businessName;

  @Column(name = "first_name", nullable = false, updatable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false, updatable = false)
  private String lastName;

  @Column(updatable = false)
  private String currency;

  @Column(name = "password_hash", nullable = false, updatable = false)
  private String passwordHash;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "business_id")
  private UUID businessId;

  protected SignUp() {}

  public SignUp(
      String email,
      String businessName,
      String firstName,
      String lastName,
      String currency,
      String passwordHash,
      String tokenHash,
      Instant now) {
    this.id = UUID.randomUUID();
    this.email = User.normalizeEmail(email);
    this.businessName = businessName;
    this.firstName = firstName;
    this.lastName = lastName;
    this.currency = currency;
    this.passwordHash = passwordHash;
    this.tokenHash = tokenHash;
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    this.expiresAt = createdAt.plus(LIFETIME);
  }

  public boolean completableAt(Instant now) {
    return completedAt == null && now.isBefore(expiresAt);
  }

  public void complete(UUID businessId, Instant now) {
    if (!completableAt(now)) {
      throw new IllegalStateException("A sign-up link is followed once, before it expires");
    }
    this.completedAt = now;
    this.businessId = businessId;
  }

  public String getEmail() {
    return email;
  }

  public String getBusinessName() {
    return businessName;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getCurrency() {
    return currency;
  }

  public String getPasswordHash() {
    return passwordHash;
  }
}
