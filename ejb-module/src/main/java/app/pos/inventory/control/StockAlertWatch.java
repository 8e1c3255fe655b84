package app.pos.inventory.control;

import app.pos.inventory.boundary.StockAlerts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Re-checks stock levels once a change has committed; a failed check is logged, never thrown. */
@ApplicationScoped
public class StockAlertWatch {

  private static final Logger LOG = Logger.getLogger(StockAlertWatch.class.getName());

  @Inject StockAlerts alerts;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) StockMoved moved) {
    try {
      alerts.evaluate(moved);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Stock alert check failed for " + moved, e);
    }
  }
}
