package app.pos.accounts.control;

import app.pos.accounts.entity.User;
import app.pos.platform.control.CrossTenant;
import jakarta.persistence.EntityManager;

/** Looks users up by e-mail across businesses: e-mails are unique on the whole platform. */
@CrossTenant("e-mails are unique across businesses")
public final class Emails {

  private Emails() {}

  public static User findUser(EntityManager em, String email) {
    return em.createQuery("SELECT u FROM User u WHERE u.email = :email", User.class)
        .setParameter("email", User.normalizeEmail(email))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  public static boolean taken(EntityManager em, String email) {
    return findUser(em, email) != null;
  }
}
