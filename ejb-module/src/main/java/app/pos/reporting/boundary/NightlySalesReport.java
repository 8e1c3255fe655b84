package app.pos.reporting.boundary;

import app.pos.platform.boundary.Jobs;
import app.pos.platform.boundary.ScheduledOnce;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.entity.Role;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every night, yesterday's sales-report job for each business that sold something yesterday. */
@Singleton
@CrossTenant("finds the businesses with sales yesterday, then starts each one's own job")
public class NightlySalesReport {

  private static final Logger LOG = Logger.getLogger(NightlySalesReport.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CurrentTenant tenant;
  @Inject Jobs jobs;
  @Inject ScheduledOnce once;

  @Schedule(hour = "1", minute = "10", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run() {
    if (!once.claim("nightly-sales-report", Duration.ofDays(1))) {
      return; // another instance of the cluster has tonight's run
    }
    LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    @SuppressWarnings("unchecked")
    List<UUID> businesses =
        em.createNativeQuery(
                "SELECT DISTINCT business_id FROM sal_sale WHERE completed_at >= ?1 AND completed_at < ?2")
            .setParameter(1, yesterday.atStartOfDay().toInstant(ZoneOffset.UTC))
            .setParameter(2, yesterday.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
            .getResultList();
    int started = 0;
    for (UUID business : businesses) {
      try {
        tenant.bind(business, null, Role.ADMIN, false);
        jobs.start(
            "sales-report",
            Map.of("date_from", yesterday.toString(), "date_to", yesterday.toString()));
        started++;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Nightly sales report not started for business " + business, e);
      }
    }
    int count = started;
    LOG.info(
        () -> "Nightly sales report for " + yesterday + ": started for " + count + " business(es)");
  }
}
