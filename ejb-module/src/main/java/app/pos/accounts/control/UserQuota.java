package app.pos.accounts.control;

import app.pos.platform.control.QuotaCounter;
import app.pos.platform.control.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Active users and open invitations (each holds a seat until accepted, revoked or expired), for the
 * plan's user limit (indexed counts, no counter row).
 */
@ApplicationScoped
public class UserQuota implements QuotaCounter {

  @Inject TenantStore store;

  @Override
  public boolean counts(String metric) {
    return "users".equals(metric);
  }

  @Override
  public long used(String metric) {
    return ((Number)
            store
                .nativeQuery(
                    "SELECT (SELECT count(*) FROM acc_user WHERE business_id = ?1 AND is_active)"
                        + " + (SELECT count(*) FROM acc_invitation WHERE business_id = ?1"
                        + " AND status = 'PENDING' AND expires_at > now())")
                .getSingleResult())
        .longValue();
  }
}
