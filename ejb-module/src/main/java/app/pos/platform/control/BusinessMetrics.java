package app.pos.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The business's own figures at {@code /metrics} (application scope): sales completed, checkout
 * latency, webhook events and job runs. Where the server has no MicroProfile Metrics (WildFly uses
 * Micrometer), nothing is recorded and nothing fails.
 */
@ApplicationScoped
public class BusinessMetrics {

  @Inject Instance<MetricRegistry> registries;

  private MetricRegistry registry() {
    return registries.isResolvable() ? registries.get() : null;
  }

  public void saleCompleted(String saleType) {
    MetricRegistry r = registry();
    if (r != null) {
      r.counter("pos_sales_completed", new Tag("sale_type", saleType)).inc();
    }
  }

  public void checkout(Duration took, int status) {
    MetricRegistry r = registry();
    if (r != null) {
      r.timer("pos_checkout", new Tag("outcome", status < 300 ? "created" : String.valueOf(status)))
          .update(took);
    }
  }

  public void webhookEvent(String gateway, boolean replay) {
    MetricRegistry r = registry();
    if (r != null) {
      r.counter(
              "pos_webhook_events",
              new Tag("gateway", gateway),
              new Tag("replay", String.valueOf(replay)))
          .inc();
    }
  }

  public void jobRun(String job, String status) {
    MetricRegistry r = registry();
    if (r != null) {
      r.counter("pos_job_runs", new Tag("job", job), new Tag("status", status)).inc();
    }
  }
}
