package app.pos.accounts.boundary;

import app.pos.accounts.control.ThrottleWindow;
import app.pos.platform.boundary.ScheduledOnce;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.ThrottledException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fixed-window request counters kept in PostgreSQL, so every server instance of a cluster counts
 * against the same limit. Each hit commits on its own: a failed request (a wrong password) still
 * counts.
 */
@Stateless
@CrossTenant("counters belong to callers and addresses, not to a business")
public class Throttle {

  @jakarta.inject.Inject ScheduledOnce once;
  @PersistenceContext EntityManager em;

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
  @ConfigProperty(name = "pos.throttle.sign-in-per-email-per-minute")
  int signInPerEmailPerMinute;

  /** Off under DEBUG unless ENABLE_API_THROTTLE says otherwise; on in production. */
  public boolean isOn() {
    return enabled.orElse(!debug);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void anonymousRequest(String ip) {
    hit("anon:" + ip, anonymousPerHour, Duration.ofHours(1));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void userRequest(String userId) {
    hit("user:" + userId, userPerHour, Duration.ofHours(1));
  }

  /** Sign-in attempts are limited per IP and, separately, per e-mail. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void signInAttempt(String ip, String email) {
    hit("sign-in-ip:" + ip, signInPerIpPerMinute, Duration.ofMinutes(1));
    hit("sign-in-email:" + email, signInPerEmailPerMinute, Duration.ofMinutes(1));
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
                .setParameter(1, bucket.length() > 300 ? bucket.substring(0, 300) : bucket)
                .setParameter(2, Timestamp.from(window.start()))
                .getSingleResult();
    if (hits.intValue() > limit) {
      throw new ThrottledException(window.secondsLeft(now));
    }
  }

  @Schedule(hour = "*", minute = "*/10", persistent = false)
  void forgetPastWindows() {
    if (!once.claim("forget-throttle-windows", Duration.ofMinutes(10))) {
      return;
    }
    em.createNativeQuery(
            "DELETE FROM acc_throttle_counter WHERE window_start < now() - interval '2 hours'")
        .executeUpdate();
  }
}
