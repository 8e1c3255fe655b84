package app.pos.subscriptions.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * System initialisation for billing, at every start and idempotent: the default plans exist, and a
 * business that has never had a subscription (registered before billing existed) starts a trial.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class SubscriptionSetup {

  private static final Logger LOG = Logger.getLogger(SubscriptionSetup.class.getName());

  @Inject Plans plans;
  @Inject SubscriptionLifecycle lifecycle;

  @PostConstruct
  void initialise() {
    int created = plans.ensureDefaults();
    int trials = lifecycle.startMissingTrials();
    if (created + trials > 0) {
      LOG.info("Created " + created + " default plan(s) and " + trials + " trial subscription(s)");
    }
  }
}
