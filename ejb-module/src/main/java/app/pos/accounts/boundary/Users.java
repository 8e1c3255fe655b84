package app.pos.accounts.boundary;

import app.pos.accounts.control.Emails;
import app.pos.accounts.control.PasswordPolicy;
import app.pos.accounts.control.Passwords;
import app.pos.accounts.control.PlatformOwner;
import app.pos.accounts.control.RecentCallers;
import app.pos.accounts.entity.Business;
import app.pos.accounts.entity.User;
import app.pos.inventory.boundary.Locations;
import app.pos.inventory.entity.LocationType;
import app.pos.platform.control.ActiveFilter;
import app.pos.platform.control.Audited;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.QuotaUse;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The staff of the caller's business. */
@Stateless
@CrossTenant("e-mails are unique across businesses; reads its own business row")
public class Users {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject Passwords passwords;
  @Inject PlatformOwner platformOwner;
  @Inject Event<UserCreated> userCreated;
  @Inject Event<QuotaUse> quota;
  @Inject Locations locations;
  @Inject PasswordResets passwordResets;
  @Inject Invitations invitations;
  @Inject RecentCallers recent;

  public Page<UserView> list(PageRequest page) {
    return list(ActiveFilter.ACTIVE, page);
  }

  /** Staff: active (the default list), deactivated, or both. */
  public Page<UserView> list(ActiveFilter active, PageRequest page) {
    return store
        .page(User.class, active.jpql(), Map.of(), "e.createdAt, e.id", page)
        .map(UserView::of);
  }

  public UserView find(UUID id) {
    return UserView.of(store.find(User.class, id));
  }

  /**
   * The caller, read on every page load of a client: one statement (the membership with its person
   * and storefronts joined) and no transaction of its own.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public UserView me() {
    UUID id = tenant.userId().orElseThrow();
    List<User> rows =
        store
            .unscopedReads()
            .createQuery(
                "SELECT e FROM User e JOIN FETCH e.person LEFT JOIN FETCH e.storefrontIds"
                    + " WHERE e.id = :id AND e.businessId = :tenant",
                User.class)
            .setParameter("id", id)
            .setParameter("tenant", store.businessId())
            .setHint("eclipselink.read-only", "true")
            .setHint("org.hibernate.readOnly", true)
            .getResultList();
    if (rows.isEmpty()) {
      throw new ResourceNotFoundException("User", id);
    }
    return UserView.of(rows.get(0));
  }

  /**
   * Refuses (403 email-not-verified) while the caller's own address is unproven: a paid
   * subscription bills that address.
   */
  public void requireVerifiedEmail() {
    if (!store.find(User.class, tenant.userId().orElseThrow()).isEmailVerified()) {
      throw new EmailNotVerifiedException();
    }
  }

  @Audited(value = "user.created", entity = "User")
  public UserView create(CreateUser command) {
    PasswordPolicy.check("password", command.password, command.email);
    if (Emails.taken(store.unscoped(), command.email)) {
      throw new EmailAlreadyRegisteredException();
    }
    String hash = passwords.hash(command.password); // slow on purpose: before the plan's lock
    quota.fire(QuotaUse.USER);
    User user =
        new User(
            command.email, hash, command.firstName.trim(), command.lastName.trim(), command.role);
    if (command.storefrontIds != null) {
      user.assignStorefronts(storefronts(command.storefrontIds));
    }
    if (platformOwner.is(user.getEmail())) {
      user.grantPlatformOwnership();
    }
    store.persist(user);
    try {
      store.unscoped().flush();
    } catch (PersistenceException concurrentTwin) {
      throw new EmailAlreadyRegisteredException();
    }
    Business business = store.unscoped().find(Business.class, store.businessId());
    userCreated.fire(
        new UserCreated(user.getId(), user.getEmail(), user.getFirstName(), business.getName()));
    return UserView.of(user);
  }

  @Audited(value = "user.updated", entity = "User")
  public UserView update(UUID id, UpdateUser command) {
    User user = store.find(User.class, id);
    boolean self = user.getId().equals(tenant.userId().orElse(null));
    if (self && command.role != null && command.role != user.getRole()) {
      throw new StateConflictException(
          "own-role-change", "Own role cannot change", "You cannot change your own role");
    }
    if (self && Boolean.FALSE.equals(command.isActive)) {
      throw new StateConflictException(
          "own-deactivation", "Cannot deactivate yourself", "You cannot deactivate yourself");
    }
    if (command.password != null) {
      if (self) {
        throw new InvalidInputException(
            "password", "your own password changes with change-password, which needs the old one");
      }
      PasswordPolicy.check("password", command.password, user.getEmail());
      if (Emails.membershipCount(store.unscoped(), user.getPerson().getId()) > 1) {
        // one password opens every business the person belongs to: not this ADMIN's to set
        throw new StateConflictException(
            "account-shared",
            "Account shared with another business",
            "This person also belongs to another business; send them a reset link instead");
      }
    }
    user.rename(trimmed(command.firstName), trimmed(command.lastName));
    if (command.password != null) {
      user.setTemporaryPassword(passwords.hash(command.password));
    }
    if (command.role != null && !user.isSuperuser()) {
      user.changeRole(command.role);
    }
    if (command.storefrontIds != null) {
      user.assignStorefronts(storefronts(command.storefrontIds));
      recent.forgetUser(user.getId()); // a change of the collection alone may not be an update
    }
    if (Boolean.FALSE.equals(command.isActive)) {
      user.deactivate();
      invitations.revokeSentBy(user.getId());
    } else if (Boolean.TRUE.equals(command.isActive) && !user.isActive()) {
      quota.fire(QuotaUse.USER); // an active user counts against the plan however they became one
      user.activate();
    }
    return UserView.of(user);
  }

  /** Mails the member of staff a one-time link to choose a new password (the same as "forgot"). */
  public Accepted sendPasswordReset(UUID id) {
    User user = store.find(User.class, id);
    if (!user.isActive()) {
      throw new StateConflictException(
          "user-inactive", "User is deactivated", "A deactivated user cannot reset a password");
    }
    passwordResets.mailLinkTo(user);
    return new Accepted("A link to choose a new password is on its way to " + user.getEmail());
  }

  /** Deactivates (never deletes: the audit trail and sales keep pointing at the user). */
  @Audited(value = "user.deactivated", entity = "User")
  public UserView deactivate(UUID id) {
    User user = store.find(User.class, id);
    if (user.getId().equals(tenant.userId().orElse(null))) {
      throw new StateConflictException(
          "own-deactivation", "Cannot deactivate yourself", "You cannot deactivate yourself");
    }
    user.deactivate();
    invitations.revokeSentBy(user.getId());
    return UserView.of(user);
  }

  /** The ids given as a user's storefronts, each checked to be a storefront of this business. */
  private Set<UUID> storefronts(List<UUID> ids) {
    for (int i = 0; i < ids.size(); i++) {
      locations.require(ids.get(i), LocationType.STOREFRONT, "storefront_ids[" + i + "]");
    }
    return new HashSet<>(ids);
  }

  /** The storefronts a user of this business is assigned to (a cashier sells only there). */
  public List<UUID> storefrontsOf(UUID userId) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        store
            .nativeQuery(
                "SELECT s.storefront_id FROM acc_user_storefront s JOIN acc_user u ON u.id = s.user_id"
                    + " WHERE u.business_id = ?1 AND u.id = ?2")
            .setParameter(2, userId)
            .getResultList();
    return ids;
  }

  private static String trimmed(String value) {
    return value == null ? null : value.trim();
  }
}
