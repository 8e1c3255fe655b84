package app.pos.sales.control;

import app.pos.platform.control.QuotaCounter;
import app.pos.platform.control.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Sales this calendar month (UTC), cancelled ones aside, for the plan's limit. */
@ApplicationScoped
public class MonthlySalesQuota implements QuotaCounter {

  @Inject TenantStore store;

  @Override
  public boolean counts(String metric) {
    return "monthly_sales".equals(metric);
  }

  @Override
  public long used(String metric) {
    return ((Number)
            store
                .nativeQuery(
                    "SELECT count(*) FROM sal_sale WHERE business_id = ?1 AND status <> 'CANCELLED'"
                        + " AND created_at >= date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'")
                .getSingleResult())
        .longValue();
  }
}
