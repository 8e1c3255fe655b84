package app.pos.accounts.boundary;

import app.pos.accounts.control.AccessTokens;
import app.pos.accounts.control.AccountMail;
import app.pos.accounts.control.Emails;
import app.pos.accounts.control.OneTimeTokens;
import app.pos.accounts.control.PasswordPolicy;
import app.pos.accounts.control.Passwords;
import app.pos.accounts.control.PlatformOwner;
import app.pos.accounts.entity.Business;
import app.pos.accounts.entity.Person;
import app.pos.accounts.entity.SignUp;
import app.pos.accounts.entity.User;
import app.pos.audit.boundary.AuditTrail;
import app.pos.platform.control.BusinessRegistered;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing a business up (at once with register, or by a mailed link with sign-up): the business,
 * its owner as ADMIN, and whatever other components add on {@link BusinessRegistered} (chart of
 * accounts, trial), all in one transaction.
 */
@Stateless
@CrossTenant("creates the tenant itself; e-mails are unique across businesses")
public class Registrations {

  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;
  @Inject PlatformOwner platformOwner;
  @Inject AccessTokens tokens;
  @Inject CurrentTenant tenant;
  @Inject AuditTrail audit;
  @Inject Event<BusinessRegistered> registered;
  @Inject Event<UserCreated> userCreated;
  @Inject EmailVerifications verifications;
  @Inject Event<AccountMail.Message> mail;
  @Inject AccountMail accountMail;

  @Inject
  @ConfigProperty(name = "default.currency", defaultValue = "USD")
  String defaultCurrency;

  /** Signs up at once: 201 with a token, or 409 for an address in use (see {@link #signUp}). */
  public SignedIn register(RegisterBusiness command) {
    PasswordPolicy.check("password", command.password, command.email);
    if (Emails.taken(em, command.email)) {
      throw new EmailAlreadyRegisteredException();
    }
    return create(
        command.businessName.trim(),
        command.email,
        passwords.hash(command.password),
        command.firstName.trim(),
        command.lastName.trim(),
        command.currency,
        false);
  }

  /**
   * The enumeration-safe sign-up: the same answer for a new and a known address, after the same
   * work (a lookup, a password hash, one row written, one mail after commit). A new address is
   * mailed a link that creates the business; a known one is mailed a notice to its owner.
   */
  public Accepted signUp(RegisterBusiness command) {
    PasswordPolicy.check("password", command.password, command.email);
    Person known = Emails.findPerson(em, command.email);
    String hash = passwords.hash(command.password); // on both paths: the answer takes as long
    if (known == null) {
      String token = OneTimeTokens.newSecret();
      SignUp signUp =
          new SignUp(
              command.email,
              command.businessName.trim(),
              command.firstName.trim(),
              command.lastName.trim(),
              command.currency,
              hash,
              OneTimeTokens.hash(token),
              Instant.now());
      em.persist(signUp);
      mail.fire(
          new AccountMail.Message(
              signUp.getEmail(),
              "sign-up",
              "Finish signing " + signUp.getBusinessName() + " up",
              Map.of(
                  "first_name", signUp.getFirstName(),
                  "business_name", signUp.getBusinessName(),
                  "valid_hours", SignUp.LIFETIME.toHours(),
                  "link", accountMail.link("complete-sign-up", token))));
    } else {
      User member = Emails.primaryMembership(em, known.getId()).orElse(null);
      audit.recordFor(
          member == null ? null : member.getBusinessId(),
          member == null ? null : member.getId(),
          "auth.sign_up_with_known_address",
          "User",
          member == null ? null : member.getId().toString(),
          Map.of("email", known.getEmail()));
      mail.fire(
          new AccountMail.Message(
              known.getEmail(),
              "sign-up-known-address",
              "Someone tried to sign up with your address",
              Map.of(
                  "email", known.getEmail(),
                  "sign_in_link", accountMail.page("login"),
                  "reset_link", accountMail.page("forgot-password"))));
    }
    return new Accepted(SIGN_UP_ACCEPTED);
  }

  static final String SIGN_UP_ACCEPTED =
      "Check your mailbox: a link to finish signing up (or a note if the address has an account)"
          + " is on its way";

  /**
   * Follows a sign-up link: the business and its owner (the address proven by the link), as a
   * registration. Unknown, expired and used tokens answer 400 on field token alike.
   */
  public SignedIn completeSignUp(CompleteSignUp command) {
    Instant now = Instant.now();
    SignUp signUp =
        em.createQuery("SELECT s FROM SignUp s WHERE s.tokenHash = :hash", SignUp.class)
            .setParameter("hash", OneTimeTokens.hash(command.token))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .filter(s -> s.completableAt(now))
            .orElseThrow(OneTimeTokens::invalidToken);
    if (Emails.taken(em, signUp.getEmail())) {
      throw new EmailAlreadyRegisteredException(); // signed up twice, the other link came first
    }
    SignedIn signedIn =
        create(
            signUp.getBusinessName(),
            signUp.getEmail(),
            signUp.getPasswordHash(),
            signUp.getFirstName(),
            signUp.getLastName(),
            signUp.getCurrency(),
            true);
    signUp.complete(signedIn.business().id(), now);
    return signedIn;
  }

  private SignedIn create(
      String businessName,
      String email,
      String passwordHash,
      String firstName,
      String lastName,
      String currency,
      boolean emailProven) {
    Business business = new Business(businessName, currency == null ? defaultCurrency : currency);
    em.persist(business);
    User owner = new User(email, passwordHash, firstName, lastName, Role.ADMIN);
    owner.assignTo(business.getId());
    if (platformOwner.is(owner.getEmail())) {
      owner.grantPlatformOwnership();
    }
    if (emailProven) {
      owner.verifyEmail();
    }
    em.persist(owner);
    try {
      em.flush();
    } catch (PersistenceException concurrentTwin) {
      throw new EmailAlreadyRegisteredException();
    }
    tenant.bind(business.getId(), owner.getId(), owner.getRole(), owner.isSuperuser());
    registered.fire(
        new BusinessRegistered(business.getId(), owner.getId(), business.getCurrency()));
    audit.record(
        "business.registered",
        "Business",
        business.getId().toString(),
        Map.of("business_name", business.getName(), "email", owner.getEmail()));
    userCreated.fire(
        new UserCreated(owner.getId(), owner.getEmail(), owner.getFirstName(), business.getName()));
    if (!emailProven) {
      verifications.mailLinkTo(owner, business);
    }
    owner.signedIn();
    AccessTokens.Issued token =
        tokens.issue(
            owner.getId(),
            owner.getEmail(),
            owner.getRole().name(),
            business.getId(),
            owner.isSuperuser(),
            Instant.now());
    return new SignedIn(
        token.token(),
        "Bearer",
        token.expiresInSeconds(),
        UserView.of(owner),
        BusinessView.of(business),
        List.of(
            new MembershipView(
                business.getId(), business.getName(), owner.getId(), owner.getRole(), true)));
  }
}
