-- A year of sales history for one business (:biz), bulk-loaded for bench/replica.sh: each
-- completed sale the load generator made is copied :copies times, spread over the past 365 days,
-- with its lines. Triggers and foreign keys are skipped for the load only (the copies are of
-- sales the product wrote and posted itself; their journal entries are not copied).
SET session_replication_role = replica;
CREATE TEMP TABLE copies AS
  SELECT s.id AS old_id, gen_random_uuid() AS new_id, g,
         -- in bigint: a hash near 2^31 plus the offset overflows an integer (and abs() of the
         -- smallest integer does too)
         now() - make_interval(days => ((g * 7919 + abs(hashtext(s.id::text)::bigint)) % 365)::int,
                               secs => abs(hashtext(s.id::text)::bigint) % 36000) AS at
  FROM sal_sale s, generate_series(1, :copies) g
  WHERE s.business_id = :'biz' AND s.status = 'COMPLETED';
INSERT INTO sal_sale (id, business_id, receipt_number, storefront_id, sale_type, customer_id, cashier_id,
                      status, subtotal, discount_total, tax_total, total, amount_paid, change_due, cost_total,
                      refunded_total, journal_entry_id, completed_at, created_at, updated_at)
SELECT c.new_id, s.business_id, 'H' || c.g || '-' || s.receipt_number, s.storefront_id, s.sale_type,
       s.customer_id, s.cashier_id, s.status, s.subtotal, s.discount_total, s.tax_total, s.total,
       s.amount_paid, s.change_due, s.cost_total, s.refunded_total, s.journal_entry_id, c.at, c.at, c.at
FROM copies c JOIN sal_sale s ON s.id = c.old_id;
INSERT INTO sal_sale_item (id, business_id, sale_id, line_number, product_id, quantity, unit_price,
                           price_overridden, gross, discount, net, tax_rate, tax, total, cost,
                           refunded_quantity, refunded_net, refunded_tax, created_at, updated_at)
SELECT gen_random_uuid(), i.business_id, c.new_id, i.line_number, i.product_id, i.quantity, i.unit_price,
       i.price_overridden, i.gross, i.discount, i.net, i.tax_rate, i.tax, i.total, i.cost,
       i.refunded_quantity, i.refunded_net, i.refunded_tax, c.at, c.at
FROM copies c JOIN sal_sale_item i ON i.sale_id = c.old_id;
SET session_replication_role = origin;
ANALYZE sal_sale;
ANALYZE sal_sale_item;
