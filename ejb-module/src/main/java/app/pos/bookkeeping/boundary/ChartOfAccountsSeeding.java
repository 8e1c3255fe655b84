package app.pos.bookkeeping.boundary;

import app.pos.bookkeeping.entity.LedgerAccount;
import app.pos.platform.control.BusinessRegistered;
import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Gives a newly registered business its chart of accounts and its journal-entry sequence, in the
 * registration's transaction: a business without a chart never exists.
 */
@ApplicationScoped
@CrossTenant("creates the new business's own sequence (DDL)")
public class ChartOfAccountsSeeding {

  @Inject TenantStore store;

  void seed(@Observes BusinessRegistered registered) {
    for (ChartOfAccounts.SystemAccount account : ChartOfAccounts.SYSTEM_ACCOUNTS) {
      store.persist(new LedgerAccount(account.code(), account.name(), account.type(), null, true));
    }
    String sequence =
        ChartOfAccounts.ENTRY_SEQUENCE_PREFIX + registered.businessId().toString().replace("-", "");
    store.unscoped().createNativeQuery("CREATE SEQUENCE " + sequence).executeUpdate();
  }
}
