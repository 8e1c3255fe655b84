package app.pos.sales.boundary;

import app.pos.platform.control.BusinessMetrics;
import app.pos.platform.control.DomainException;
import app.pos.sales.boundary.SyncOfflineBatch.OfflineSaleInput;
import app.pos.sales.entity.OfflineSaleStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Offline tills: a batch of sales rung up without a connection is applied in {@code occurred_at}
 * order, each sale in its own transaction ({@link OfflineSaleApplier}), so one sale's trouble never
 * undoes another's and a batch cut off half way keeps what it recorded. This driver holds no
 * transaction itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OfflineSales {

  private static final Logger LOG = Logger.getLogger(OfflineSales.class.getName());

  /** Attempts per sale when the database aborts it for a deadlock or serialization failure. */
  static final int ATTEMPTS = 3;

  @Inject OfflineSaleApplier applier;
  @Inject BusinessMetrics metrics;

  public OfflineBatchResult sync(SyncOfflineBatch batch) {
    OfflineSaleApplier.Prepared prepared = applier.prepare(batch);
    List<OfflineSaleInput> ordered = new ArrayList<>(batch.sales);
    ordered.sort(Comparator.comparing((OfflineSaleInput s) -> s.occurredAt)); // stable
    List<OfflineSaleResult> results = new ArrayList<>();
    for (OfflineSaleInput sale : ordered) {
      OfflineSaleResult result = applyOne(prepared, sale);
      results.add(result);
      metrics.offlineSale(result.status().name());
      if (result.status() != OfflineSaleStatus.DUPLICATE) {
        result.exceptions().forEach(e -> metrics.offlineException(e.kind().name()));
      }
    }
    return new OfflineBatchResult(
        batch.tillId,
        count(results, OfflineSaleStatus.APPLIED),
        count(results, OfflineSaleStatus.DUPLICATE),
        count(results, OfflineSaleStatus.EXCEPTION),
        count(results, OfflineSaleStatus.REJECTED),
        results);
  }

  private OfflineSaleResult applyOne(OfflineSaleApplier.Prepared prepared, OfflineSaleInput sale) {
    for (int attempt = 1; ; attempt++) {
      try {
        return applier.apply(prepared, sale);
      } catch (DomainException refused) {
        return OfflineSaleResult.rejected(sale.clientSaleId, refused.getMessage());
      } catch (RuntimeException failed) {
        // a twin recorded it meanwhile (the unique key): the answer is the recorded one
        Optional<OfflineSaleResult> recorded = applier.recorded(sale);
        if (recorded.isPresent()) {
          return recorded.get();
        }
        if (attempt < ATTEMPTS && isTransientConflict(failed)) {
          pause(attempt);
          continue;
        }
        LOG.log(Level.WARNING, "offline sale " + sale.clientSaleId + " not recorded", failed);
        return OfflineSaleResult.rejected(
            sale.clientSaleId, "the sale could not be recorded now: send it again");
      }
    }
  }

  private static int count(List<OfflineSaleResult> results, OfflineSaleStatus status) {
    return (int) results.stream().filter(r -> r.status() == status).count();
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  static boolean isTransientConflict(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
