package app.pos.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which native statements without a business_id = ?1 filter the tenancy guard lets through. */
class TenantStoreGuardTest {

  static final String ENTRY_WITH_LINES =
      "WITH entry AS (INSERT INTO bk_journal_entry (business_id, id, total) VALUES (?1, ?2, ?3))"
          + " INSERT INTO bk_ledger_entry (business_id, id, journal_entry_id) SELECT ?1,"
          + " gen_random_uuid(), ?2 FROM unnest(CAST(?4 AS uuid[])) AS l(account_id)";

  @Test
  void aWithOfInsertsEachScopedPasses() {
    assertThat(TenantStore.insertsScoped(ENTRY_WITH_LINES)).isTrue();
  }

  @Test
  void aSingleScopedInsertPasses() {
    assertThat(
            TenantStore.insertsScoped(
                "INSERT INTO inv_stock_balance (business_id, lot_id) VALUES (?1, ?2)"
                    + " ON CONFLICT (lot_id) DO UPDATE SET on_hand = 1"))
        .isTrue();
  }

  @Test
  void aWithThatDeletesIsRefused() {
    assertThat(
            TenantStore.insertsScoped(
                "WITH g AS (DELETE FROM inv_product WHERE id = ?2 RETURNING id)"
                    + " INSERT INTO inv_stock_movement (business_id, id) VALUES (?1, ?3)"))
        .isFalse();
  }

  @Test
  void aWithThatUpdatesIsRefused() {
    assertThat(
            TenantStore.insertsScoped(
                "WITH u AS (UPDATE inv_stock_balance SET on_hand = 0 WHERE lot_id = ?2 RETURNING"
                    + " lot_id) INSERT INTO inv_stock_movement (business_id, id) SELECT ?1, ?3"))
        .isFalse();
  }

  @Test
  void anInsertSpelledOtherwiseInsideAWithIsRefused() {
    assertThat(
            TenantStore.insertsScoped(
                "WITH e AS (INSERT INTO public.bk_journal_entry (id, business_id) VALUES (?2, ?3))"
                    + " INSERT INTO bk_ledger_entry (business_id, id) VALUES (?1, ?2)"))
        .isFalse();
  }

  @Test
  void aSubqueryGivingTheBusinessDoesNotScopeASecondInsert() {
    assertThat(
            TenantStore.insertsScoped(
                "WITH e AS (INSERT INTO bk_journal_entry (business_id, id) SELECT ?2, b FROM"
                    + " (SELECT ?1, ?2 AS b) x) INSERT INTO bk_ledger_entry (business_id, id)"
                    + " VALUES (?1, ?2)"))
        .isFalse();
  }

  @Test
  void aSecondStatementIsRefused() {
    assertThat(TenantStore.insertsScoped(ENTRY_WITH_LINES + "; DELETE FROM acc_business"))
        .isFalse();
  }
}
