package app.pos.accounts.boundary;

import app.pos.accounts.control.SignInBackoff;
import app.pos.accounts.control.ThrottleWindow;
import app.pos.accounts.control.UserHitTally;
import app.pos.platform.boundary.ScheduledOnce;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.ThrottledException;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fixed-window request counters kept in PostgreSQL, so every server instance of a cluster counts
 * against the same limit. Each anonymous and sign-in hit commits on its own: a failed request (a
 * wrong password) still counts. A signed-in user's hits are counted in memory and added to their
 * row at most once a second ({@link UserHitTally}): the request path of a signed-in caller writes
 * nothing, and the limit holds against every instance's hits, seen up to a second late.
 */
@Stateless
@CrossTenant("counters belong to callers and addresses, not to a business")
public class Throttle {

  @jakarta.inject.Inject ScheduledOnce once;
  @PersistenceContext EntityManager em;
  @Inject UserHitTally userHits;
  @Resource SessionContext context;

  @Inject
  @ConfigProperty(name = "debug", defaultValue = "false")
  boolean debug;

  @Inject
  @ConfigProperty(name = "enable.api.throttle")
  Optional<Boolean> enabled;

  @Inject
  @ConfigProperty(name = "pos.throttle.anonymous-per-hour")
  int anonymousPerHour;

  @Inject
  @ConfigProperty(name = "pos.throttle.user-per-hour")
  int userPerHour;

  @Inject
  @ConfigProperty(name = "pos.throttle.sign-in-per-ip-per-minute")
  int signInPerIpPerMinute;

  @Inject
  @ConfigProperty(name = "pos.throttle.sign-in-free-failures", defaultValue = "5")
  int signInFreeFailures;

  @Inject
  @ConfigProperty(name = "pos.throttle.sign-in-backoff-seconds", defaultValue = "15")
  long signInBackoffSeconds;

  @Inject
  @ConfigProperty(name = "pos.throttle.sign-in-max-backoff-seconds", defaultValue = "900")
  long signInMaxBackoffSeconds;

