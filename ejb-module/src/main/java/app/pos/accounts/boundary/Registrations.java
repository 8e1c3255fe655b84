package app.pos.accounts.boundary;

import app.pos.accounts.control.AccessTokens;
import app.pos.accounts.control.Emails;
import app.pos.accounts.control.PasswordPolicy;
import app.pos.accounts.control.Passwords;
import app.pos.accounts.control.PlatformOwner;
import app.pos.accounts.entity.Business;
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
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing a business up: the business, its owner as ADMIN, and whatever other components add on
 * {@link BusinessRegistered} (chart of accounts, trial), all in one transaction.
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

  @Inject
  @ConfigProperty(name = "default.currency", defaultValue = "USD")
  String defaultCurrency;

  public SignedIn register(RegisterBusiness command) {
    PasswordPolicy.check("password", command.password, command.email);
    if (Emails.taken(em, command.email)) {
      throw new EmailAlreadyRegisteredException();
    }
    Business business =
        new Business(
            command.businessName.trim(),
            command.currency == null ? defaultCurrency : command.currency);
    em.persist(business);
    User owner =
        new User(
            command.email,
            passwords.hash(command.password),
            command.firstName.trim(),
            command.lastName.trim(),
            Role.ADMIN);
    owner.assignTo(business.getId());
    if (platformOwner.is(owner.getEmail())) {
      owner.grantPlatformOwnership();
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
    verifications.mailLinkTo(owner, business);
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
        BusinessView.of(business));
  }
}
