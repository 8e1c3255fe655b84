package app.pos.subscriptions.boundary;

import app.pos.platform.control.BusinessRegistered;
import app.pos.platform.control.TenantStore;
import app.pos.subscriptions.entity.Plan;
import app.pos.subscriptions.entity.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * A newly registered business starts a TRIAL on the default plan, in the registration's
 * transaction.
 */
@ApplicationScoped
public class TrialOnRegistration {

  @Inject TenantStore store;
  @Inject Plans plans;

  void startTrial(@Observes BusinessRegistered registered) {
    Plan plan = plans.defaultPlan();
    Instant now = Instant.now();
    store.persist(
        Subscription.trial(plan.getId(), now, now.plus(Duration.ofDays(plan.getTrialDays()))));
  }
}
