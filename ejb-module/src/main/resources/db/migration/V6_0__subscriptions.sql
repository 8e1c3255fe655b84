-- Subscriptions: what the platform sells to businesses, and how it is paid for.

-- Platform data (no business): the plans businesses subscribe to. A NULL limit is unlimited.
CREATE TABLE sub_plan (
    id                 UUID PRIMARY KEY,
    code               VARCHAR(40)   NOT NULL UNIQUE,
    name               VARCHAR(100)  NOT NULL,
    description        VARCHAR(500),
    price              NUMERIC(19,4) NOT NULL CHECK (price >= 0),
    currency           CHAR(3)       NOT NULL,
    billing_interval   VARCHAR(10)   NOT NULL CHECK (billing_interval IN ('MONTHLY', 'QUARTERLY', 'YEARLY')),
    trial_days         INTEGER       NOT NULL DEFAULT 0 CHECK (trial_days >= 0),
    max_users          INTEGER CHECK (max_users >= 0),
    max_storefronts    INTEGER CHECK (max_storefronts >= 0),
    max_warehouses     INTEGER CHECK (max_warehouses >= 0),
    max_products       INTEGER CHECK (max_products >= 0),
    max_monthly_sales  INTEGER CHECK (max_monthly_sales >= 0),
    features           VARCHAR(1000) NOT NULL DEFAULT '',
    -- the plan a newly registered business starts its trial on
    is_default         BOOLEAN       NOT NULL DEFAULT FALSE,
    is_active          BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at         TIMESTAMPTZ   NOT NULL,
    updated_at         TIMESTAMPTZ   NOT NULL
);
CREATE UNIQUE INDEX sub_plan_one_default ON sub_plan (is_default) WHERE is_default;

CREATE TABLE sub_subscription (
    id                      UUID PRIMARY KEY,
    business_id             UUID         NOT NULL REFERENCES acc_business (id),
    plan_id                 UUID         NOT NULL REFERENCES sub_plan (id),
    status                  VARCHAR(10)  NOT NULL
        CHECK (status IN ('TRIAL', 'PENDING', 'ACTIVE', 'PAST_DUE', 'EXPIRED', 'CANCELLED')),
    gateway                 VARCHAR(10) CHECK (gateway IN ('STRIPE', 'PAYSTACK')),
    -- the gateway's checkout (Stripe session id, Paystack reference), by which events come back
    checkout_reference      VARCHAR(200),
    checkout_url            VARCHAR(1000),
    gateway_subscription_id VARCHAR(200),
    current_period_start    TIMESTAMPTZ,
    current_period_end      TIMESTAMPTZ,
    cancel_at_period_end    BOOLEAN      NOT NULL DEFAULT FALSE,
    cancelled_at            TIMESTAMPTZ,
    -- the period end a renewal notice was last sent for (one notice per period)
    notice_sent_for         TIMESTAMPTZ,
    created_at              TIMESTAMPTZ  NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL,
    UNIQUE (gateway, checkout_reference)
);
-- a business has at most one subscription in force
CREATE UNIQUE INDEX sub_subscription_in_force ON sub_subscription (business_id)
    WHERE status IN ('TRIAL', 'ACTIVE', 'PAST_DUE');
CREATE INDEX sub_subscription_business ON sub_subscription (business_id, created_at DESC);
CREATE INDEX sub_subscription_period_end ON sub_subscription (current_period_end)
    WHERE status IN ('TRIAL', 'ACTIVE', 'PAST_DUE');
CREATE INDEX sub_subscription_gateway_id ON sub_subscription (gateway, gateway_subscription_id);

-- Invoice numbers are unique on the platform.
CREATE SEQUENCE sub_invoice_seq;

CREATE TABLE sub_invoice (
    id              UUID PRIMARY KEY,
    business_id     UUID          NOT NULL REFERENCES acc_business (id),
    subscription_id UUID          NOT NULL REFERENCES sub_subscription (id),
    invoice_number  VARCHAR(30)   NOT NULL UNIQUE,
    period_start    TIMESTAMPTZ   NOT NULL,
    period_end      TIMESTAMPTZ   NOT NULL,
    currency        CHAR(3)       NOT NULL,
    subtotal        NUMERIC(19,4) NOT NULL CHECK (subtotal >= 0),
    tax             NUMERIC(19,4) NOT NULL CHECK (tax >= 0),
    total           NUMERIC(19,4) NOT NULL CHECK (total = subtotal + tax),
    status          VARCHAR(5)    NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'PAID', 'VOID')),
    due_date        DATE          NOT NULL,
    paid_at         TIMESTAMPTZ,
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    -- one invoice per billing period
    UNIQUE (subscription_id, period_start)
);
CREATE INDEX sub_invoice_business ON sub_invoice (business_id, created_at DESC);

CREATE TABLE sub_invoice_line (
    invoice_id  UUID          NOT NULL REFERENCES sub_invoice (id) DEFERRABLE INITIALLY DEFERRED,
    line_number INTEGER       NOT NULL,
    business_id UUID          NOT NULL,
    description VARCHAR(300)  NOT NULL,
    quantity    INTEGER       NOT NULL CHECK (quantity > 0),
    unit_price  NUMERIC(19,4) NOT NULL,
    amount      NUMERIC(19,4) NOT NULL,
    PRIMARY KEY (invoice_id, line_number)
);

CREATE TABLE sub_payment (
    id                 UUID PRIMARY KEY,
    business_id        UUID          NOT NULL REFERENCES acc_business (id),
    subscription_id    UUID          NOT NULL REFERENCES sub_subscription (id),
    invoice_id         UUID REFERENCES sub_invoice (id),
    -- STRIPE, PAYSTACK, or COMPLIMENTARY for a period the platform owner gave away
    gateway            VARCHAR(20)   NOT NULL,
    -- the gateway's id for the money (session, invoice or transaction): one payment each
    gateway_payment_id VARCHAR(200)  NOT NULL,
    amount             NUMERIC(19,4) NOT NULL CHECK (amount >= 0),
    currency           CHAR(3)       NOT NULL,
    status             VARCHAR(10)   NOT NULL CHECK (status IN ('SUCCEEDED', 'FAILED')),
    created_at         TIMESTAMPTZ   NOT NULL,
    updated_at         TIMESTAMPTZ   NOT NULL,
    UNIQUE (gateway, gateway_payment_id)
);
CREATE INDEX sub_payment_subscription ON sub_payment (subscription_id);

-- Every verified webhook event, stored once: its effect is applied in the same transaction.
CREATE TABLE sub_webhook_event (
    id           UUID PRIMARY KEY,
    gateway      VARCHAR(10)  NOT NULL,
    event_id     VARCHAR(200) NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    business_id  UUID,
    payload      TEXT         NOT NULL,
    outcome      VARCHAR(300) NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL,
    UNIQUE (gateway, event_id)
);

-- Gateway keys set by the platform owner; secrets sealed with AES-GCM (key from configuration).
CREATE TABLE sub_gateway_config (
    gateway                VARCHAR(10)  PRIMARY KEY CHECK (gateway IN ('STRIPE', 'PAYSTACK')),
    public_key             VARCHAR(300),
    secret_key_sealed      VARCHAR(1000),
    webhook_secret_sealed  VARCHAR(1000),
    is_active              BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at             TIMESTAMPTZ  NOT NULL
);
