package app.pos.bookkeeping.boundary;

import app.pos.bookkeeping.entity.LedgerAccount;
import app.pos.platform.control.ActiveFilter;
import app.pos.platform.control.Audited;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.PatchFields;
import app.pos.platform.control.ReferenceData;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The chart of accounts with balances computed from the indexed ledger lines: no running balance
 * row that every posting would have to lock.
 */
@Stateless
public class LedgerAccounts {

  @Inject TenantStore store;
  @Inject ReferenceData reference;

  public List<LedgerAccountView> chart() {
    return chart(ActiveFilter.ACTIVE);
  }

  /** The chart: active accounts, retired ones or both. */
  public List<LedgerAccountView> chart(ActiveFilter active) {
    Map<UUID, BigDecimal[]> totals = totals();
    return store.list(LedgerAccount.class, active.jpql(), Map.of(), "e.code").stream()
        .map(a -> view(a, totals))
        .toList();
  }

  public LedgerAccountView find(UUID id) {
    return view(store.find(LedgerAccount.class, id), totals());
  }

  @Audited(value = "ledger_account.created", entity = "LedgerAccount")
  public LedgerAccountView create(CreateLedgerAccount command) {
    String code = command.code.trim();
    if (!store.list(LedgerAccount.class, "e.code = :code", Map.of("code", code), null).isEmpty()) {
      throw new InvalidInputException("code", "is already used by another account");
    }
    if (command.parentId != null) {
      LedgerAccount parent =
          store
              .findOptional(LedgerAccount.class, command.parentId)
              .orElseThrow(
                  () ->
                      new InvalidInputException("parent_id", "is not an account of this business"));
      if (parent.getAccountType() != command.accountType) {
        throw new InvalidInputException("parent_id", "must be an account of the same type");
      }
    }
    reference.changed(Ledger.CHART, store.businessId());
    LedgerAccount account =
        store.persist(
            new LedgerAccount(
                code, command.name.trim(), command.accountType, command.parentId, false));
    return view(account, Map.of());
  }

  /** Renames, retires or reopens an account; retiring follows {@link #deactivate}'s rules. */
  @Audited(value = "ledger_account.updated", entity = "LedgerAccount")
  public LedgerAccountView update(UUID id, UpdateLedgerAccount command) {
    LedgerAccount account = store.lock(LedgerAccount.class, id);
    reference.changed(Ledger.CHART, store.businessId());
    PatchFields.requireAny("name, is_active", command.name, command.isActive);
    if (command.name != null) {
      account.rename(command.name.trim());
    }
    if (Boolean.FALSE.equals(command.isActive) && account.isActive()) {
      retire(account);
    } else if (Boolean.TRUE.equals(command.isActive)) {
      account.activate();
    }
    return view(account, totals());
  }

  /** Deactivates an account no longer used: never a system account, never one with a balance. */
  @Audited(value = "ledger_account.deactivated", entity = "LedgerAccount")
  public LedgerAccountView deactivate(UUID id) {
    LedgerAccount account = store.lock(LedgerAccount.class, id);
    retire(account);
    return view(account, totals());
  }

  private void retire(LedgerAccount account) {
    if (account.isSystem()) {
      throw new StateConflictException(
          "system-account",
          "System account",
          "Account " + account.getCode() + " is used by the system");
    }
    LedgerAccountView current = view(account, totals());
    if (current.balance().signum() != 0) {
      throw new StateConflictException(
          "account-has-balance",
          "Account has a balance",
          "Only an account with a zero balance can be deactivated");
    }
    reference.changed(Ledger.CHART, store.businessId());
    account.deactivate();
  }

  private Map<UUID, BigDecimal[]> totals() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery(
                "SELECT account_id, sum(debit), sum(credit) FROM bk_ledger_entry"
                    + " WHERE business_id = ?1 GROUP BY account_id")
            .getResultList();
    Map<UUID, BigDecimal[]> totals = new HashMap<>();
    for (Object[] row : rows) {
      totals.put((UUID) row[0], new BigDecimal[] {(BigDecimal) row[1], (BigDecimal) row[2]});
    }
    return totals;
  }

  private static LedgerAccountView view(LedgerAccount account, Map<UUID, BigDecimal[]> totals) {
    BigDecimal[] t =
        totals.getOrDefault(account.getId(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    return LedgerAccountView.of(account, t[0], t[1]);
  }
}
