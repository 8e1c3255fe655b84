-- Sales: customers with credit.
CREATE TABLE sal_customer (
    id                  UUID PRIMARY KEY,
    business_id         UUID          NOT NULL REFERENCES acc_business (id),
    name                VARCHAR(200)  NOT NULL,
    email               VARCHAR(254),
    phone               VARCHAR(40),
    customer_type       VARCHAR(10)   NOT NULL CHECK (customer_type IN ('RETAIL', 'WHOLESALE')),
    credit_limit        NUMERIC(19,4) NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),
    credit_terms_days   INTEGER       NOT NULL DEFAULT 30 CHECK (credit_terms_days >= 0),
    credit_blocked      BOOLEAN       NOT NULL DEFAULT FALSE,
    -- what the customer owes; changed only with a credit transaction (sales on credit, payments)
    outstanding_balance NUMERIC(19,4) NOT NULL DEFAULT 0 CHECK (outstanding_balance >= 0),
    created_at          TIMESTAMPTZ   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL,
    UNIQUE (business_id, phone)
);
CREATE INDEX sal_customer_name ON sal_customer USING gin (business_id, name gin_trgm_ops);
