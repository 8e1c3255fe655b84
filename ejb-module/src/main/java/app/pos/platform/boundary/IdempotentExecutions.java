package app.pos.platform.boundary;

import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.IdempotencyKey;
import app.pos.platform.control.IdempotencyKeyReusedException;
import app.pos.platform.control.Outcome;
import app.pos.platform.control.PosJson;
import app.pos.platform.control.StoredResponse;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs a use case at most once per {@code Idempotency-Key}, business and user: a key belongs to the
 * user who used it, so another user repeating it runs their own request. The key row is inserted
 * first, in the same transaction as the effect: a concurrent twin blocks on the unique key until
 * the first commits and then replays its answer; if the first rolls back, the twin runs. Keys
 * expire after 24 hours.
 */
@Stateless
@CrossTenant("every statement is keyed by the business id it is given")
public class IdempotentExecutions {

  static final String RETENTION = "24 hours";

  @jakarta.inject.Inject ScheduledOnce once;
  @PersistenceContext EntityManager em;

  /** No user's key (a request without a signed-in caller). */
  public static final UUID NO_USER = new UUID(0, 0);

  public StoredResponse execute(
      UUID businessId, IdempotencyKey key, int successStatus, Supplier<Outcome> effect) {
    return execute(businessId, NO_USER, key, successStatus, effect);
  }

  public StoredResponse execute(
      UUID businessId,
      UUID userId,
      IdempotencyKey key,
      int successStatus,
      Supplier<Outcome> effect) {
    if (!claim(businessId, userId, key)) {
      return replay(businessId, userId, key);
    }
    Outcome outcome = effect.get();
    StoredResponse response =
        new StoredResponse(
            successStatus, outcome.location(), PosJson.jsonb().toJson(outcome.body()));
    em.createNativeQuery(
            "UPDATE pf_idempotency_record SET response_status = ?1, response_location = ?2,"
                + " response_body = ?3 WHERE business_id = ?4 AND idempotency_key = ?5"
                + " AND user_id = ?6")
        .setParameter(1, response.status())
        .setParameter(2, response.location())
        .setParameter(3, response.jsonBody())
        .setParameter(4, businessId)
        .setParameter(5, key.key())
        .setParameter(6, userId)
        .executeUpdate();
    return response;
  }

  /** Inserts the key (or takes over an expired one); false when a live record already holds it. */
  private boolean claim(UUID businessId, UUID userId, IdempotencyKey key) {
    int inserted =
        em.createNativeQuery(
                "INSERT INTO pf_idempotency_record (business_id, idempotency_key, request_hash,"
                    + " expires_at, user_id) VALUES (?1, ?2, ?3, now() + interval '"
                    + RETENTION
                    + "', ?4) ON CONFLICT (business_id, user_id, idempotency_key) DO NOTHING")
            .setParameter(1, businessId)
            .setParameter(2, key.key())
            .setParameter(3, key.requestFingerprint())
            .setParameter(4, userId)
            .executeUpdate();
    if (inserted == 1) {
      return true;
    }
    return em.createNativeQuery(
                "UPDATE pf_idempotency_record SET request_hash = ?3, response_status = 0,"
                    + " response_location = NULL, response_body = NULL, created_at = now(),"
                    + " expires_at = now() + interval '"
                    + RETENTION
                    + "' WHERE business_id = ?1 AND idempotency_key = ?2 AND user_id = ?4"
                    + " AND expires_at < now()")
            .setParameter(1, businessId)
            .setParameter(2, key.key())
            .setParameter(3, key.requestFingerprint())
            .setParameter(4, userId)
            .executeUpdate()
        == 1;
  }

  private StoredResponse replay(UUID businessId, UUID userId, IdempotencyKey key) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT request_hash, response_status, response_location, response_body"
                    + " FROM pf_idempotency_record WHERE business_id = ?1 AND idempotency_key = ?2"
                    + " AND user_id = ?3")
            .setParameter(1, businessId)
            .setParameter(2, key.key())
            .setParameter(3, userId)
            .getResultList();
    Object[] row = rows.get(0);
    if (!key.requestFingerprint().equals(row[0])) {
      throw new IdempotencyKeyReusedException(key.key());
    }
    return new StoredResponse(((Number) row[1]).intValue(), (String) row[2], (String) row[3]);
  }

  /** Forgets keys past their retention so the table stays small. */
  @Schedule(hour = "*", minute = "17", persistent = false)
  void purgeExpired() {
    if (!once.claim("purge-idempotency-records", Duration.ofHours(1))) {
      return;
    }
    em.createNativeQuery("DELETE FROM pf_idempotency_record WHERE expires_at < now()")
        .executeUpdate();
  }
}
