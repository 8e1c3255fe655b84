-- The minimum a checkout writes, in tables of the product's shape (UUID keys, NUMERIC money, a
-- guarded stock balance with CHECKs, append-only lines), for pgbench to find PostgreSQL's ceiling.
DROP TABLE IF EXISTS c_audit, c_ledger_line, c_entry, c_payment, c_sale_line, c_sale, c_stock;
CREATE TABLE c_stock (
    id        INTEGER PRIMARY KEY,
    lot_id    UUID          NOT NULL DEFAULT gen_random_uuid(),
    on_hand   NUMERIC(15,3) NOT NULL CHECK (on_hand >= 0),
    reserved  NUMERIC(15,3) NOT NULL DEFAULT 0 CHECK (reserved >= 0 AND reserved <= on_hand),
    book_value NUMERIC(19,4) NOT NULL
);
INSERT INTO c_stock (id, on_hand, book_value) SELECT g, 100000000, 125000000 FROM generate_series(1, 10000) g;
CREATE TABLE c_sale (
    id UUID PRIMARY KEY, business_id UUID NOT NULL, receipt_number BIGINT NOT NULL,
    total NUMERIC(19,4) NOT NULL, status VARCHAR(20) NOT NULL, created_at TIMESTAMPTZ NOT NULL
);
CREATE SEQUENCE c_receipt_seq;
CREATE TABLE c_sale_line (
    id UUID PRIMARY KEY, sale_id UUID NOT NULL REFERENCES c_sale (id), stock_id INTEGER NOT NULL,
    quantity NUMERIC(15,3) NOT NULL, net NUMERIC(19,4) NOT NULL
);
CREATE TABLE c_payment (
    id UUID PRIMARY KEY, sale_id UUID NOT NULL REFERENCES c_sale (id), method VARCHAR(15) NOT NULL,
    amount NUMERIC(19,4) NOT NULL
);
CREATE SEQUENCE c_entry_seq;
CREATE TABLE c_entry (
    id UUID PRIMARY KEY, business_id UUID NOT NULL, entry_number BIGINT NOT NULL,
    total NUMERIC(19,4) NOT NULL, created_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE c_ledger_line (
    id UUID PRIMARY KEY, entry_id UUID NOT NULL REFERENCES c_entry (id), account INTEGER NOT NULL,
    debit NUMERIC(19,4) NOT NULL, credit NUMERIC(19,4) NOT NULL
);
CREATE TABLE c_audit (
    id UUID PRIMARY KEY, business_id UUID NOT NULL, action VARCHAR(60) NOT NULL,
    changes TEXT, created_at TIMESTAMPTZ NOT NULL
);
ANALYZE;
