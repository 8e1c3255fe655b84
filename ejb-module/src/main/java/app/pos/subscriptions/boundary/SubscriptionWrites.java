package app.pos.subscriptions.boundary;

import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.TenantStore;
import app.pos.subscriptions.entity.Subscription;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** The short transactions around a gateway call: before it, after it, or when it failed. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SubscriptionWrites {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;

  public Subscription openPending(UUID planId, String gateway) {
    return store.persist(Subscription.pending(planId, gateway));
  }

  public Subscription checkoutOpened(UUID id, String reference, String url) {
    Subscription s = store.find(Subscription.class, id);
    s.checkoutOpened(reference, url);
    return s;
  }

  /** The gateway refused or could not be reached: the checkout never opened. */
  public void abandon(UUID id) {
    store.find(Subscription.class, id).end();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public String callerEmail() {
    @SuppressWarnings("unchecked")
    List<String> emails =
        store
            .nativeQuery("SELECT email FROM acc_user WHERE business_id = ?1 AND id = ?2")
            .setParameter(2, tenant.userId().orElse(null))
            .getResultList();
    return emails.isEmpty() ? null : emails.get(0);
  }
}
