package app.pos.bookkeeping.boundary;

import app.pos.bookkeeping.entity.JournalEntry;
import app.pos.bookkeeping.entity.LedgerAccount;
import app.pos.platform.control.Audited;
import app.pos.platform.control.Conditions;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.Page;
import app.pos.platform.control.PageRequest;
import app.pos.platform.control.StateConflictException;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Manual journal entries and reversals; reading the journal. */
@Stateless
public class JournalEntries {

  @Inject TenantStore store;
  @Inject Ledger ledger;

  @Audited(value = "journal_entry.posted", entity = "JournalEntry")
  public JournalEntryView record(RecordJournalEntry command) {
    JournalDraft.Builder draft =
        JournalDraft.on(command.date, command.description).reference(command.reference);
    for (int i = 0; i < command.lines.size(); i++) {
      RecordJournalEntry.Line line = command.lines.get(i);
      draft.line(accountOf(i, line), line.debit, line.credit, line.memo);
    }
    return view(ledger.postEntry(draft.build(), null));
  }

  /** Posts the opposite of an entry, once; the original stays as it was. */
  @Audited(value = "journal_entry.reversed", entity = "JournalEntry")
  public JournalEntryView reverse(UUID id, ReverseJournalEntry command) {
    JournalEntry original = store.lock(JournalEntry.class, id);
    if (original.getReversesId() != null) {
      throw new StateConflictException(
          "reversal-not-reversible",
          "A reversal cannot be reversed",
          "Entry " + id + " is itself a reversal");
    }
    if (reversalOf(id) != null) {
      throw new StateConflictException(
          "already-reversed", "Already reversed", "Entry " + id + " has already been reversed");
    }
    String reason = command == null || command.reason == null ? "" : ": " + command.reason.trim();
    JournalDraft.Builder draft =
        JournalDraft.on(
                LocalDate.now(java.time.ZoneOffset.UTC),
                "Reversal of entry " + original.getEntryNumber() + reason)
            .reference(original.getReference())
            .source("REVERSAL", original.getId());
    for (JournalDraft.Line line :
        JournalDraft.opposite(
            original.getLines().stream()
                .map(
                    l ->
                        new JournalDraft.Line(
                            l.getAccountId(), l.getDebit(), l.getCredit(), l.getMemo()))
                .toList())) {
      draft.line(line.accountId(), line.debit(), line.credit(), line.memo());
    }
    try {
      JournalEntry reversal = ledger.postEntry(draft.build(), original.getId());
      store.flush();
      return view(reversal);
    } catch (PersistenceException concurrentReversal) {
      throw new StateConflictException(
          "already-reversed", "Already reversed", "Entry " + id + " has already been reversed");
    }
  }

  public JournalEntryView find(UUID id) {
    return view(store.find(JournalEntry.class, id));
  }

  public record Filter(LocalDate from, LocalDate to, String sourceType, UUID sourceId) {}

  public Page<JournalEntryView> list(Filter filter, PageRequest page) {
    Conditions where =
        new Conditions()
            .and("e.entryDate >= :from", "from", filter.from())
            .and("e.entryDate <= :to", "to", filter.to())
            .and("e.sourceType = :sourceType", "sourceType", filter.sourceType())
            .and("e.sourceId = :sourceId", "sourceId", filter.sourceId());
    Page<JournalEntry> entries =
        store.page(JournalEntry.class, where.where(), where.params(), "e.entryNumber DESC", page);
    Map<UUID, LedgerAccount> accounts = accounts();
    return entries.map(e -> JournalEntryView.of(e, reversalOf(e.getId()), accounts));
  }

  private JournalEntryView view(JournalEntry entry) {
    return JournalEntryView.of(entry, reversalOf(entry.getId()), accounts());
  }

  private UUID reversalOf(UUID id) {
    return store
        .select(JournalEntry.class, "e.reversesId = :id", Map.of("id", id), null)
        .getResultStream()
        .findFirst()
        .map(JournalEntry::getId)
        .orElse(null);
  }

  private Map<UUID, LedgerAccount> accounts() {
    return store.list(LedgerAccount.class, "", Map.of(), null).stream()
        .collect(Collectors.toMap(LedgerAccount::getId, Function.identity()));
  }

  private UUID accountOf(int index, RecordJournalEntry.Line line) {
    String field = "lines[" + index + "]";
    if (line.accountId != null) {
      return line.accountId;
    }
    if (line.accountCode == null || line.accountCode.isBlank()) {
      throw new InvalidInputException(
          field + ".account_id", "account_id or account_code is required");
    }
    List<LedgerAccount> found =
        store.list(
            LedgerAccount.class, "e.code = :code", Map.of("code", line.accountCode.trim()), null);
    if (found.isEmpty()) {
      throw new InvalidInputException(
          field + ".account_code", "is not an account of this business");
    }
    return found.get(0).getId();
  }
}
