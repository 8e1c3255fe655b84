-- Transfers go PENDING -> APPROVED -> IN_TRANSIT -> COMPLETED (or REJECTED / CANCELLED).
ALTER TABLE inv_transfer DROP CONSTRAINT inv_transfer_status_check;
ALTER TABLE inv_transfer ADD CONSTRAINT inv_transfer_status_check
    CHECK (status IN ('PENDING', 'APPROVED', 'IN_TRANSIT', 'COMPLETED', 'CANCELLED', 'REJECTED'));
ALTER TABLE inv_transfer ADD COLUMN dispatched_at TIMESTAMPTZ;

-- What a dispatched transfer carries: the lots taken from the warehouse and their book value,
-- until the storefront receives them (the valuation counts them as in transit).
CREATE TABLE inv_transfer_allocation (
    transfer_id UUID          NOT NULL REFERENCES inv_transfer (id),
    lot_id      UUID          NOT NULL REFERENCES inv_stock_lot (id),
    business_id UUID          NOT NULL,
    product_id  UUID          NOT NULL,
    quantity    NUMERIC(19,3) NOT NULL CHECK (quantity > 0),
    unit_cost   NUMERIC(19,4) NOT NULL,
    value       NUMERIC(19,4) NOT NULL CHECK (value >= 0),
    received    BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (transfer_id, lot_id)
);
CREATE INDEX inv_transfer_allocation_open ON inv_transfer_allocation (business_id) WHERE NOT received;

CREATE TABLE inv_supplier (
    id          UUID PRIMARY KEY,
    business_id UUID         NOT NULL REFERENCES acc_business (id),
    name        VARCHAR(200) NOT NULL,
    email       VARCHAR(254),
    phone       VARCHAR(40),
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    UNIQUE (business_id, name)
);
ALTER TABLE inv_goods_receipt ADD COLUMN supplier_id UUID REFERENCES inv_supplier (id);
