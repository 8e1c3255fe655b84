package app.pos.bookkeeping.boundary;

import app.pos.bookkeeping.entity.JournalEntry;
import app.pos.bookkeeping.entity.LedgerAccount;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.ReferenceData;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Posts drafts to the ledger in the caller's transaction: sales, refunds, goods receipts and manual
 * entries all come through here. The draft has already checked its own arithmetic; the ledger
 * checks what needs the database (the accounts are this business's and active) and numbers the
 * entry from the business's own sequence.
 */
@Stateless
public class Ledger {

  @Inject TenantStore store;
  @Inject CurrentTenant tenant;
  @Inject FinancialPeriods periods;
  @Inject ReferenceData reference;

  /** The kind of {@link ReferenceData} a business's chart of accounts is kept as. */
  static final String CHART = "chart-of-accounts";

  /** Posts a draft; the posted entry's id. Other components keep only that id. */
  public UUID post(JournalDraft draft) {
    return postEntry(draft, null).getId();
  }

  /**
   * Posts a draft and gives the entry itself, for bookkeeping's own use cases; {@code reverses}
   * names the entry it reverses, if it is a reversal.
   */
  public JournalEntry postEntry(JournalDraft draft, UUID reverses) {
    if (draft.date().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
      throw new InvalidInputException("date", "an entry cannot be dated in the future");
    }
    periods.requireOpen(draft.date());
    requireUsableAccounts(draft);
    JournalEntry entry =
        new JournalEntry(
            store.nextInSequence(ChartOfAccounts.ENTRY_SEQUENCE_PREFIX),
            draft.date(),
            draft.description(),
            draft.reference(),
            draft.sourceType(),
            draft.sourceId(),
            reverses,
            draft.total(),
            tenant.userId().orElse(null));
    store.persist(entry);
    for (JournalDraft.Line line : draft.lines()) {
      store.persist(entry.addLine(line.accountId(), line.debit(), line.credit(), line.memo()));
    }
    return entry;
  }

  /**
   * This business's account ids by code, in one query: posting rules name accounts by code and a
   * sale names up to six of them.
   */
  public Map<String, UUID> accountsByCode() {
    Map<String, UUID> ids = new HashMap<>();
    for (ChartLine account : chart().values()) {
      ids.put(account.code(), account.id());
    }
    return ids;
  }

  /**
   * This business's accounts by id, a copy kept a few seconds (see {@link ReferenceData}): a sale
   * looks them up by code and then checks the ones it posts to.
   */
  private Map<UUID, ChartLine> chart() {
    return reference.read(CHART, store.businessId(), this::readChart);
  }

  /** What posting needs of an account: its code and whether it takes postings. */
  private record ChartLine(UUID id, String code, boolean active) {}

  private Map<UUID, ChartLine> readChart() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        store
            .nativeQuery("SELECT id, code, is_active FROM bk_ledger_account WHERE business_id = ?1")
            .getResultList();
    Map<UUID, ChartLine> chart = new HashMap<>();
    for (Object[] r : rows) {
      chart.put((UUID) r[0], new ChartLine((UUID) r[0], (String) r[1], (Boolean) r[2]));
    }
    return Map.copyOf(chart);
  }

  /** The account id for a code from {@link #accountsByCode()}, or 404 when there is none. */
  public static UUID require(Map<String, UUID> accounts, String code) {
    UUID id = accounts.get(code);
    if (id == null) {
      throw new ResourceNotFoundException("Ledger account", code);
    }
    return id;
  }

  /** The id of this business's account with that code, for posting rules that name codes. */
  public UUID accountId(String code) {
    return store
        .select(LedgerAccount.class, "e.code = :code", Map.of("code", code), null)
        .getResultStream()
        .findFirst()
        .map(LedgerAccount::getId)
        .orElseThrow(() -> new ResourceNotFoundException("Ledger account", code));
  }

  private void requireUsableAccounts(JournalDraft draft) {
    Map<UUID, ChartLine> cached = chart();
    Map<UUID, ChartLine> accounts =
        draft.lines().stream().allMatch(l -> cached.containsKey(l.accountId()))
            ? cached
            : readChart(); // an account opened earlier in this transaction
    Map<String, List<String>> errors = new HashMap<>();
    List<JournalDraft.Line> lines = draft.lines();
    for (int i = 0; i < lines.size(); i++) {
      ChartLine account = accounts.get(lines.get(i).accountId());
      if (account == null) {
        errors.put("lines[" + i + "].account_id", List.of("is not an account of this business"));
      } else if (!account.active()) {
        errors.put("lines[" + i + "].account_id", List.of("is inactive"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
