-- Offline tills: sales rung up without a connection and synced later, exactly once, and the
-- exceptions a manager resolves (oversold stock, prices that differ, credit refused).

-- One row per sale a till made offline: client_sale_id (made by the till) is the idempotency key,
-- unique per business, so a batch re-sent whole or in part never records a sale twice.
CREATE TABLE sal_offline_sale (
    id                  UUID PRIMARY KEY,
    business_id         UUID        NOT NULL REFERENCES acc_business (id),
    client_sale_id      UUID        NOT NULL,
    till_id             UUID        NOT NULL,
    storefront_id       UUID        NOT NULL,
    cashier_id          UUID        NOT NULL,
    occurred_at         TIMESTAMPTZ NOT NULL,
    sale_id             UUID        NOT NULL REFERENCES sal_sale (id),
    status              VARCHAR(10) NOT NULL CHECK (status IN ('APPLIED', 'EXCEPTION')),
    posted_on           DATE        NOT NULL,
    posted_on_open_date BOOLEAN     NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    UNIQUE (business_id, client_sale_id),
    UNIQUE (sale_id),
    -- the entry moves only forward, to the first open date after a locked one
    CHECK (posted_on_open_date OR posted_on = (occurred_at AT TIME ZONE 'UTC')::date),
    CHECK (NOT posted_on_open_date OR posted_on > (occurred_at AT TIME ZONE 'UTC')::date)
);
CREATE INDEX sal_offline_sale_till ON sal_offline_sale (business_id, till_id, occurred_at);

-- What could not be honoured as the till did it: a manager's queue.
CREATE TABLE sal_sale_exception (
    id                  UUID PRIMARY KEY,
    business_id         UUID          NOT NULL REFERENCES acc_business (id),
    sale_id             UUID          NOT NULL REFERENCES sal_sale (id),
    client_sale_id      UUID,
    storefront_id       UUID          NOT NULL,
    kind                VARCHAR(30)   NOT NULL CHECK (kind IN ('OVERSOLD', 'PRICE_MISMATCH',
                            'CREDIT_LIMIT_EXCEEDED', 'CUSTOMER_BLOCKED', 'CREDIT_OVERDUE')),
    status              VARCHAR(10)   NOT NULL CHECK (status IN ('OPEN', 'RESOLVED')),
    product_id          UUID,
    quantity            NUMERIC(19,3) CHECK (quantity > 0),
    unit_cost           NUMERIC(19,4) CHECK (unit_cost >= 0),
    value               NUMERIC(19,4) CHECK (value >= 0),
    expected_amount     NUMERIC(19,4),
    charged_amount      NUMERIC(19,4),
    detail              VARCHAR(500)  NOT NULL,
    resolution          VARCHAR(20)   CHECK (resolution IN ('STOCK_ARRIVED', 'WRITTEN_OFF', 'ACKNOWLEDGED')),
    resolution_note     VARCHAR(500),
    resolved_by         UUID,
    resolved_at         TIMESTAMPTZ,
    resolution_entry_id UUID REFERENCES bk_journal_entry (id),
    created_at          TIMESTAMPTZ   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL,
    -- an oversold position is so many units of a product at the last known lot cost
    CHECK (kind <> 'OVERSOLD' OR (product_id IS NOT NULL AND quantity IS NOT NULL
           AND unit_cost IS NOT NULL AND value IS NOT NULL)),
    CHECK ((status = 'RESOLVED') = (resolution IS NOT NULL AND resolved_at IS NOT NULL)),
    -- oversold units are resolved by stock or a write-off, each posted; the rest are acknowledged
    CHECK (resolution IS NULL OR (kind = 'OVERSOLD') = (resolution IN ('STOCK_ARRIVED', 'WRITTEN_OFF'))),
    CHECK (kind <> 'OVERSOLD' OR resolution IS NULL OR resolution_entry_id IS NOT NULL)
);
CREATE INDEX sal_sale_exception_queue ON sal_sale_exception (business_id, status, kind, created_at);
CREATE INDEX sal_sale_exception_sale ON sal_sale_exception (sale_id);

-- An exception once resolved stays resolved: its figures and resolution are not edited.
CREATE FUNCTION sal_refuse_exception_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'sale exception % is kept', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.status = 'RESOLVED' THEN
        RAISE EXCEPTION 'sale exception % is resolved', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.kind <> OLD.kind OR NEW.sale_id <> OLD.sale_id
       OR NEW.quantity IS DISTINCT FROM OLD.quantity OR NEW.value IS DISTINCT FROM OLD.value THEN
        RAISE EXCEPTION 'sale exception % keeps its figures', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER sal_sale_exception_resolved_once BEFORE UPDATE ON sal_sale_exception
    FOR EACH ROW EXECUTE FUNCTION sal_refuse_exception_rewrite();
CREATE TRIGGER sal_sale_exception_kept BEFORE DELETE ON sal_sale_exception
    FOR EACH ROW EXECUTE FUNCTION sal_refuse_exception_rewrite();

-- Units sold offline that the shelf did not have are owed to the books at their last known lot
-- cost: a holding position with its own inventory account (credit balance while open).
INSERT INTO bk_ledger_account (id, business_id, code, name, account_type, is_system, is_active,
                               created_at, updated_at)
SELECT gen_random_uuid(), b.id, '1250', 'Oversold stock (holding)', 'ASSET', TRUE, TRUE, now(), now()
FROM acc_business b
WHERE NOT EXISTS (SELECT 1 FROM bk_ledger_account a WHERE a.business_id = b.id AND a.code = '1250');

-- LOCKED beside CLOSED: a locked month takes no posting at all and is never reopened.
ALTER TABLE bk_financial_period DROP CONSTRAINT IF EXISTS bk_financial_period_status_check;
ALTER TABLE bk_financial_period ADD CONSTRAINT bk_financial_period_status_check
    CHECK (status IN ('OPEN', 'CLOSED', 'LOCKED'));
CREATE INDEX bk_financial_period_locked_end
    ON bk_financial_period (business_id, period_end DESC) WHERE status IN ('CLOSED', 'LOCKED');

CREATE OR REPLACE FUNCTION bk_refuse_locked_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM bk_financial_period p
               WHERE p.business_id = NEW.business_id AND p.status IN ('CLOSED', 'LOCKED')
                 AND p.period_end >= NEW.entry_date) THEN
        RAISE EXCEPTION 'journal entry dated % is on or before the lock date', NEW.entry_date
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION bk_refuse_unlock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'LOCKED' THEN
        RAISE EXCEPTION 'period % is locked for good', OLD.period_start USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER bk_financial_period_locked BEFORE UPDATE OR DELETE ON bk_financial_period
    FOR EACH ROW EXECUTE FUNCTION bk_refuse_unlock();

-- The till snapshot's delta: stock rows changed at a storefront, lots repriced.
CREATE INDEX inv_stock_balance_location_updated ON inv_stock_balance (business_id, location_id, updated_at);
CREATE INDEX inv_stock_lot_updated ON inv_stock_lot (business_id, updated_at);
CREATE INDEX sal_customer_updated ON sal_customer (business_id, updated_at, id);
-- the till snapshot's keyset: products of a business in id order
CREATE INDEX inv_product_keyset ON inv_product (business_id, id);
