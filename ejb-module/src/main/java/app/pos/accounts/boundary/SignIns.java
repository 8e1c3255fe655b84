package app.pos.accounts.boundary;

import app.pos.accounts.control.AccessTokens;
import app.pos.accounts.control.Emails;
import app.pos.accounts.control.InvalidCredentialsException;
import app.pos.accounts.control.PasswordPolicy;
import app.pos.accounts.control.Passwords;
import app.pos.accounts.control.PlatformOwner;
import app.pos.accounts.entity.Business;
import app.pos.accounts.entity.User;
import app.pos.audit.boundary.AuditTrail;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.RequestOrigin;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Signing in and out, and changing one's password. */
@Stateless
@CrossTenant("sign-in looks the e-mail up before any tenant is bound")
public class SignIns {

  @PersistenceContext EntityManager em;
  @Inject TenantStore store;
  @Inject Passwords passwords;
  @Inject PlatformOwner platformOwner;
  @Inject AccessTokens tokens;
  @Inject CurrentTenant tenant;
  @Inject AuditTrail audit;
  @Inject Throttle throttle;
  @Inject RequestOrigin origin;

  public SignedIn signIn(SignIn command) {
    String email = User.normalizeEmail(command.email);
    throttle.signInAttempt(origin.ipAddress(), email);
    User user = Emails.findUser(em, command.email);
    if (user == null) {
      passwords.matchNothing(command.password);
      throttle.signInFailed(origin.ipAddress(), email);
      audit.recordIndependently(
          null, null, "auth.login_failed", "User", null, Map.of("email", command.email));
      throw new InvalidCredentialsException();
    }
    if (!passwords.matches(command.password, user.getPasswordHash()) || !user.isActive()) {
      throttle.signInFailed(origin.ipAddress(), email);
      audit.recordIndependently(
          user.getBusinessId(),
          user.getId(),
          "auth.login_failed",
          "User",
          user.getId().toString(),
          Map.of("email", user.getEmail(), "reason", user.isActive() ? "password" : "inactive"));
      throw new InvalidCredentialsException();
    }
    if (platformOwner.is(user.getEmail()) && !user.isSuperuser()) {
      user.grantPlatformOwnership();
    }
    user.signedIn();
    throttle.signInSucceeded(origin.ipAddress(), email);
    audit.recordFor(
        user.getBusinessId(),
        user.getId(),
        "auth.login",
        "User",
        user.getId().toString(),
        Map.of());
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
        BusinessView.of(business));
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
