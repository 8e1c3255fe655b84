package app.pos.sales.boundary;

import app.pos.platform.boundary.ScheduledOnce;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 15 minutes, releases the stock of pending sales and held carts whose reservation has
 * expired, in every business: each in its own transaction, acting as its business.
 */
@Singleton
@CrossTenant("finds expired reservations across businesses, then acts as each one's business")
public class ReservationExpiry {

  private static final Logger LOG = Logger.getLogger(ReservationExpiry.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CurrentTenant tenant;
  @Inject Reservations reservations;
  @Inject ScheduledOnce once;

  @Schedule(minute = "*/15", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void releaseExpired() {
    if (!once.claim("release-expired-reservations", Duration.ofMinutes(15))) {
      return; // another instance of the cluster has this slot
    }
    @SuppressWarnings("unchecked")
    List<Object[]> expired =
        em.createNativeQuery(
                "SELECT business_id, sale_id, cart_id FROM sal_reservation WHERE status = 'ACTIVE'"
                    + " AND expires_at < now() ORDER BY expires_at LIMIT 1000")
            .getResultList();
    int released = 0;
    for (Object[] row : expired) {
      try {
        tenant.bind((UUID) row[0], null, null, false); // the server itself: no user, no role
        boolean done =
            row[2] != null
                ? reservations.releaseOneCart((UUID) row[2])
                : reservations.releaseOne((UUID) row[1]);
        if (done) {
          released++;
        }
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Could not release the reservation of "
                + (row[2] != null ? "cart " + row[2] : "sale " + row[1]),
            e);
      }
    }
    if (!expired.isEmpty()) {
      LOG.info("Released " + released + " expired reservation(s) of " + expired.size() + " found");
    }
  }
}
