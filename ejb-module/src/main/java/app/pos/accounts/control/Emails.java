package app.pos.accounts.control;

import app.pos.accounts.entity.Person;
import app.pos.accounts.entity.User;
import app.pos.platform.control.CrossTenant;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks people up by e-mail across businesses (an address is unique on the whole platform), and a
 * person's memberships.
 */
@CrossTenant("e-mails are unique across businesses; a person's memberships span businesses")
public final class Emails {

  private Emails() {}

  public static Person findPerson(EntityManager em, String email) {
    return em.createQuery("SELECT p FROM Person p WHERE p.email = :email", Person.class)
        .setParameter("email", User.normalizeEmail(email))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  public static boolean taken(EntityManager em, String email) {
    return findPerson(em, email) != null;
  }

  /**
   * The person's active memberships: the one signed in to most recently first (a sign-in's token
   * speaks for it), then by age.
   */
  public static List<User> memberships(EntityManager em, UUID personId) {
    return em.createQuery(
            "SELECT u FROM User u WHERE u.person.id = :person AND u.active = TRUE"
                + " ORDER BY u.lastLoginAt DESC NULLS LAST, u.createdAt, u.id",
            User.class)
        .setParameter("person", personId)
        .getResultList();
  }

  /** The membership a sign-in speaks for (see {@link #memberships}), if any is active. */
  public static Optional<User> primaryMembership(EntityManager em, UUID personId) {
    return memberships(em, personId).stream().findFirst();
  }

  /**
   * The membership a sign-in with that address speaks for (see {@link #memberships}), if the
   * address is known and has an active one.
   */
  public static Optional<User> primaryMembership(EntityManager em, String email) {
    Person person = findPerson(em, email);
    return person == null ? Optional.empty() : primaryMembership(em, person.getId());
  }

  /** The membership a sign-in speaks for, else any (an inactive one), if the person has one. */
  public static Optional<User> someMembership(EntityManager em, UUID personId) {
    return primaryMembership(em, personId)
        .or(
            () ->
                em.createQuery(
                        "SELECT u FROM User u WHERE u.person.id = :person ORDER BY u.createdAt",
                        User.class)
                    .setParameter("person", personId)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst());
  }

  /** The person's membership in that business, active or not. */
  public static Optional<User> membership(EntityManager em, UUID personId, UUID businessId) {
    return em.createQuery(
            "SELECT u FROM User u WHERE u.person.id = :person AND u.businessId = :business",
            User.class)
        .setParameter("person", personId)
        .setParameter("business", businessId)
        .getResultStream()
        .findFirst();
  }

  /** How many businesses the person belongs to (active or not). */
  public static long membershipCount(EntityManager em, UUID personId) {
    return em.createQuery("SELECT COUNT(u) FROM User u WHERE u.person.id = :person", Long.class)
        .setParameter("person", personId)
        .getSingleResult();
  }

  /**
   * The person's home membership: their oldest, the only one the platform owner's superuser flag
   * may sit on, so an invitation into another business keeps the role that business gave.
   */
  public static boolean isHome(EntityManager em, User membership) {
    return em.createQuery(
            "SELECT u.id FROM User u WHERE u.person.id = :person ORDER BY u.createdAt, u.id",
            UUID.class)
        .setParameter("person", membership.getPerson().getId())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .filter(membership.getId()::equals)
        .isPresent();
  }
}
