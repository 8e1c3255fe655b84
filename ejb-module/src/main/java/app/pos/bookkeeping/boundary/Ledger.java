package app.pos.bookkeeping.boundary;

import app.pos.bookkeeping.entity.JournalEntry;
import app.pos.bookkeeping.entity.LedgerAccount;
import app.pos.platform.control.CurrentTenant;
import app.pos.platform.control.InvalidInputException;
import app.pos.platform.control.ReferenceData;
import app.pos.platform.control.ResourceNotFoundException;
import app.pos.platform.control.SqlArrays;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

  /**
   * Posts a draft; the posted entry's id. Other components keep only that id, so the entry and its
   * lines are written by one statement, numbered from the business's sequence inside it, and no
   * entity is built (a sale posts one on every checkout).
   */
  public UUID post(JournalDraft draft) {
    requirePostable(draft, chart());
    UUID id = UUID.randomUUID();
    List<JournalDraft.Line> lines = draft.lines();
    store
        .nativeQuery(
            "WITH entry AS (INSERT INTO bk_journal_entry (business_id, id, entry_number, entry_date,"
                + " description, reference, source_type, source_id, total, posted_by, created_at,"
                + " updated_at) VALUES (?1, ?2, nextval(CAST(?3 AS regclass)), CAST(?4 AS date), ?5,"
                + " NULLIF(?6, ''), ?7, CAST(NULLIF(?8, '') AS uuid), ?9, CAST(NULLIF(?10, '') AS uuid),"
                + " CAST(?15 AS timestamptz), CAST(?15 AS timestamptz)))"
                + " INSERT INTO bk_ledger_entry (business_id, id, journal_entry_id, line_number,"
                + " account_id, entry_date, debit, credit, memo, created_at, updated_at)"
                + " SELECT ?1, gen_random_uuid(), ?2, l.n, l.account_id, CAST(?4 AS date), l.debit,"
                + " l.credit, l.memo, CAST(?15 AS timestamptz), CAST(?15 AS timestamptz)"
                + " FROM unnest(CAST(?11 AS uuid[]), CAST(?12 AS numeric[]), CAST(?13 AS numeric[]),"
                + " CAST(?14 AS text[]))"
                + " WITH ORDINALITY AS l(account_id, debit, credit, memo, n)")
        .setParameter(2, id)
        .setParameter(3, store.sequence(ChartOfAccounts.ENTRY_SEQUENCE_PREFIX))
        .setParameter(4, draft.date().toString())
        .setParameter(5, draft.description())
        // no null parameters: not every JPA provider binds an untyped null the database can cast
        .setParameter(6, draft.reference() == null ? "" : draft.reference())
        .setParameter(7, draft.sourceType())
        .setParameter(8, draft.sourceId() == null ? "" : draft.sourceId().toString())
        .setParameter(9, draft.total())
        .setParameter(10, tenant.userId().map(UUID::toString).orElse(""))
        .setParameter(
            11, SqlArrays.literal(lines.stream().map(JournalDraft.Line::accountId).toList()))
        .setParameter(12, SqlArrays.literal(lines.stream().map(JournalDraft.Line::debit).toList()))
        .setParameter(13, SqlArrays.literal(lines.stream().map(JournalDraft.Line::credit).toList()))
        .setParameter(14, SqlArrays.literal(lines.stream().map(JournalDraft.Line::memo).toList()))
        // the clock the entity path stamps with: entries list in the order they were posted
        .setParameter(15, Instant.now().truncatedTo(ChronoUnit.MICROS).toString())
        .executeUpdate();
    return id;
  }

  /**
   * What the ledger checks of a draft before it is posted: its date, the period, its accounts
   * (against {@code chart}: the kept copy for postings of other components, which name system
   * accounts that are never retired; read afresh for the ledger's own entries, which may name any).
   */
  private void requirePostable(JournalDraft draft, Map<UUID, ChartLine> chart) {
    if (draft.date().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
      throw new InvalidInputException("date", "an entry cannot be dated in the future");
    }
    periods.requireOpen(draft.date());
    requireUsableAccounts(draft, chart);
  }

  /**
   * Posts a draft and gives the entry itself, for bookkeeping's own use cases; {@code reverses}
   * names the entry it reverses, if it is a reversal.
   */
  public JournalEntry postEntry(JournalDraft draft, UUID reverses) {
    requirePostable(draft, readChart());
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

  private void requireUsableAccounts(JournalDraft draft, Map<UUID, ChartLine> chart) {
    Map<UUID, ChartLine> accounts =
        draft.lines().stream().allMatch(l -> chart.containsKey(l.accountId()))
            ? chart
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
