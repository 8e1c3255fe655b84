-- Sales: the till. A sale, its lines and the lots each line came from; tenders; stock reservations
-- of pending sales; refunds; the customer's credit history.

CREATE TABLE sal_sale (
    id                     UUID PRIMARY KEY,
    business_id            UUID          NOT NULL REFERENCES acc_business (id),
    -- from the business's own sequence (sal_receipt_seq_<business>): no shared counter row
    receipt_number         VARCHAR(30)   NOT NULL,
    storefront_id          UUID          NOT NULL REFERENCES inv_location (id),
    sale_type              VARCHAR(10)   NOT NULL CHECK (sale_type IN ('RETAIL', 'WHOLESALE')),
    customer_id            UUID REFERENCES sal_customer (id),
    cashier_id             UUID,
    status                 VARCHAR(20)   NOT NULL
        CHECK (status IN ('PENDING', 'COMPLETED', 'CANCELLED', 'PARTIALLY_REFUNDED', 'REFUNDED')),
    subtotal               NUMERIC(19,4) NOT NULL CHECK (subtotal >= 0),
    discount_total         NUMERIC(19,4) NOT NULL CHECK (discount_total >= 0),
    tax_total              NUMERIC(19,4) NOT NULL CHECK (tax_total >= 0),
    total                  NUMERIC(19,4) NOT NULL CHECK (total >= 0),
    -- tendered, including cash handed back as change
    amount_paid            NUMERIC(19,4) NOT NULL DEFAULT 0 CHECK (amount_paid >= 0),
    change_due             NUMERIC(19,4) NOT NULL DEFAULT 0 CHECK (change_due >= 0),
    cost_total             NUMERIC(19,4) NOT NULL DEFAULT 0 CHECK (cost_total >= 0),
    refunded_total         NUMERIC(19,4) NOT NULL DEFAULT 0 CHECK (refunded_total >= 0 AND refunded_total <= total),
    reserved_until         TIMESTAMPTZ,
    journal_entry_id       UUID REFERENCES bk_journal_entry (id) DEFERRABLE INITIALLY DEFERRED,
    price_override_reason  VARCHAR(500),
    credit_override_reason VARCHAR(500),
    cancel_reason          VARCHAR(200),
    completed_at           TIMESTAMPTZ,
    created_at             TIMESTAMPTZ   NOT NULL,
    updated_at             TIMESTAMPTZ   NOT NULL,
    UNIQUE (business_id, receipt_number),
    -- a completed sale is posted, and what it keeps (tendered less change) is exactly its total
    CHECK (status IN ('PENDING', 'CANCELLED')
           OR (journal_entry_id IS NOT NULL AND completed_at IS NOT NULL AND amount_paid - change_due = total))
);
CREATE INDEX sal_sale_created ON sal_sale (business_id, created_at DESC, id);
CREATE INDEX sal_sale_completed ON sal_sale (business_id, completed_at) WHERE completed_at IS NOT NULL;
CREATE INDEX sal_sale_customer ON sal_sale (business_id, customer_id) WHERE customer_id IS NOT NULL;

