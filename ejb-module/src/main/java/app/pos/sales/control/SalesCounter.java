package app.pos.sales.control;

import app.pos.platform.control.BusinessMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Counts sales once their transaction has committed (a rolled-back checkout counts nothing). */
@ApplicationScoped
public class SalesCounter {

  @Inject BusinessMetrics metrics;

  void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) SaleCompleted sale) {
    metrics.saleCompleted(sale.saleType().name());
  }
}
