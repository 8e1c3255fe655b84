-- Offline sales, reviewed: who sent each sale (the caller is accountable for it, beside the cashier
-- the till named) and a fingerprint of the sale as received, so a client_sale_id reused with
-- another body is refused instead of answered as the first sale. Rows recorded before this
-- migration keep NULL in both (their sender and body were not kept).
ALTER TABLE sal_offline_sale ADD COLUMN synced_by UUID;
ALTER TABLE sal_offline_sale ADD COLUMN fingerprint VARCHAR(64)
    CHECK (fingerprint ~ '^[0-9a-f]{64}$');
ALTER TABLE sal_offline_sale ADD CONSTRAINT sal_offline_sale_synced_with_fingerprint
    CHECK ((synced_by IS NULL) = (fingerprint IS NULL));

-- A retired customer's offline credit sale is its own kind of exception, not a blocked one.
ALTER TABLE sal_sale_exception DROP CONSTRAINT sal_sale_exception_kind_check;
ALTER TABLE sal_sale_exception ADD CONSTRAINT sal_sale_exception_kind_check
    CHECK (kind IN ('OVERSOLD', 'PRICE_MISMATCH', 'CREDIT_LIMIT_EXCEEDED', 'CUSTOMER_BLOCKED',
                    'CREDIT_OVERDUE', 'CUSTOMER_INACTIVE'));
