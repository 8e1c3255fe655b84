package app.pos.accounts.boundary;

import app.pos.accounts.control.AccountMail;
import app.pos.accounts.control.Emails;
import app.pos.accounts.control.OneTimeTokens;
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
 * Proving an address: a one-time link valid 48 hours is mailed on registration (and again on
 * request); following it marks the address verified.
 */
@Stateless
@CrossTenant("a verification link is followed and resent before anyone signs in")
public class EmailVerifications {

  public static final Duration LIFETIME = Duration.ofHours(48);
  static final String ACCEPTED =
      "If the address belongs to an account not yet verified, a verification link is on its way";

  @PersistenceContext EntityManager em;
  @Resource SessionContext self;
  @Inject RequestOrigin origin;
  @Inject AuditTrail audit;
  @Inject Event<AccountMail.Message> mail;

  @Inject AccountMail accountMail;

  /** For a user just created in the caller's transaction: the link goes out after commit. */
  public void mailLinkTo(User user, Business business) {
    String token =
        OneTimeTokens.issue(
            em, user.getPerson().getId(), TokenPurpose.EMAIL_VERIFICATION, LIFETIME);
    mail.fire(
        new AccountMail.Message(
            user.getEmail(),
            "email-verification",
            "Verify your e-mail address for " + business.getName(),
            Map.of(
                "first_name", user.getFirstName(),
                "business_name", business.getName(),
                "email", user.getEmail(),
                "valid_hours", LIFETIME.toHours(),
                "link", accountMail.link("verify-email", token))));
  }

  /** Always the same answer; a new link (revoking the older) only for an unverified account. */
  public Accepted resend(ResendVerification command) {
    // looked up after the answer: a known address costs the caller no more than an unknown one
    self.getBusinessObject(EmailVerifications.class)
        .mailLinkIfUnverified(command.email, origin.ipAddress(), origin.userAgent());
    return new Accepted(ACCEPTED);
  }

  /** A new link only for an account whose address is still unproven. */
  @Asynchronous
  public void mailLinkIfUnverified(String email, String ipAddress, String userAgent) {
    origin.set(ipAddress, userAgent); // for the audit entry: this thread has a request of its own
    User user = Emails.primaryMembership(em, email).orElse(null);
    if (user != null && !user.isEmailVerified()) {
      mailLinkTo(user, em.find(Business.class, user.getBusinessId()));
      audit.recordFor(
          user.getBusinessId(),
          user.getId(),
          "auth.verification_resent",
          "User",
          user.getId().toString(),
          Map.of());
    }
  }

  public void verify(VerifyEmail command) {
    OneTimeToken token = OneTimeTokens.redeem(em, command.token, TokenPurpose.EMAIL_VERIFICATION);
    Person person = em.find(Person.class, token.getPersonId());
    OneTimeTokens.revokeAll(em, person.getId(), TokenPurpose.EMAIL_VERIFICATION, Instant.now());
    person.verifyEmail();
    User user = Emails.primaryMembership(em, person.getId()).orElse(null);
    audit.recordFor(
        user == null ? null : user.getBusinessId(),
        user == null ? null : user.getId(),
        "auth.email_verified",
        "User",
        user == null ? null : user.getId().toString(),
        Map.of("email", person.getEmail()));
  }
}
