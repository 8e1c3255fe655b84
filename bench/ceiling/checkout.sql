-- One checkout: three guarded decrements in id order, the sale, its lines and two payments, a
-- journal entry of five lines and an audit row, in one transaction.
\set p1 random(1, 3000)
\set p2 :p1 + random(1, 3000)
\set p3 :p2 + random(1, 3000)
BEGIN;
UPDATE c_stock SET on_hand = on_hand - 1, book_value = book_value - 1.25 WHERE id = :p1 AND on_hand - reserved >= 1;
UPDATE c_stock SET on_hand = on_hand - 1, book_value = book_value - 1.25 WHERE id = :p2 AND on_hand - reserved >= 1;
UPDATE c_stock SET on_hand = on_hand - 1, book_value = book_value - 1.25 WHERE id = :p3 AND on_hand - reserved >= 1;
WITH s AS (INSERT INTO c_sale (id, business_id, receipt_number, total, status, created_at)
           VALUES (gen_random_uuid(), '11111111-1111-1111-1111-111111111111', nextval('c_receipt_seq'), 6.00, 'COMPLETED', now()) RETURNING id),
     l AS (INSERT INTO c_sale_line SELECT gen_random_uuid(), s.id, p, 1, 2.00 FROM s, unnest(ARRAY[:p1, :p2, :p3]::integer[]) p),
     y AS (INSERT INTO c_payment SELECT gen_random_uuid(), s.id, m, 3.00 FROM s, unnest(ARRAY['CARD', 'CASH']) m),
     e AS (INSERT INTO c_entry VALUES (gen_random_uuid(), '11111111-1111-1111-1111-111111111111', nextval('c_entry_seq'), 9.75, now()) RETURNING id)
INSERT INTO c_ledger_line SELECT gen_random_uuid(), e.id, a, d, c FROM e,
    (VALUES (1010, 3.00, 0), (1000, 3.00, 0), (4000, 0, 6.00), (5000, 3.75, 0), (1200, 0, 3.75)) v(a, d, c);
INSERT INTO c_audit VALUES (gen_random_uuid(), '11111111-1111-1111-1111-111111111111', 'sale.created', '{"items":3}', now());
COMMIT;
