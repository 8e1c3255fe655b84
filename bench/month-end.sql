-- 2,500,000 balanced journal entries of two lines each (5 M ledger lines) for one business, this
-- month, bulk-loaded: triggers and foreign keys are skipped for the load only (the product's own
-- checks stand for what it writes itself).
SET session_replication_role = replica;
CREATE TEMP TABLE accounts AS
  SELECT array_agg(id ORDER BY code) AS ids FROM bk_ledger_account WHERE business_id = :'biz';
INSERT INTO bk_journal_entry (id, business_id, entry_number, entry_date, description, source_type, total,
                              created_at, updated_at)
SELECT gen_random_uuid(), :'biz', 100000000 + g, date_trunc('month', now())::date + (g % 28),
       'bench', 'MANUAL', 10, now(), now()
FROM generate_series(1, 2500000) g;
INSERT INTO bk_ledger_entry (id, business_id, journal_entry_id, line_number, account_id, entry_date, debit,
                             credit, created_at, updated_at)
SELECT gen_random_uuid(), e.business_id, e.id, side, a.ids[1 + (e.entry_number % array_length(a.ids, 1))::int],
       e.entry_date, CASE WHEN side = 1 THEN 10 ELSE 0 END, CASE WHEN side = 2 THEN 10 ELSE 0 END, now(), now()
FROM bk_journal_entry e, accounts a, (VALUES (1), (2)) s(side)
WHERE e.business_id = :'biz' AND e.description = 'bench';
SET session_replication_role = origin;
ANALYZE bk_journal_entry;
ANALYZE bk_ledger_entry;
