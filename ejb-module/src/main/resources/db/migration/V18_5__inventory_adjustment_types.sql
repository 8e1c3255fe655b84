-- Adjustments carry one of sixteen types, each with a direction and a ledger account (see
-- AdjustmentType), and the on-hand quantity at the location before and after they were applied.
ALTER TABLE inv_stock_adjustment DROP CONSTRAINT inv_stock_adjustment_adjustment_type_check;

-- the older types map onto the new ones: a CORRECTION made by a stock count is a COUNT_VARIANCE,
-- another CORRECTION goes up or down by its sign, SUPPLIER_RETURN is RETURN_TO_SUPPLIER
UPDATE inv_stock_adjustment SET adjustment_type = 'COUNT_VARIANCE'
    WHERE adjustment_type = 'CORRECTION' AND reason LIKE 'Stock count%';
UPDATE inv_stock_adjustment SET adjustment_type = CASE WHEN quantity > 0 THEN 'CORRECTION_UP' ELSE 'CORRECTION_DOWN' END
    WHERE adjustment_type = 'CORRECTION';
UPDATE inv_stock_adjustment SET adjustment_type = 'RETURN_TO_SUPPLIER' WHERE adjustment_type = 'SUPPLIER_RETURN';

ALTER TABLE inv_stock_adjustment ADD CONSTRAINT inv_stock_adjustment_type_check CHECK (adjustment_type IN (
    'THEFT', 'LOSS', 'DAMAGE', 'EXPIRED', 'SPOILAGE', 'WRITE_OFF', 'TRANSFER_LOSS', 'CORRECTION_DOWN',
    'SAMPLE', 'INTERNAL_USE', 'RETURN_TO_SUPPLIER', 'FOUND', 'CUSTOMER_RETURN', 'CORRECTION_UP',
    'COUNT_VARIANCE', 'OTHER'));
-- the direction of each type, as AdjustmentType says: the signed two go either way
ALTER TABLE inv_stock_adjustment ADD CONSTRAINT inv_stock_adjustment_direction_check CHECK (
    adjustment_type IN ('COUNT_VARIANCE', 'OTHER')
    OR (adjustment_type IN ('FOUND', 'CUSTOMER_RETURN', 'CORRECTION_UP')) = (quantity > 0));

ALTER TABLE inv_stock_adjustment ADD COLUMN quantity_before NUMERIC(19,3);
ALTER TABLE inv_stock_adjustment ADD COLUMN quantity_after NUMERIC(19,3);
-- an applied adjustment says what the location held before and after; only those
ALTER TABLE inv_stock_adjustment ADD CONSTRAINT inv_stock_adjustment_before_after_check CHECK (
    (quantity_before IS NULL AND quantity_after IS NULL)
    OR (status = 'APPROVED' AND quantity_before >= 0 AND quantity_after >= 0
        AND quantity_after = quantity_before + quantity));

-- stock found with no known origin is a gain, not a negative shrinkage: every business gets the
-- account (new businesses from the chart's seeding)
INSERT INTO bk_ledger_account (id, business_id, code, name, account_type, is_system, is_active, created_at, updated_at)
SELECT gen_random_uuid(), b.id, '4200', 'Inventory gains', 'REVENUE', TRUE, TRUE, now(), now()
FROM acc_business b
ON CONFLICT (business_id, code) DO NOTHING;
