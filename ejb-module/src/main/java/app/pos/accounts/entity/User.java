package app.pos.accounts.entity;

import app.pos.accounts.control.CallerChanges;
import app.pos.platform.entity.Role;
import app.pos.platform.entity.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A person's membership in one business: their role, storefronts and active flag there. Its id is
 * the user id every other table refers to (cashier, author, audit); the e-mail and password are the
 * {@link Person}'s, shared by all their memberships.
 */
// a change drops the tokens authenticated for it from the recent callers
@EntityListeners(CallerChanges.class)
@Entity
@Table(name = "acc_user")
public class User extends TenantOwned {

  @ManyToOne(fetch = FetchType.EAGER, optional = false, cascade = CascadeType.PERSIST)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  /** The person's address, copied for readers of this table (a trigger keeps it so). */
  @Column(nullable = false, updatable = false)
  private String email;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @Column(name = "is_active", nullable = false)
  private boolean active;

  @Column(name = "is_superuser", nullable = false)
  private boolean superuser;

  @Column(name = "tokens_valid_after", nullable = false)
  private Instant tokensValidAfter;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "acc_user_storefront", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "storefront_id")
  private Set<UUID> storefrontIds = new HashSet<>();

  protected User() {}

  /** A new person with their first membership. */
  public User(String email, String passwordHash, String firstName, String lastName, Role role) {
    this(new Person(email, passwordHash), firstName, lastName, role);
  }

  /** Another membership of a person (an accepted invitation). */
  public User(Person person, String firstName, String lastName, Role role) {
    this.person = person;
    this.email = person.getEmail();
    this.firstName = firstName;
    this.lastName = lastName;
    this.role = role;
    this.active = true;
    // a second's slack: a token's iat is whole seconds
    this.tokensValidAfter = Instant.now().minusSeconds(1);
  }

  public static String normalizeEmail(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a token issued at that instant still speaks for a membership so described: active, and
   * neither it signed out everywhere nor its person given a new password since. Compared to the
   * millisecond a token carries: a sign-in just after a password change, even in the same second,
   * gets a token that works; tokens issued before the change do not.
   */
  public static boolean acceptsToken(
      boolean active,
      Instant tokensValidAfter,
      Instant personTokensValidAfter,
      Instant tokenIssuedAt) {
    return active
        && !tokenIssuedAt.isBefore(
            tokensValidAfter.truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
        && !tokenIssuedAt.isBefore(
            personTokensValidAfter.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
  }

  /** The person's own new password (also by a reset link): any temporary one is over. */
  public void changePassword(String newHash) {
    person.changePassword(newHash);
  }

  /** An ADMIN's password for the person, who must choose their own before doing anything else. */
  public void setTemporaryPassword(String newHash) {
    person.setTemporaryPassword(newHash);
  }

  public void revokeAllTokens() {
    this.tokensValidAfter = Instant.now();
  }

  public void deactivate() {
    this.active = false;
    revokeAllTokens();
  }

  public void activate() {
    this.active = true;
  }

  public void rename(String firstName, String lastName) {
    if (firstName != null) {
      this.firstName = firstName;
    }
    if (lastName != null) {
      this.lastName = lastName;
    }
  }

  public void changeRole(Role role) {
    this.role = role;
  }

  public void assignStorefronts(Set<UUID> storefronts) {
    this.storefrontIds.clear();
    this.storefrontIds.addAll(storefronts);
  }

  /** The platform owner: granted once its e-mail matches PLATFORM_OWNER_EMAIL. */
  public void grantPlatformOwnership() {
    this.superuser = true;
    this.role = Role.ADMIN;
    this.active = true;
  }

  public void signedIn() {
    this.lastLoginAt = Instant.now();
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return person.getPasswordHash();
  }

  public Person getPerson() {
    return person;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public Role getRole() {
    return role;
  }

  public boolean isActive() {
    return active;
  }

  public boolean isSuperuser() {
    return superuser;
  }

  public Instant getTokensValidAfter() {
    return tokensValidAfter;
  }

  /** The person followed a verification link mailed to this address. */
  public void verifyEmail() {
    person.verifyEmail();
  }

  public boolean isEmailVerified() {
    return person.isEmailVerified();
  }

  public boolean mustChangePassword() {
    return person.mustChangePassword();
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Set<UUID> getStorefrontIds() {
    return Set.copyOf(storefrontIds);
  }
}
