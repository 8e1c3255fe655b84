-- Inventory: catalogue, locations, lots, one stock truth (movements + balances), transfers.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE TABLE inv_category (
    id          UUID PRIMARY KEY,
    business_id UUID         NOT NULL REFERENCES acc_business (id),
    name        VARCHAR(200) NOT NULL,
    parent_id   UUID REFERENCES inv_category (id),
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    UNIQUE (business_id, name)
);

CREATE TABLE inv_product (
    id            UUID PRIMARY KEY,
    business_id   UUID          NOT NULL REFERENCES acc_business (id),
    sku           VARCHAR(64)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    barcode       VARCHAR(64),
    unit          VARCHAR(20)   NOT NULL DEFAULT 'unit',
    category_id   UUID REFERENCES inv_category (id),
    reorder_level NUMERIC(19,3) NOT NULL DEFAULT 0 CHECK (reorder_level >= 0),
    tax_rate      NUMERIC(7,4) CHECK (tax_rate >= 0 AND tax_rate < 100),
    is_active     BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    UNIQUE (business_id, sku),
    UNIQUE (business_id, barcode)
);
-- name search (ILIKE '%...%') within a business: trigram GIN led by the tenant
CREATE INDEX inv_product_name_search ON inv_product USING gin (business_id, name gin_trgm_ops);
CREATE INDEX inv_product_updated ON inv_product (business_id, updated_at);

CREATE TABLE inv_location (
    id            UUID PRIMARY KEY,
    business_id   UUID         NOT NULL REFERENCES acc_business (id),
    location_type VARCHAR(10)  NOT NULL CHECK (location_type IN ('WAREHOUSE', 'STOREFRONT')),
    name          VARCHAR(200) NOT NULL,
    address       VARCHAR(500),
    -- a storefront names the warehouse that replenishes it
    warehouse_id  UUID REFERENCES inv_location (id),
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    UNIQUE (business_id, location_type, name)
);

-- A receipt of goods (the API's "batch"): one lot per line.
CREATE TABLE inv_goods_receipt (
    id               UUID PRIMARY KEY,
    business_id      UUID          NOT NULL REFERENCES acc_business (id),
    warehouse_id     UUID          NOT NULL REFERENCES inv_location (id),
    supplier         VARCHAR(200)  NOT NULL,
    reference        VARCHAR(100),
    paid             BOOLEAN       NOT NULL DEFAULT FALSE,
    total_cost       NUMERIC(19,4) NOT NULL,
    -- deferred: the JPA provider may write the receipt before the entry within a transaction
    journal_entry_id UUID          NOT NULL REFERENCES bk_journal_entry (id) DEFERRABLE INITIALLY DEFERRED,
    received_by      UUID,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL
);

CREATE TABLE inv_stock_lot (
    id                UUID PRIMARY KEY,
    business_id       UUID          NOT NULL REFERENCES acc_business (id),
    product_id        UUID          NOT NULL REFERENCES inv_product (id),
    goods_receipt_id  UUID          NOT NULL REFERENCES inv_goods_receipt (id) DEFERRABLE INITIALLY DEFERRED,
    supplier          VARCHAR(200)  NOT NULL,
    received_quantity NUMERIC(19,3) NOT NULL CHECK (received_quantity > 0),
    unit_cost         NUMERIC(19,4) NOT NULL CHECK (unit_cost >= 0),
    retail_price      NUMERIC(19,4) NOT NULL CHECK (retail_price >= 0),
    wholesale_price   NUMERIC(19,4) NOT NULL CHECK (wholesale_price >= 0),
    expiry_date       DATE,
    created_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX inv_stock_lot_product ON inv_stock_lot (business_id, product_id);

-- What is where now: one row per lot and location. The database keeps it sane; every change has
-- its movement, written in the same transaction.
CREATE TABLE inv_stock_balance (
    lot_id      UUID          NOT NULL REFERENCES inv_stock_lot (id),
    location_id UUID          NOT NULL REFERENCES inv_location (id),
    business_id UUID          NOT NULL,
    product_id  UUID          NOT NULL,
    on_hand     NUMERIC(19,3) NOT NULL CHECK (on_hand >= 0),
    reserved    NUMERIC(19,3) NOT NULL DEFAULT 0 CHECK (reserved >= 0 AND reserved <= on_hand),
    -- book value of this lot here: the sum of its movements' values (equals GL 1200 in total)
    book_value  NUMERIC(19,4) NOT NULL DEFAULT 0 CHECK (book_value >= 0),
    updated_at  TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (lot_id, location_id)
);
CREATE INDEX inv_stock_balance_product ON inv_stock_balance (business_id, product_id, location_id);
CREATE INDEX inv_stock_balance_location ON inv_stock_balance (business_id, location_id);

-- The stock truth: append-only. on_hand is the sum of quantities per lot and location.
CREATE TABLE inv_stock_movement (
    id            UUID PRIMARY KEY,
    business_id   UUID          NOT NULL,
    lot_id        UUID          NOT NULL REFERENCES inv_stock_lot (id),
    location_id   UUID          NOT NULL REFERENCES inv_location (id),
    product_id    UUID          NOT NULL,
    movement_type VARCHAR(20)   NOT NULL CHECK (movement_type IN ('RECEIPT', 'TRANSFER_OUT', 'TRANSFER_IN', 'SALE', 'REFUND', 'ADJUSTMENT')),
    quantity      NUMERIC(19,3) NOT NULL CHECK (quantity <> 0),
    unit_cost     NUMERIC(19,4) NOT NULL,
    value         NUMERIC(19,4) NOT NULL,
    document_type VARCHAR(30)   NOT NULL,
    document_id   UUID          NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX inv_stock_movement_lot ON inv_stock_movement (business_id, lot_id, location_id);
CREATE INDEX inv_stock_movement_document ON inv_stock_movement (business_id, document_type, document_id);
CREATE TRIGGER inv_stock_movement_immutable BEFORE UPDATE OR DELETE ON inv_stock_movement
    FOR EACH ROW EXECUTE FUNCTION bk_refuse_change();

CREATE TABLE inv_transfer (
    id                UUID PRIMARY KEY,
    business_id       UUID         NOT NULL REFERENCES acc_business (id),
    from_warehouse_id UUID         NOT NULL REFERENCES inv_location (id),
    to_storefront_id  UUID         NOT NULL REFERENCES inv_location (id),
    status            VARCHAR(12)  NOT NULL CHECK (status IN ('PENDING', 'COMPLETED', 'CANCELLED')),
    notes             VARCHAR(500),
    requested_by      UUID,
    completed_at      TIMESTAMPTZ,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX inv_transfer_business ON inv_transfer (business_id, created_at DESC);

CREATE TABLE inv_transfer_item (
    transfer_id UUID          NOT NULL REFERENCES inv_transfer (id),
    line_number INTEGER       NOT NULL,
    business_id UUID          NOT NULL,
    product_id  UUID          NOT NULL REFERENCES inv_product (id),
    quantity    NUMERIC(19,3) NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (transfer_id, line_number)
);
