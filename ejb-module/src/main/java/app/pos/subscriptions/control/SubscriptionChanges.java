package app.pos.subscriptions.control;

import app.pos.platform.control.ReferenceData;
import app.pos.subscriptions.entity.Subscription;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * A subscription or plan written through JPA (whoever writes it: checkouts, webhooks, the daily
 * rules, the platform owner) drops the kept copy of the subscription in force: the business's own,
 * or every business's when a plan's limits change.
 */
public class SubscriptionChanges {

  @PostPersist
  @PostUpdate
  @PostRemove
  void changed(Object entity) {
    ReferenceData reference = CDI.current().select(ReferenceData.class).get();
    if (entity instanceof Subscription subscription) {
      reference.changed(PlanLimits.IN_FORCE, subscription.getBusinessId());
    } else {
      reference.changedAll(PlanLimits.IN_FORCE);
    }
  }
}
