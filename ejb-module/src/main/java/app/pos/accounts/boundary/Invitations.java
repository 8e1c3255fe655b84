package app.pos.accounts.boundary;

import app.pos.accounts.control.AccountMail;
import app.pos.accounts.control.Emails;
import app.pos.accounts.control.InvalidCredentialsException;
import app.pos.accounts.control.OneTimeTokens;
import app.pos.accounts.control.PasswordPolicy;
import app.pos.accounts.control.Passwords;
import app.pos.accounts.entity.Business;
import app.pos.accounts.entity.Invitation;
import app.pos.accounts.entity.InvitationStatus;
import app.pos.accounts.entity.Person;
import app.pos.accounts.entity.User;
import app.pos.audit.boundary.AuditTrail;
import app.pos.inventory.boundary.Locations;
import app.pos.inventory.entity.LocationType;
import app.pos.platform.control.Audited;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.QuotaUse;
import app.pos.platform.control.RequestOrigin;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Invitations: an ADMIN invites an address with a role; the mailed link (valid seven days, once)
 * makes the person a member, creating their account with a password when the address is new. Open
 * invitations count against the plan's user limit.
 */
@Stateless
@CrossTenant("an invitation's link is followed before anyone signs in; the address may be anyone's")
public class Invitations {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject Passwords passwords;
  @Inject Locations locations;
  @Inject Event<QuotaUse> quota;
  @Inject Event<AccountMail.Message> mail;
  @Inject AccountMail accountMail;
  @Inject AuditTrail audit;
  @Inject SignIns signIns;
  @Inject Throttle throttle;
  @Inject RequestOrigin origin;

  @Audited(value = "invitation.created", entity = "Invitation")
  public InvitationView invite(Invite command) {
    String email = User.normalizeEmail(command.email);
    EntityManager em = store.unscoped();
    Person person = Emails.findPerson(em, email);
    if (person != null
        && Emails.membership(em, person.getId(), store.businessId())
            .filter(User::isActive)
            .isPresent()) {
      throw new StateConflictException(
          "already-a-member", "Already a member", email + " is already on this business's staff");
    }
    Set<UUID> storefronts = storefronts(command.storefrontIds);
    Instant now = Instant.now();
    for (Invitation open :
        store.list(
            Invitation.class,
            "e.email = :email AND e.status = :pending",
            Map.of("email", email, "pending", InvitationStatus.PENDING),
            "e.id")) {
      if (open.statusAt(now) == InvitationStatus.PENDING) {
        throw invitationOpen(email);
      }
      open.expireIfDue(now);
    }
    quota.fire(QuotaUse.USER); // an open invitation holds a seat
    String token = OneTimeTokens.newSecret();
    Invitation invitation =
        store.persist(
            new Invitation(
                email,
                command.role,
                storefronts,
                tenant.userId().orElseThrow(),
                OneTimeTokens.hash(token),
                now));
    try {
      store.flush();
    } catch (PersistenceException concurrentTwin) {
      throw invitationOpen(email);
    }
    mailLink(invitation, token);
    return InvitationView.of(invitation, now);
  }

  /** The business's invitations, newest first, optionally in one state. */
  public Page<InvitationView> list(InvitationStatus status, PageRequest page) {
    Instant now = Instant.now();
    String where = "";
    Map<String, Object> params = new HashMap<>();
    if (status == InvitationStatus.PENDING) {
      where = "e.status = :pending AND e.expiresAt > :now";
    } else if (status == InvitationStatus.EXPIRED) {
      where = "e.status = :expired OR (e.status = :pending AND e.expiresAt <= :now)";
      params.put("expired", InvitationStatus.EXPIRED);
    } else if (status != null) {
      where = "e.status = :status";
      params.put("status", status);
    }
    if (where.contains(":pending")) {
      params.put("pending", InvitationStatus.PENDING);
      params.put("now", now);
    }
    return store
        .page(Invitation.class, where, params, "e.createdAt DESC, e.id", page)
        .map(i -> InvitationView.of(i, now));
  }

  public InvitationView find(UUID id) {
    return InvitationView.of(store.find(Invitation.class, id), Instant.now());
  }

