package app.pos.accounts.boundary;

import app.pos.accounts.entity.User;
import app.pos.platform.control.CrossTenant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Decides, on every request, whether a verified token still speaks for its user: not signed out,
 * issued after the last password change, user still active. Reads the database, so a revocation
 * holds across restarts and on every instance at once.
 */
@Stateless
@CrossTenant("authenticates a token before any tenant is bound")
public class Callers {

  @PersistenceContext EntityManager em;

  // a read: no transaction of its own (two round trips fewer on every request)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Caller> authenticate(UUID userId, UUID businessId, UUID jti, Instant issuedAt) {
    User user = em.find(User.class, userId);
    if (user == null || !user.getBusinessId().equals(businessId) || !user.accepts(issuedAt)) {
      return Optional.empty();
    }
    boolean revoked =
        !em.createNativeQuery("SELECT 1 FROM acc_revoked_token WHERE jti = ?1")
            .setParameter(1, jti.toString())
            .getResultList()
            .isEmpty();
    if (revoked) {
      return Optional.empty();
    }
    return Optional.of(
        new Caller(
            user.getBusinessId(),
            user.getId(),
            user.getRole().name(),
            user.isSuperuser(),
            Set.copyOf(user.getStorefrontIds())));
  }
}
