package app.pos.accounts.boundary;

import app.pos.accounts.control.AccessTokens;
import app.pos.accounts.control.Emails;
import app.pos.accounts.control.InvalidCredentialsException;
import app.pos.accounts.control.Memberships;
import app.pos.accounts.control.PasswordPolicy;
import app.pos.accounts.control.Passwords;
import app.pos.accounts.control.PlatformOwner;
import app.pos.accounts.control.RecentCallers;
import app.pos.accounts.entity.Business;
import app.pos.accounts.entity.Person;
import app.pos.accounts.entity.User;
import app.pos.audit.boundary.AuditTrail;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.RequestOrigin;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signing in and out, switching to another business the person belongs to, and changing one's
 * password.
 */
@Stateless
@CrossTenant("sign-in looks the e-mail up before any tenant is bound")
public class SignIns {

  @PersistenceContext EntityManager em;
  @Inject TenantStore store;
  @Inject Passwords passwords;
  @Inject PlatformOwner platformOwner;
  @Inject RecentCallers recent;
  @Inject AccessTokens tokens;
  @Inject CurrentTenant tenant;
  @Inject AuditTrail audit;
  @Inject Throttle throttle;
  @Inject RequestOrigin origin;

  public SignedIn signIn(SignIn command) {
    String email = User.normalizeEmail(command.email);
    throttle.signInAttempt(origin.ipAddress(), email);
    Person person = Emails.findPerson(em, command.email);
    if (person == null) {
      passwords.matchNothing(command.password);
      throttle.signInFailed(origin.ipAddress(), email);
      audit.recordIndependently(
          null, null, "auth.login_failed", "User", null, Map.of("email", command.email));
      throw new InvalidCredentialsException();
    }
    boolean matches = passwords.matches(command.password, person.getPasswordHash());
    User user = Emails.primaryMembership(em, person.getId()).orElse(null);
    if (!matches || user == null) {
      throttle.signInFailed(origin.ipAddress(), email);
      User any = user != null ? user : Emails.someMembership(em, person.getId()).orElse(null);
      audit.recordIndependently(
          any == null ? null : any.getBusinessId(),
          any == null ? null : any.getId(),
          "auth.login_failed",
          "User",
          any == null ? null : any.getId().toString(),
          Map.of("email", person.getEmail(), "reason", matches ? "inactive" : "password"));
      throw new InvalidCredentialsException();
    }
    throttle.signInSucceeded(origin.ipAddress(), email);
    return tokenFor(user, "auth.login");
  }

  /**
   * A token for the caller's membership in another business (404, as for any business they are not
   * an active member of); the token of this request keeps working.
   */
  public SignedIn switchBusiness(SwitchBusiness command) {
    User current = em.find(User.class, tenant.userId().orElseThrow());
    User target =
        Emails.membership(em, current.getPerson().getId(), command.businessId)
            .filter(User::isActive)
            .orElseThrow(() -> new ResourceNotFoundException("Business", command.businessId));
    return tokenFor(target, "auth.business_switched");
  }

  /** The caller's memberships: every business they may switch to, the current one marked. */
  public List<MembershipView> memberships() {
    User current = em.find(User.class, tenant.userId().orElseThrow());
    return Memberships.of(em, current.getPerson().getId(), current.getId());
  }

  /** Signs the membership in: a token for its business, audited there. */
  public SignedIn tokenFor(User user, String action) {
    if (platformOwner.is(user.getEmail()) && !user.isSuperuser() && Emails.isHome(em, user)) {
      user.grantPlatformOwnership();
    }
    user.signedIn();
    audit.recordFor(
        user.getBusinessId(), user.getId(), action, "User", user.getId().toString(), Map.of());
    AccessTokens.Issued token =
        tokens.issue(
            user.getId(),
            user.getEmail(),
            user.getRole().name(),
            user.getBusinessId(),
            user.isSuperuser(),
            Instant.now());
    Business business = em.find(Business.class, user.getBusinessId());
    return new SignedIn(
        token.token(),
        "Bearer",
        token.expiresInSeconds(),
        UserView.of(user),
        BusinessView.of(business),
        Memberships.of(em, user.getPerson().getId(), user.getId()));
  }

  /** Refuses this token from now on (across restarts and instances: it is in the database). */
  public void signOut(UUID jti, Instant expiresAt) {
    UUID user = tenant.userId().orElseThrow();
    em.createNativeQuery(
            "INSERT INTO acc_revoked_token (jti, user_id, expires_at) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (jti) DO NOTHING")
        .setParameter(1, jti.toString())
        .setParameter(2, user)
        .setParameter(3, java.sql.Timestamp.from(expiresAt))
        .executeUpdate();
    recent.forgetToken(jti); // refused at once here; elsewhere within RecentCallers.LIFETIME
    audit.record("auth.logout", "User", user.toString(), Map.of());
  }

  /** Sets a new password; every token issued before, this one included, is refused afterwards. */
  public UserView changePassword(ChangePassword command) {
    User user = store.find(User.class, tenant.userId().orElseThrow());
    if (!passwords.matches(command.oldPassword, user.getPasswordHash())) {
      throw new InvalidInputException("old_password", "is not the current password");
    }
    PasswordPolicy.check("new_password", command.newPassword, user.getEmail());
    if (command.newPassword.equals(command.oldPassword)) {
      throw new InvalidInputException("new_password", "must differ from the current password");
    }
    user.changePassword(passwords.hash(command.newPassword));
    audit.record("auth.password_changed", "User", user.getId().toString(), Map.of());
    return UserView.of(user);
  }

  /** Forgets revocations of tokens that have expired anyway. */
  @jakarta.ejb.Schedule(hour = "*", minute = "41", persistent = false)
  void purgeExpiredRevocations() {
    em.createNativeQuery("DELETE FROM acc_revoked_token WHERE expires_at < now()").executeUpdate();
  }
}