  /** A new link valid seven days more; the older link stops working. Open or expired only. */
  @Audited(value = "invitation.resent", entity = "Invitation")
  public InvitationView resend(UUID id) {
    Invitation invitation = store.lock(Invitation.class, id);
    Instant now = Instant.now();
    InvitationStatus status = invitation.statusAt(now);
    if (status != InvitationStatus.PENDING && status != InvitationStatus.EXPIRED) {
      throw new StateConflictException(
          "invitation-closed",
          "Invitation closed",
          "An invitation " + status + " cannot be sent again; invite the address anew");
    }
    if (status == InvitationStatus.EXPIRED) {
      quota.fire(QuotaUse.USER); // it holds a seat again
    }
    String token = OneTimeTokens.newSecret();
    invitation.send(OneTimeTokens.hash(token), now);
    try {
      store.flush();
    } catch (PersistenceException newerTwin) {
      throw invitationOpen(invitation.getEmail());
    }
    mailLink(invitation, token);
    return InvitationView.of(invitation, now);
  }

  @Audited(value = "invitation.revoked", entity = "Invitation")
  public InvitationView revoke(UUID id) {
    Invitation invitation = store.lock(Invitation.class, id);
    Instant now = Instant.now();
    InvitationStatus status = invitation.statusAt(now);
    if (status != InvitationStatus.PENDING && status != InvitationStatus.EXPIRED) {
      throw new StateConflictException(
          "invitation-closed", "Invitation closed", "An invitation " + status + " is not revoked");
    }
    invitation.revoke(now);
    return InvitationView.of(invitation, now);
  }

  /**
   * A deactivated member's open invitations are revoked with them: an invitation speaks for the one
   * who sent it, so it does not outlive their place on the staff.
   */
  public void revokeSentBy(UUID inviterId) {
    Instant now = Instant.now();
    for (Invitation open :
        store.list(
            Invitation.class,
            "e.invitedBy = :by AND e.status = :pending",
            Map.of("by", inviterId, "pending", InvitationStatus.PENDING),
            "e.id")) {
      open.revoke(now);
    }
  }

  /**
   * Follows the link: the person (created with the password when the address is new) becomes a
   * member with the invited role, and is signed in to that business. An unknown, expired, used or
   * revoked token answers 400 on field token, all alike.
   */
  public SignedIn accept(AcceptInvitation command) {
    EntityManager em = store.unscoped();
    Instant now = Instant.now();
    Invitation invitation =
        em.createQuery("SELECT i FROM Invitation i WHERE i.tokenHash = :hash", Invitation.class)
            .setParameter("hash", OneTimeTokens.hash(command.token))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .filter(i -> i.statusAt(now) == InvitationStatus.PENDING)
            .orElseThrow(OneTimeTokens::invalidToken);
    Person person = Emails.findPerson(em, invitation.getEmail());
    User member;
    if (person == null) {
      member = newPerson(invitation, command);
    } else {
      proveIdentity(em, person, command);
      if (!person.isEmailVerified()) {
        claim(person, command);
      }
      member = joining(em, person, invitation, command);
    }
    // following a link mailed to the address proves it
    member.verifyEmail();
    invitation.accept(member.getId(), now);
    audit.recordFor(
        invitation.getBusinessId(),
        member.getId(),
        "invitation.accepted",
        "Invitation",
        invitation.getId().toString(),
        Map.of("email", invitation.getEmail(), "role", invitation.getRole().name()));
    return signIns.tokenFor(member, "auth.login");
  }

  /**
   * A link alone does not sign anyone in to an account that exists: the caller sends the person's
   * password (counted by the sign-in throttle and backoff like a sign-in) or a token of that same
   * person. A wrong password answers 401, none at all 400, and nothing changes.
   */
  private void proveIdentity(EntityManager em, Person person, AcceptInvitation command) {
    UUID caller = tenant.userId().orElse(null);
    if (caller != null) {
      User signedIn = em.find(User.class, caller);
      if (signedIn != null && signedIn.getPerson().getId().equals(person.getId())) {
        return;
      }
    }
    if (command.password == null) {
      throw new InvalidInputException(
          "password",
          "this address has an account already: send its password, or accept while signed in"
              + " to it");
    }
    String email = person.getEmail();
    throttle.signInAttempt(origin.ipAddress(), email);
    if (!passwords.matches(command.password, person.getPasswordHash())) {
      throttle.signInFailed(origin.ipAddress(), email);
      audit.recordIndependently(
          null,
          null,
          "auth.login_failed",
          "User",
          null,
          Map.of("email", email, "reason", "password", "via", "invitation"));
      throw new InvalidCredentialsException();
    }
    throttle.signInSucceeded(origin.ipAddress(), email);
  }

