-- Financial periods (monthly). A month without a row is OPEN; closing it writes the row.
CREATE TABLE bk_financial_period (
    id           UUID PRIMARY KEY,
    business_id  UUID        NOT NULL REFERENCES acc_business (id),
    period_start DATE        NOT NULL,
    period_end   DATE        NOT NULL,
    status       VARCHAR(10) NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    closed_at    TIMESTAMPTZ,
    closed_by    UUID,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    CHECK (period_end >= period_start),
    UNIQUE (business_id, period_start)
);

-- Trial balances computed by the trial-balance batch job.
CREATE TABLE bk_trial_balance (
    id               UUID PRIMARY KEY,
    business_id      UUID          NOT NULL REFERENCES acc_business (id),
    period_start     DATE          NOT NULL,
    period_end       DATE          NOT NULL,
    status           VARCHAR(10)   NOT NULL CHECK (status IN ('PENDING', 'RUNNING', 'COMPLETED', 'FAILED')),
    job_execution_id BIGINT,
    total_debit      NUMERIC(19,4),
    total_credit     NUMERIC(19,4),
    is_balanced      BOOLEAN,
    accounts_done    INTEGER       NOT NULL DEFAULT 0,
    requested_by     UUID,
    completed_at     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    CHECK (period_end >= period_start)
);
CREATE INDEX bk_trial_balance_business ON bk_trial_balance (business_id, created_at DESC);

CREATE TABLE bk_trial_balance_line (
    trial_balance_id UUID          NOT NULL REFERENCES bk_trial_balance (id),
    business_id      UUID          NOT NULL,
    account_id       UUID          NOT NULL,
    account_code     VARCHAR(20)   NOT NULL,
    account_name     VARCHAR(200)  NOT NULL,
    account_type     VARCHAR(10)   NOT NULL,
    debit            NUMERIC(19,4) NOT NULL,
    credit           NUMERIC(19,4) NOT NULL,
    -- a restarted chunk writes the same account again: the key makes that a no-op
    PRIMARY KEY (trial_balance_id, account_id)
);

CREATE TABLE bk_budget (
    id           UUID PRIMARY KEY,
    business_id  UUID          NOT NULL REFERENCES acc_business (id),
    account_id   UUID          NOT NULL REFERENCES bk_ledger_account (id),
    period_start DATE          NOT NULL,
    period_end   DATE          NOT NULL,
    amount       NUMERIC(19,4) NOT NULL CHECK (amount >= 0),
    created_at   TIMESTAMPTZ   NOT NULL,
    updated_at   TIMESTAMPTZ   NOT NULL,
    CHECK (period_end >= period_start),
    UNIQUE (business_id, account_id, period_start, period_end)
);
