-- Exchanges: units of a sale come back (a refund, its own journal entry) and new ones are sold (a
-- new sale, its own entry) in one transaction; the difference is paid or paid back by a tender.
CREATE TABLE sal_exchange (
    id               UUID PRIMARY KEY,
    business_id      UUID          NOT NULL REFERENCES acc_business (id),
    original_sale_id UUID          NOT NULL REFERENCES sal_sale (id),
    refund_id        UUID          NOT NULL UNIQUE REFERENCES sal_refund (id) DEFERRABLE INITIALLY DEFERRED,
    sale_id          UUID          NOT NULL UNIQUE REFERENCES sal_sale (id) DEFERRABLE INITIALLY DEFERRED,
    returned_total   NUMERIC(19,4) NOT NULL CHECK (returned_total > 0),
    sold_total       NUMERIC(19,4) NOT NULL CHECK (sold_total > 0),
    -- sold less returned: above zero the customer paid it, below zero they were paid it back
    difference       NUMERIC(19,4) NOT NULL,
    reason           VARCHAR(500)  NOT NULL,
    exchanged_by     UUID,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    CHECK (difference = sold_total - returned_total),
    CHECK (sale_id <> original_sale_id)
);
CREATE INDEX sal_exchange_original ON sal_exchange (business_id, original_sale_id);
CREATE INDEX sal_exchange_created ON sal_exchange (business_id, created_at DESC, id);
