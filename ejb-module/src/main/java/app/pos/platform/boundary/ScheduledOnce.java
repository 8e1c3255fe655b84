package app.pos.platform.boundary;

import app.pos.platform.control.CrossTenant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

/**
 * Lets one instance of a cluster do a scheduled task: EJB timers fire on every instance, and the
 * first to claim the task's time slot (a unique row, committed at once) runs it; the others skip.
 * Old claims are dropped after a week.
 */
@Stateless
@CrossTenant("scheduled work belongs to the platform, not to a business")
public class ScheduledOnce {

  private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

  @PersistenceContext EntityManager em;

  /** True for the one caller that claims {@code task} for the slot {@code now} falls in. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(String task, Duration slotLength, Instant now) {
    long millis = slotLength.toMillis();
    Instant slot = Instant.ofEpochMilli(now.toEpochMilli() / millis * millis);
    em.createNativeQuery(
            "DELETE FROM ops_scheduled_run WHERE claimed_at < now() - interval '7 days'")
        .executeUpdate();
    return em.createNativeQuery(
                "INSERT INTO ops_scheduled_run (task, slot, instance, claimed_at)"
                    + " VALUES (?1, ?2, ?3, now()) ON CONFLICT (task, slot) DO NOTHING")
            .setParameter(1, task)
            .setParameter(2, java.sql.Timestamp.from(slot))
            .setParameter(3, INSTANCE)
            .executeUpdate()
        == 1;
  }

  public boolean claim(String task, Duration slotLength) {
    return claim(task, slotLength, Instant.now());
  }
}