  /** Off under DEBUG unless ENABLE_API_THROTTLE says otherwise; on in production. */
  public boolean isOn() {
    return enabled.orElse(!debug);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void anonymousRequest(String ip) {
    hit("anon:" + ip, anonymousPerHour, Duration.ofHours(1));
  }

  /** Counted in memory, written in batches: see {@link UserHitTally}. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void userRequest(String userId) {
    if (!isOn()) {
      return;
    }
    Instant now = Instant.now();
    ThrottleWindow window = ThrottleWindow.containing(now, Duration.ofHours(1));
    String bucket = clip("user:" + userId, 300);
    UserHitTally.Flush flush = userHits.hit(bucket, window, System.nanoTime());
    if (flush.hits() > 0) {
      try {
        userHits.flushed(flush, context.getBusinessObject(Throttle.class).addHits(flush));
      } catch (RuntimeException e) {
        userHits.unflushed(flush);
        throw e;
      }
    }
    if (userHits.count(bucket) > userPerHour) {
      throw new ThrottledException(window.secondsLeft(now));
    }
  }

  /** Adds a batch of this instance's hits to the shared row; answers the row's new total. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long addHits(UserHitTally.Flush flush) {
    return ((Number)
            em.createNativeQuery(
                    "INSERT INTO acc_throttle_counter (bucket, window_start, hits) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (bucket, window_start)"
                        + " DO UPDATE SET hits = acc_throttle_counter.hits + EXCLUDED.hits"
                        + " RETURNING hits")
                .setParameter(1, flush.bucket())
                .setParameter(2, Timestamp.from(flush.windowStart()))
                .setParameter(3, flush.hits())
                .getSingleResult())
        .longValue();
  }

  /**
   * A request whose credentials were refused (a bad, expired or revoked token) counts against its
   * address's anonymous budget, so spending that budget cannot be dodged by sending any token.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failedAuthentication(String ip) {
    hit("anon:" + ip, anonymousPerHour, Duration.ofHours(1));
  }

  /**
   * Sign-in attempts are limited per IP, and per account and address by {@link SignInBackoff}: an
   * address that failed too often for an account waits, other addresses (its owner's) do not.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void signInAttempt(String ip, String email) {
    hit("sign-in-ip:" + ip, signInPerIpPerMinute, Duration.ofMinutes(1));
    if (!isOn()) {
      return;
    }
    List<?> blocked =
        em.createNativeQuery(
                "SELECT blocked_until FROM acc_sign_in_backoff WHERE email = ?1 AND ip = ?2"
                    + " AND blocked_until > now()")
            .setParameter(1, clip(email, 254))
            .setParameter(2, clip(ip, 64))
            .getResultList();
    if (!blocked.isEmpty()) {
      Instant until = ((Timestamp) blocked.get(0)).toInstant();
      throw new ThrottledException(
          Math.max(1, (Duration.between(Instant.now(), until).toMillis() + 999) / 1000));
    }
  }

  /** Records a failed sign-in for the account from this address (committed on its own). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void signInFailed(String ip, String email) {
    if (!isOn()) {
      return;
    }
    // failures older than the longest delay are forgotten
    Number failures =
        (Number)
            em.createNativeQuery(
                    "INSERT INTO acc_sign_in_backoff (email, ip, failures, last_failure_at)"
                        + " VALUES (?1, ?2, 1, now()) ON CONFLICT (email, ip) DO UPDATE SET"
                        + " failures = CASE WHEN acc_sign_in_backoff.last_failure_at"
                        + " < now() - make_interval(secs => ?3) THEN 1"
                        + " ELSE acc_sign_in_backoff.failures + 1 END,"
                        + " last_failure_at = now() RETURNING failures")
                .setParameter(1, clip(email, 254))
                .setParameter(2, clip(ip, 64))
                .setParameter(3, (double) 2 * signInMaxBackoffSeconds)
                .getSingleResult();
    Duration delay = backoff().delayAfter(failures.intValue());
    if (!delay.isZero()) {
      em.createNativeQuery(
              "UPDATE acc_sign_in_backoff SET blocked_until = now() + make_interval(secs => ?3)"
                  + " WHERE email = ?1 AND ip = ?2")
          .setParameter(1, clip(email, 254))
          .setParameter(2, clip(ip, 64))
          .setParameter(3, (double) delay.getSeconds())
          .executeUpdate();
    }
  }

  /** A correct password from the address clears its failures for the account. */
  public void signInSucceeded(String ip, String email) {
    if (!isOn()) {
      return;
    }
    em.createNativeQuery("DELETE FROM acc_sign_in_backoff WHERE email = ?1 AND ip = ?2")
        .setParameter(1, clip(email, 254))
        .setParameter(2, clip(ip, 64))
        .executeUpdate();
  }

  private SignInBackoff backoff() {
    return new SignInBackoff(
        signInFreeFailures,
        Duration.ofSeconds(signInBackoffSeconds),
        Duration.ofSeconds(signInMaxBackoffSeconds));
  }

  private static String clip(String value, int length) {
    String text = value == null ? "" : value;
    return text.length() > length ? text.substring(0, length) : text;
  }

  private void hit(String bucket, int limit, Duration length) {
    if (!isOn()) {
      return;
    }
    Instant now = Instant.now();
    ThrottleWindow window = ThrottleWindow.containing(now, length);
    Number hits =
        (Number)
            em.createNativeQuery(
                    "INSERT INTO acc_throttle_counter (bucket, window_start, hits) VALUES (?1, ?2, 1)"
                        + " ON CONFLICT (bucket, window_start)"
                        + " DO UPDATE SET hits = acc_throttle_counter.hits + 1 RETURNING hits")
                .setParameter(1, clip(bucket, 300))
                .setParameter(2, Timestamp.from(window.start()))
                .getSingleResult();
    if (hits.intValue() > limit) {
      throw new ThrottledException(window.secondsLeft(now));
    }
  }

  @Schedule(hour = "*", minute = "*/10", persistent = false)
  void forgetPastWindows() {
    // every instance forgets its own past windows; the rows once per cluster
    userHits.forgetWindowsBefore(
        ThrottleWindow.containing(Instant.now(), Duration.ofHours(1)).start());
    if (!once.claim("forget-throttle-windows", Duration.ofMinutes(10))) {
      return;
    }
    em.createNativeQuery(
            "DELETE FROM acc_throttle_counter WHERE window_start < now() - interval '2 hours'")
        .executeUpdate();
    em.createNativeQuery(
            "DELETE FROM acc_sign_in_backoff WHERE last_failure_at < now() - interval '1 day'")
        .executeUpdate();
  }
}
