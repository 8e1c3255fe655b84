/**
 * Bookkeeping: the chart of accounts, the double-entry ledger, periods, budgets and statements.
 *
 * <p><b>Owns</b> {@code bk_ledger_account}, {@code bk_journal_entry}, {@code bk_ledger_entry},
 * {@code bk_financial_period}, {@code bk_budget}, {@code bk_trial_balance}, {@code
 * bk_trial_balance_line}.
 *
 * <p><b>Offers</b> (boundary) {@code Ledger} (post a {@code JournalDraft}, get the entry's id; the
 * account codes of {@code ChartOfAccounts}), {@code JournalEntries}, {@code LedgerAccounts}, {@code
 * LedgerLines}, {@code FinancialPeriods}, {@code FinancialStatements}, {@code Budgets}, {@code
 * TrialBalances}; the {@code trial-balance} job. Sales and inventory post through {@code Ledger}
 * and never see its entities.
 *
 * <p><b>Observes</b> {@link app.pos.platform.control.BusinessRegistered} ({@code
 * ChartOfAccountsSeeding}: the system accounts, in the registration's transaction).
 * <b>Publishes</b> no events.
 */
package app.pos.bookkeeping;
