package app.pos.accounts.boundary;

import app.pos.accounts.control.PlatformOwner;
import app.pos.platform.boundary.DatabaseMigrator;
import app.pos.platform.control.CrossTenant;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * At start-up, makes the home (oldest) membership of PLATFORM_OWNER_EMAIL (if one exists) the
 * superuser, and no one else: changing the variable moves the role.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@CrossTenant("the platform owner is found across all businesses")
public class PlatformOwnerPromotion {

  // the owner's home membership (their oldest): memberships elsewhere keep the role given there
  private static final String HOME =
      "SELECT id FROM acc_user WHERE email = ?1 ORDER BY created_at, id LIMIT 1";

  private static final Logger LOG = Logger.getLogger(PlatformOwnerPromotion.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PlatformOwner owner;
  @Inject DatabaseMigrator migrated; // the schema must exist first

  @PostConstruct
  void promote() {
    String email = owner.email().orElse("");
    int demoted =
        em.createNativeQuery(
                "UPDATE acc_user SET is_superuser = FALSE, updated_at = now()"
                    + " WHERE is_superuser AND id IS DISTINCT FROM ("
                    + HOME
                    + ")")
            .setParameter(1, email)
            .executeUpdate();
    int promoted =
        email.isEmpty()
            ? 0
            : em.createNativeQuery(
                    "UPDATE acc_user SET is_superuser = TRUE, role = 'ADMIN', is_active = TRUE,"
                        + " updated_at = now() WHERE id = ("
                        + HOME
                        + ") AND NOT is_superuser")
                .setParameter(1, email)
                .executeUpdate();
    if (demoted + promoted > 0) {
      LOG.info(() -> "Platform owner: " + promoted + " promoted, " + demoted + " demoted");
    }
  }
}
