package app.pos.sales.boundary;

import app.pos.platform.control.BusinessRegistered;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Gives a newly registered business its receipt-number sequence: numbers unique per business with
 * no counter row that every checkout would have to lock.
 */
@ApplicationScoped
@CrossTenant("creates the new business's own sequence (DDL)")
public class ReceiptNumbering {

  @Inject TenantStore store;

  void createSequence(@Observes BusinessRegistered registered) {
    store
        .unscoped()
        .createNativeQuery(
            "CREATE SEQUENCE "
                + Sales.RECEIPT_SEQUENCE_PREFIX
                + registered.businessId().toString().replace("-", ""))
        .executeUpdate();
  }
}
