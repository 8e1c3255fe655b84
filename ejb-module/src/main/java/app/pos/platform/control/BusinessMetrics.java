package app.pos.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The business's own figures at {@code /metrics} (application scope): sales completed, checkout
 * latency, webhook events and job runs. Where the server has no MicroProfile Metrics (WildFly uses
 * Micrometer), nothing is recorded and nothing fails.
 *
 * <p>Recording runs after the business work has committed, so it never fails a request: Payara's
 * registry is not safe when two threads create the same metric at once (a committed sale answered
 * 500), so each metric is created once, under a lock, and kept.
 */
@ApplicationScoped
public class BusinessMetrics {

  private static final Logger LOG = Logger.getLogger(BusinessMetrics.class.getName());

  @Inject Instance<MetricRegistry> registries;

  private final Map<List<String>, Object> metrics = new ConcurrentHashMap<>();

  public void saleCompleted(String saleType) {
    record(
        List.of("pos_sales_completed", "sale_type", saleType),
        r -> r.counter("pos_sales_completed", new Tag("sale_type", saleType)),
        m -> ((Counter) m).inc());
  }

  public void checkout(Duration took, int status) {
    String outcome = status < 300 ? "created" : String.valueOf(status);
    record(
        List.of("pos_checkout", "outcome", outcome),
        r -> r.timer("pos_checkout", new Tag("outcome", outcome)),
        m -> ((Timer) m).update(took));
  }

  public void webhookEvent(String gateway, boolean replay) {
    record(
        List.of("pos_webhook_events", "gateway", gateway, "replay", String.valueOf(replay)),
        r ->
            r.counter(
                "pos_webhook_events",
                new Tag("gateway", gateway),
                new Tag("replay", String.valueOf(replay))),
        m -> ((Counter) m).inc());
  }

  /**
   * {@code pos_offline_sales_total}: sales of offline batches by outcome (APPLIED, DUPLICATE, ...).
   */
  public void offlineSale(String status) {
    record(
        List.of("pos_offline_sales", "status", status),
        r -> r.counter("pos_offline_sales", new Tag("status", status)),
        m -> ((Counter) m).inc());
  }

  /** {@code pos_offline_exceptions_total}: exceptions raised by offline sales, by kind. */
  public void offlineException(String kind) {
    record(
        List.of("pos_offline_exceptions", "kind", kind),
        r -> r.counter("pos_offline_exceptions", new Tag("kind", kind)),
        m -> ((Counter) m).inc());
  }

  public void jobRun(String job, String status) {
    record(
        List.of("pos_job_runs", "job", job, "status", status),
        r -> r.counter("pos_job_runs", new Tag("job", job), new Tag("status", status)),
        m -> ((Counter) m).inc());
  }

  /** A routed read ({@code ReadsReplica}) was served by the replica or the primary. */
  public void replicaRead(String source) {
    record(
        List.of("pos_replica_reads", "source", source),
        r -> r.counter("pos_replica_reads", new Tag("source", source)),
        m -> ((Counter) m).inc());
  }

  /** A read meant for the replica went to the primary because the replica failed it. */
  public void replicaFallback() {
    record(
        List.of("pos_replica_fallbacks"),
        r -> r.counter("pos_replica_fallbacks"),
        m -> ((Counter) m).inc());
  }

  /**
   * {@code pos_replica_degraded} (1 while reads fall back to the primary) and {@code
   * pos_replica_lag_seconds}, registered once when a replica is configured.
   */
  public void replicaGauges(Supplier<ReadReplica.Status> status) {
    record(
        List.of("pos_replica_gauges"),
        r -> {
          r.gauge(
              "pos_replica_degraded", () -> status.get().state() == ReadReplica.State.UP ? 0 : 1);
          r.gauge("pos_replica_lag_seconds", () -> status.get().lag().toMillis() / 1000.0);
          return Boolean.TRUE;
        },
        m -> {});
  }

  private void record(
      List<String> key, Function<MetricRegistry, Object> create, Consumer<Object> update) {
    try {
      Object metric = metrics.get(key);
      if (metric == null) {
        synchronized (this) {
          if (!registries.isResolvable()) {
            return;
          }
          metric = metrics.computeIfAbsent(key, k -> create.apply(registries.get()));
        }
      }
      update.accept(metric);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record metric " + key, e);
    }
  }
}
