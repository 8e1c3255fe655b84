package app.pos.accounts.boundary;

import app.pos.accounts.control.AccountMail;
import app.pos.accounts.control.Emails;
import app.pos.accounts.control.OneTimeTokens;
import app.pos.accounts.control.PasswordPolicy;
import app.pos.accounts.control.Passwords;
import app.pos.accounts.entity.Business;
import app.pos.accounts.entity.OneTimeToken;
import app.pos.accounts.entity.Person;
import app.pos.accounts.entity.TokenPurpose;
import app.pos.accounts.entity.User;
import app.pos.audit.boundary.AuditTrail;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.RequestOrigin;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A forgotten password: a one-time link valid two hours is mailed to the account's address, and the
 * token from it sets a new password (the password rules apply) once.
 */
@Stateless
@CrossTenant("a reset is asked for and confirmed before anyone signs in")
public class PasswordResets {

  public static final Duration LIFETIME = Duration.ofHours(2);
  static final String ACCEPTED =
      "If the address belongs to an account, a link to reset its password is on its way";

  @PersistenceContext EntityManager em;
  @Resource SessionContext self;
  @Inject RequestOrigin origin;
  @Inject Passwords passwords;
  @Inject AuditTrail audit;
  @Inject Event<AccountMail.Message> mail;

  @Inject AccountMail accountMail;

  /**
   * Always the same answer, in the same time: the address is looked up after the answer, so a known
   * address costs the caller no more than an unknown one.
   */
  public Accepted request(RequestPasswordReset command) {
    self.getBusinessObject(PasswordResets.class)
        .mailLinkIfKnown(command.email, origin.ipAddress(), origin.userAgent());
    return new Accepted(ACCEPTED);
  }

  /** A link is mailed only to an active account's address. */
  @Asynchronous
  public void mailLinkIfKnown(String email, String ipAddress, String userAgent) {
    origin.set(ipAddress, userAgent); // for the audit entry: this thread has a request of its own
    User user = Emails.primaryMembership(em, email).orElse(null);
    if (user != null) {
      mailLink(user);
      audit.recordFor(
          user.getBusinessId(),
          user.getId(),
          "auth.password_reset_requested",
          "User",
          user.getId().toString(),
          Map.of());
    }
  }

  /** An ADMIN's "send a reset link" for a member of staff (checked to be theirs by the caller). */
  public void mailLinkTo(User user) {
    mailLink(user);
    audit.record("user.password_reset_sent", "User", user.getId().toString(), Map.of());
  }

  public void confirm(ConfirmPasswordReset command) {
    OneTimeToken token = OneTimeTokens.redeem(em, command.token, TokenPurpose.PASSWORD_RESET);
    Person person = em.find(Person.class, token.getPersonId());
    PasswordPolicy.check("new_password", command.newPassword, person.getEmail());
    // a link is for one reset: every other one still open stops working too
    OneTimeTokens.revokeAll(em, person.getId(), TokenPurpose.PASSWORD_RESET, Instant.now());
    person.changePassword(passwords.hash(command.newPassword));
    User user = Emails.primaryMembership(em, person.getId()).orElse(null);
    audit.recordFor(
        user == null ? null : user.getBusinessId(),
        user == null ? null : user.getId(),
        "auth.password_reset",
        "User",
        user == null ? null : user.getId().toString(),
        Map.of());
  }

  private void mailLink(User user) {
    String token =
        OneTimeTokens.issue(em, user.getPerson().getId(), TokenPurpose.PASSWORD_RESET, LIFETIME);
    Business business = em.find(Business.class, user.getBusinessId());
    mail.fire(
        new AccountMail.Message(
            user.getEmail(),
            "password-reset",
            "Reset your " + business.getName() + " password",
            Map.of(
                "first_name", user.getFirstName(),
                "business_name", business.getName(),
                "email", user.getEmail(),
                "valid_hours", LIFETIME.toHours(),
                "link", accountMail.link("reset-password", token))));
  }
}
