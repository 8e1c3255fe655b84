-- Transfers get a human reference (TRF-YYYYMMDD-XXXXXX, unique per business) and may answer a
-- storefront's transfer request; warehouse staff may be assigned to warehouses.

ALTER TABLE inv_transfer ADD COLUMN reference VARCHAR(19);
UPDATE inv_transfer SET reference = 'TRF-' || to_char(created_at AT TIME ZONE 'UTC', 'YYYYMMDD') || '-'
    || upper(substr(md5(CAST(id AS text)), 1, 6));
ALTER TABLE inv_transfer ALTER COLUMN reference SET NOT NULL;
ALTER TABLE inv_transfer ADD CONSTRAINT inv_transfer_reference_format
    CHECK (reference ~ '^TRF-[0-9]{8}-[0-9A-Z]{6}$');
ALTER TABLE inv_transfer ADD CONSTRAINT inv_transfer_reference_unique UNIQUE (business_id, reference);
ALTER TABLE inv_transfer ADD COLUMN cancelled_at TIMESTAMPTZ;

-- A storefront asks for stock; a MANAGER/ADMIN (never the requester) assigns a warehouse, which
-- creates or links a transfer; the request is FULFILLED when that transfer completes.
CREATE TABLE inv_transfer_request (
    id            UUID PRIMARY KEY,
    business_id   UUID         NOT NULL REFERENCES acc_business (id),
    storefront_id UUID         NOT NULL REFERENCES inv_location (id),
    status        VARCHAR(10)  NOT NULL CHECK (status IN ('NEW', 'ASSIGNED', 'FULFILLED', 'CANCELLED')),
    priority      VARCHAR(6)   NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    notes         VARCHAR(500),
    requested_by  UUID         NOT NULL,
    warehouse_id  UUID REFERENCES inv_location (id),
    transfer_id   UUID REFERENCES inv_transfer (id),
    assigned_by   UUID,
    assigned_at   TIMESTAMPTZ,
    fulfilled_at  TIMESTAMPTZ,
    cancelled_at  TIMESTAMPTZ,
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    -- assigned means a warehouse and a transfer, by someone other than the requester
    CHECK (status NOT IN ('ASSIGNED', 'FULFILLED') OR (transfer_id IS NOT NULL AND warehouse_id IS NOT NULL)),
    CHECK (assigned_by IS NULL OR assigned_by <> requested_by)
);
CREATE INDEX inv_transfer_request_business ON inv_transfer_request (business_id, status, created_at DESC);
-- a transfer answers one request at most
CREATE UNIQUE INDEX inv_transfer_request_transfer ON inv_transfer_request (transfer_id) WHERE status IN ('ASSIGNED', 'FULFILLED');

CREATE TABLE inv_transfer_request_item (
    request_id  UUID          NOT NULL REFERENCES inv_transfer_request (id),
    line_number INTEGER       NOT NULL,
    business_id UUID          NOT NULL,
    product_id  UUID          NOT NULL REFERENCES inv_product (id),
    quantity    NUMERIC(19,3) NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (request_id, line_number)
);

-- Warehouse staff assigned to warehouses: one with any assignment acts only for those warehouses.
CREATE TABLE inv_warehouse_staff (
    business_id  UUID        NOT NULL REFERENCES acc_business (id),
    warehouse_id UUID        NOT NULL REFERENCES inv_location (id),
    user_id      UUID        NOT NULL REFERENCES acc_user (id),
    assigned_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (warehouse_id, user_id)
);
CREATE INDEX inv_warehouse_staff_user ON inv_warehouse_staff (business_id, user_id);