  /**
   * An account nobody has proven the address of was made by whoever chose its password: following
   * the link mailed to the address claims it. The accept sets a new password and every token issued
   * before is refused, so the password's chooser keeps no way in.
   */
  private void claim(Person person, AcceptInvitation command) {
    if (command.newPassword == null) {
      throw new InvalidInputException(
          "new_password",
          "is required: this address was never confirmed, so accepting sets its password anew");
    }
    PasswordPolicy.check("new_password", command.newPassword, person.getEmail());
    if (passwords.matches(command.newPassword, person.getPasswordHash())) {
      throw new InvalidInputException("new_password", "must differ from the current password");
    }
    person.changePassword(passwords.hash(command.newPassword));
  }

  private User newPerson(Invitation invitation, AcceptInvitation command) {
    if (command.password == null) {
      throw new InvalidInputException("password", "is required to create your account");
    }
    if (blank(command.firstName)) {
      throw new InvalidInputException("first_name", "is required to create your account");
    }
    if (blank(command.lastName)) {
      throw new InvalidInputException("last_name", "is required to create your account");
    }
    PasswordPolicy.check("password", command.password, invitation.getEmail());
    User member =
        new User(
            invitation.getEmail(),
            passwords.hash(command.password),
            command.firstName.trim(),
            command.lastName.trim(),
            invitation.getRole());
    return place(store.unscoped(), member, invitation);
  }

  /** A person with an account elsewhere (or a former member here) joins with the invited role. */
  private User joining(
      EntityManager em, Person person, Invitation invitation, AcceptInvitation command) {
    User existing = Emails.membership(em, person.getId(), invitation.getBusinessId()).orElse(null);
    if (existing != null) {
      if (existing.isActive()) {
        throw OneTimeTokens.invalidToken();
      }
      existing.changeRole(invitation.getRole());
      existing.assignStorefronts(invitation.getStorefrontIds());
      existing.activate();
      return existing;
    }
    User known = Emails.someMembership(em, person.getId()).orElseThrow();
    User member =
        new User(
            person,
            blank(command.firstName) ? known.getFirstName() : command.firstName.trim(),
            blank(command.lastName) ? known.getLastName() : command.lastName.trim(),
            invitation.getRole());
    return place(em, member, invitation);
  }

  private static User place(EntityManager em, User member, Invitation invitation) {
    member.assignTo(invitation.getBusinessId());
    member.assignStorefronts(invitation.getStorefrontIds());
    em.persist(member);
    try {
      em.flush();
    } catch (PersistenceException concurrentTwin) {
      throw OneTimeTokens.invalidToken();
    }
    return member;
  }

  private void mailLink(Invitation invitation, String token) {
    EntityManager em = store.unscoped();
    Business business = em.find(Business.class, invitation.getBusinessId());
    User inviter = em.find(User.class, invitation.getInvitedBy());
    mail.fire(
        new AccountMail.Message(
            invitation.getEmail(),
            "invitation",
            "You are invited to join " + business.getName(),
            Map.of(
                "inviter", inviter.getFirstName() + " " + inviter.getLastName(),
                "business_name", business.getName(),
                "role", invitation.getRole().displayName(),
                "email", invitation.getEmail(),
                "valid_days", Invitation.LIFETIME.toDays(),
                "link", accountMail.link("accept-invitation", token))));
  }

  private Set<UUID> storefronts(List<UUID> ids) {
    if (ids == null) {
      return Set.of();
    }
    for (int i = 0; i < ids.size(); i++) {
      locations.require(ids.get(i), LocationType.STOREFRONT, "storefront_ids[" + i + "]");
    }
    return new HashSet<>(ids);
  }

  private static StateConflictException invitationOpen(String email) {
    return new StateConflictException(
        "invitation-pending",
        "Invitation pending",
        email + " has an open invitation already; resend it instead");
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
