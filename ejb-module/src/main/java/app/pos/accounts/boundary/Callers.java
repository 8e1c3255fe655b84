package app.pos.accounts.boundary;

import app.pos.accounts.control.RecentCallers;
import app.pos.accounts.entity.User;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.SqlValues;
import app.pos.platform.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Decides, on every request, whether a verified token still speaks for its user: not signed out,
 * issued after the last password change, user still active. Reads the database, so a revocation
 * holds across restarts and on every instance; a token this instance authenticated in the last few
 * seconds is taken from {@link RecentCallers}, which a sign-out or a change of the user on this
 * instance empties at once (another instance's copy lives at most {@link RecentCallers#LIFETIME}).
 */
@Stateless
@CrossTenant("authenticates a token before any tenant is bound")
public class Callers {

  @PersistenceContext EntityManager em;
  @Inject RecentCallers recent;

  // a read on every request: one statement, and no transaction of its own
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Caller> authenticate(UUID userId, UUID businessId, UUID jti, Instant issuedAt) {
    Optional<Caller> known = recent.find(jti, userId, businessId);
    if (known.isPresent()) {
      return known;
    }
    long changesBefore = recent.changesSoFar();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT u.business_id, u.role, u.is_active,"
                    // a superuser's powers wait for their address to be proven: whoever
                    // registered the owner's address first does not get them
                    + " u.is_superuser AND p.email_verified_at IS NOT NULL, u.tokens_valid_after,"
                    + " (SELECT string_agg(CAST(s.storefront_id AS text), ',') FROM acc_user_storefront s"
                    + " WHERE s.user_id = u.id),"
                    + " EXISTS (SELECT 1 FROM acc_revoked_token r WHERE r.jti = ?2),"
                    + " p.must_change_password, p.tokens_valid_after, u.person_id"
                    + " FROM acc_user u JOIN acc_person p ON p.id = u.person_id WHERE u.id = ?1")
            .setParameter(1, userId)
            .setParameter(2, jti.toString())
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] user = rows.get(0);
    boolean revoked = (Boolean) user[6];
    if (!businessId.equals(user[0])
        || !User.acceptsToken(
            (Boolean) user[2], SqlValues.instant(user[4]), SqlValues.instant(user[8]), issuedAt)
        || revoked) {
      return Optional.empty();
    }
    Set<UUID> storefronts =
        user[5] == null
            ? Set.of()
            : Arrays.stream(((String) user[5]).split(","))
                .map(UUID::fromString)
                .collect(Collectors.toUnmodifiableSet());
    Caller caller =
        new Caller(
            businessId,
            userId,
            Role.valueOf((String) user[1]),
            (Boolean) user[3],
            storefronts,
            (Boolean) user[7]);
    recent.keep(jti, (UUID) user[9], caller, changesBefore);
    return Optional.of(caller);
  }
}
