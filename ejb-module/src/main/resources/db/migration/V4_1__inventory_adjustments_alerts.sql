-- Stock adjustments: asked for by staff, applied (movement + ledger) when a manager approves.
CREATE TABLE inv_stock_adjustment (
    id               UUID PRIMARY KEY,
    business_id      UUID          NOT NULL REFERENCES acc_business (id),
    location_id      UUID          NOT NULL REFERENCES inv_location (id),
    product_id       UUID          NOT NULL REFERENCES inv_product (id),
    lot_id           UUID REFERENCES inv_stock_lot (id),
    adjustment_type  VARCHAR(20)   NOT NULL CHECK (adjustment_type IN ('THEFT', 'DAMAGE', 'EXPIRED', 'SPOILAGE', 'LOSS', 'WRITE_OFF', 'FOUND', 'CORRECTION', 'SUPPLIER_RETURN')),
    -- signed: negative takes stock away, positive adds it
    quantity         NUMERIC(19,3) NOT NULL CHECK (quantity <> 0),
    reason           VARCHAR(500)  NOT NULL,
    status           VARCHAR(10)   NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    value            NUMERIC(19,4),
    journal_entry_id UUID REFERENCES bk_journal_entry (id) DEFERRABLE INITIALLY DEFERRED,
    requested_by     UUID,
    decided_by       UUID,
    decided_at       TIMESTAMPTZ,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX inv_stock_adjustment_business ON inv_stock_adjustment (business_id, created_at DESC);

-- Stock alerts: at most one OPEN alert of a kind per product and location (or per lot for expiry).
CREATE TABLE inv_stock_alert (
    id          UUID PRIMARY KEY,
    business_id UUID          NOT NULL REFERENCES acc_business (id),
    product_id  UUID          NOT NULL REFERENCES inv_product (id),
    location_id UUID          NOT NULL REFERENCES inv_location (id),
    lot_id      UUID REFERENCES inv_stock_lot (id),
    alert_type  VARCHAR(20)   NOT NULL CHECK (alert_type IN ('LOW_STOCK', 'OUT_OF_STOCK', 'EXPIRY_WARNING')),
    status      VARCHAR(10)   NOT NULL CHECK (status IN ('OPEN', 'RESOLVED')),
    available   NUMERIC(19,3),
    message     VARCHAR(300)  NOT NULL,
    resolved_at TIMESTAMPTZ,
    created_at  TIMESTAMPTZ   NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL
);
CREATE UNIQUE INDEX inv_stock_alert_one_open_level ON inv_stock_alert (business_id, product_id, location_id, alert_type)
    WHERE status = 'OPEN' AND lot_id IS NULL;
CREATE UNIQUE INDEX inv_stock_alert_one_open_lot ON inv_stock_alert (business_id, lot_id, location_id, alert_type)
    WHERE status = 'OPEN' AND lot_id IS NOT NULL;
CREATE INDEX inv_stock_alert_business ON inv_stock_alert (business_id, status, created_at DESC);