CREATE TABLE sal_sale_item (
    id                UUID PRIMARY KEY,
    business_id       UUID          NOT NULL,
    sale_id           UUID          NOT NULL REFERENCES sal_sale (id) DEFERRABLE INITIALLY DEFERRED,
    line_number       INTEGER       NOT NULL,
    product_id        UUID          NOT NULL REFERENCES inv_product (id),
    quantity          NUMERIC(15,3) NOT NULL CHECK (quantity > 0),
    -- quantity-weighted price of the lots the line came from (or the manager's override)
    unit_price        NUMERIC(19,4) NOT NULL CHECK (unit_price >= 0),
    price_overridden  BOOLEAN       NOT NULL DEFAULT FALSE,
    gross             NUMERIC(19,4) NOT NULL CHECK (gross >= 0),
    discount          NUMERIC(19,4) NOT NULL CHECK (discount >= 0 AND discount <= gross),
    net               NUMERIC(19,4) NOT NULL CHECK (net >= 0),
    tax_rate          NUMERIC(7,4)  NOT NULL CHECK (tax_rate >= 0),
    tax               NUMERIC(19,4) NOT NULL CHECK (tax >= 0),
    total             NUMERIC(19,4) NOT NULL CHECK (total >= 0),
    cost              NUMERIC(19,4) NOT NULL DEFAULT 0 CHECK (cost >= 0),
    refunded_quantity NUMERIC(15,3) NOT NULL DEFAULT 0 CHECK (refunded_quantity >= 0 AND refunded_quantity <= quantity),
    refunded_net      NUMERIC(19,4) NOT NULL DEFAULT 0 CHECK (refunded_net >= 0 AND refunded_net <= net),
    refunded_tax      NUMERIC(19,4) NOT NULL DEFAULT 0 CHECK (refunded_tax >= 0 AND refunded_tax <= tax),
    created_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    CHECK (net = gross - discount AND total = net + tax),
    UNIQUE (sale_id, line_number)
);
CREATE INDEX sal_sale_item_product ON sal_sale_item (business_id, product_id);

-- The lots a line is sold from: reserved while the sale is pending, taken when it completes.
CREATE TABLE sal_sale_item_lot (
    business_id        UUID          NOT NULL,
    sale_item_id       UUID          NOT NULL REFERENCES sal_sale_item (id) DEFERRABLE INITIALLY DEFERRED,
    lot_id             UUID          NOT NULL REFERENCES inv_stock_lot (id),
    quantity           NUMERIC(15,3) NOT NULL CHECK (quantity > 0),
    unit_price         NUMERIC(19,4) NOT NULL,
    unit_cost          NUMERIC(19,4) NOT NULL,
    -- the book value that left with the units (set when taken)
    cost               NUMERIC(19,4) NOT NULL DEFAULT 0 CHECK (cost >= 0),
    restocked_quantity NUMERIC(15,3) NOT NULL DEFAULT 0 CHECK (restocked_quantity >= 0 AND restocked_quantity <= quantity),
    restocked_cost     NUMERIC(19,4) NOT NULL DEFAULT 0 CHECK (restocked_cost >= 0 AND restocked_cost <= cost),
    PRIMARY KEY (sale_item_id, lot_id)
);

CREATE TABLE sal_reservation (
    id            UUID PRIMARY KEY,
    business_id   UUID        NOT NULL,
    sale_id       UUID        NOT NULL UNIQUE REFERENCES sal_sale (id) DEFERRABLE INITIALLY DEFERRED,
    storefront_id UUID        NOT NULL,
    status        VARCHAR(10) NOT NULL CHECK (status IN ('ACTIVE', 'COMMITTED', 'RELEASED')),
    expires_at    TIMESTAMPTZ NOT NULL,
    closed_at     TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
-- the release timer looks only at active reservations, across businesses
CREATE INDEX sal_reservation_active ON sal_reservation (expires_at) WHERE status = 'ACTIVE';
CREATE INDEX sal_reservation_business ON sal_reservation (business_id, status, expires_at);

CREATE TABLE sal_payment (
    id          UUID PRIMARY KEY,
    business_id UUID          NOT NULL,
    sale_id     UUID          NOT NULL REFERENCES sal_sale (id) DEFERRABLE INITIALLY DEFERRED,
    method      VARCHAR(15)   NOT NULL CHECK (method IN ('CASH', 'CARD', 'MOBILE_MONEY', 'BANK_TRANSFER', 'CREDIT')),
    amount      NUMERIC(19,4) NOT NULL CHECK (amount > 0),
    reference   VARCHAR(100),
    -- RECEIVED; VOIDED when the pending sale it was taken for is cancelled (handed back, never posted)
    status      VARCHAR(10)   NOT NULL CHECK (status IN ('RECEIVED', 'VOIDED')),
    received_by UUID,
    created_at  TIMESTAMPTZ   NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX sal_payment_sale ON sal_payment (sale_id);
CREATE INDEX sal_payment_created ON sal_payment (business_id, created_at DESC, id);

CREATE TABLE sal_refund (
    id               UUID PRIMARY KEY,
    business_id      UUID          NOT NULL,
    sale_id          UUID          NOT NULL REFERENCES sal_sale (id),
    method           VARCHAR(15)   NOT NULL CHECK (method IN ('CASH', 'CARD', 'MOBILE_MONEY', 'BANK_TRANSFER', 'CREDIT')),
    reason           VARCHAR(500)  NOT NULL,
    restock          BOOLEAN       NOT NULL,
    net              NUMERIC(19,4) NOT NULL CHECK (net >= 0),
    tax              NUMERIC(19,4) NOT NULL CHECK (tax >= 0),
    total            NUMERIC(19,4) NOT NULL CHECK (total > 0 AND total = net + tax),
    restocked_cost   NUMERIC(19,4) NOT NULL CHECK (restocked_cost >= 0),
    journal_entry_id UUID          NOT NULL REFERENCES bk_journal_entry (id) DEFERRABLE INITIALLY DEFERRED,
    refunded_by      UUID,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX sal_refund_sale ON sal_refund (sale_id);
CREATE INDEX sal_refund_created ON sal_refund (business_id, created_at DESC, id);

CREATE TABLE sal_refund_item (
    refund_id    UUID          NOT NULL REFERENCES sal_refund (id) DEFERRABLE INITIALLY DEFERRED,
    sale_item_id UUID          NOT NULL REFERENCES sal_sale_item (id),
    business_id  UUID          NOT NULL,
    quantity     NUMERIC(15,3) NOT NULL CHECK (quantity > 0),
    net          NUMERIC(19,4) NOT NULL,
    tax          NUMERIC(19,4) NOT NULL,
    PRIMARY KEY (refund_id, sale_item_id)
);

-- Every change to a customer's outstanding balance, with the balance before and after.
CREATE TABLE sal_credit_transaction (
    id               UUID PRIMARY KEY,
    business_id      UUID          NOT NULL,
    customer_id      UUID          NOT NULL REFERENCES sal_customer (id),
    transaction_type VARCHAR(12)   NOT NULL CHECK (transaction_type IN ('CREDIT_SALE', 'PAYMENT', 'REFUND', 'ADJUSTMENT')),
    -- signed: charges raise the balance, payments and refunds lower it
    amount           NUMERIC(19,4) NOT NULL CHECK (amount <> 0),
    balance_before   NUMERIC(19,4) NOT NULL,
    balance_after    NUMERIC(19,4) NOT NULL CHECK (balance_after >= 0),
    sale_id          UUID REFERENCES sal_sale (id) DEFERRABLE INITIALLY DEFERRED,
    refund_id        UUID REFERENCES sal_refund (id) DEFERRABLE INITIALLY DEFERRED,
    method           VARCHAR(15),
    reference        VARCHAR(100),
    -- for a credit sale: when it must be paid (sale date + the customer's terms)
    due_date         DATE,
    journal_entry_id UUID REFERENCES bk_journal_entry (id) DEFERRABLE INITIALLY DEFERRED,
    recorded_by      UUID,
    created_at       TIMESTAMPTZ   NOT NULL,
    CHECK (balance_after = balance_before + amount)
);
CREATE INDEX sal_credit_transaction_customer ON sal_credit_transaction (business_id, customer_id, created_at);

CREATE TRIGGER sal_credit_transaction_immutable BEFORE UPDATE OR DELETE ON sal_credit_transaction
    FOR EACH ROW EXECUTE FUNCTION bk_refuse_change();

-- Receipt numbers for businesses registered before this migration (new ones get theirs at registration).
DO $$
DECLARE b UUID;
BEGIN
    FOR b IN SELECT id FROM acc_business LOOP
        EXECUTE 'CREATE SEQUENCE IF NOT EXISTS sal_receipt_seq_' || replace(b::text, '-', '');
    END LOOP;
END;
$$;
