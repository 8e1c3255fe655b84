package app.pos.subscriptions.control;

import app.pos.platform.control.NotPermittedException;
import app.pos.platform.control.QuotaCounter;
import app.pos.platform.control.QuotaUse;
import app.pos.platform.control.ReferenceData;
import app.pos.platform.control.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Holds a business to its plan: before one more user, storefront, warehouse, product or sale this
 * month is created, counts what exists (indexed counts, no counter row a checkout would lock) and
 * refuses at the limit. Count and create are serialized per business and metric with a
 * transaction-scoped advisory lock, so concurrent creates cannot pass the limit together.
 */
@ApplicationScoped
public class PlanLimits {

  public static final List<String> METRICS =
      List.of("users", "storefronts", "warehouses", "products", "monthly_sales");

  static final String SALES = "monthly_sales";

  /**
   * Sales far from their monthly limit are not serialized (a checkout would wait for every other of
   * its business): more than this many left cannot be used up by the transactions running at once,
   * which the connection pools bound.
   */
  static final long SALES_HEADROOM = 256;

  @Inject TenantStore store;
  @Inject ReferenceData reference;
  @Inject Instance<QuotaCounter> counters;

  /** The plan in force: its name and limits by metric (null: unlimited), or null if none. */
  public record Limits(String planCode, String planName, List<Integer> byMetric) {

    /** Kept as reference data, shared by every request: its limits cannot change. */
    public Limits {
      byMetric = Collections.unmodifiableList(new ArrayList<>(byMetric));
    }

    public Integer of(String metric) {
      return byMetric.get(METRICS.indexOf(metric));
    }
  }

  void check(@Observes QuotaUse use) {
    Limits limits = limits();
    if (limits == null) {
      return; // no subscription in force: the standing check decides whether writes are allowed
    }
    Integer limit = limits.of(use.metric());
    if (limit == null) {
      return;
    }
    long used = used(use.metric());
    if (used < limit && (!SALES.equals(use.metric()) || limit - used <= SALES_HEADROOM)) {
      // count-then-create runs one at a time per business and metric: the lock is held to commit,
      // and the count after it sees what the previous holder created
      store
          .nativeQuery(
              "SELECT CAST(pg_advisory_xact_lock(hashtext(CAST(s.business_id AS text)),"
                  + " hashtext(?2)) AS text) FROM sub_subscription s WHERE s.business_id = ?1"
                  + " LIMIT 1")
          .setParameter(2, use.metric())
          .getResultList();
      used = used(use.metric());
    }
    if (used >= limit) {
      throw new NotPermittedException(
          "plan-limit-exceeded",
          "Plan limit exceeded",
          "The "
              + limits.planName()
              + " plan allows "
              + limit
              + " "
              + use.metric().replace('_', ' ')
              + "; upgrade the subscription to add more");
    }
  }

  /**
   * The subscription in force as every write request reads it: the latest subscription's status
   * ({@code null} when the business has none yet) and the limits of the plan in force ({@code null}
   * when none is).
   */
  public record InForce(String latestStatus, Limits limits) {}

  /** The kind of {@link ReferenceData} the subscription in force is kept as, per business. */
  public static final String IN_FORCE = "subscription-in-force";

  /**
   * Read by every write request (its standing) and every sale (its limit): a copy kept a few
   * seconds (see {@link ReferenceData}), dropped whenever a subscription or plan is written.
   */
  public InForce inForce() {
    return reference.read(
        IN_FORCE, store.businessId(), () -> new InForce(latestStatus(), readLimits()));
  }

  public Limits limits() {
    return inForce().limits();
  }

  private String latestStatus() {
    @SuppressWarnings("unchecked")
    List<String> latest =
        store
            .nativeQuery(
                "SELECT status FROM sub_subscription WHERE business_id = ?1 AND status <> 'PENDING'"
                    + " ORDER BY (status IN ('TRIAL', 'ACTIVE', 'PAST_DUE')) DESC, created_at DESC LIMIT 1")
            .getResultList();
    return latest.isEmpty() ? null : latest.get(0);
  }

  private Limits readLimits() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT p.code, p.name, p.max_users, p.max_storefronts, p.max_warehouses, p.max_products,"
                    + " p.max_monthly_sales FROM sub_subscription s JOIN sub_plan p ON p.id = s.plan_id"
                    + " WHERE s.business_id = ?1 AND s.status IN ('TRIAL', 'ACTIVE', 'PAST_DUE')")
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] r = rows.get(0);
    List<Integer> byMetric = new ArrayList<>();
    for (int i = 0; i < METRICS.size(); i++) {
      byMetric.add(r[2 + i] == null ? null : ((Number) r[2 + i]).intValue());
    }
    return new Limits((String) r[0], (String) r[1], byMetric);
  }

  /** How much of a metric the business uses now (sales: this calendar month, UTC). */
  public long used(String metric) {
    return counters.stream()
        .filter(c -> c.counts(metric))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no such metric: " + metric))
        .used(metric);
  }
}
