-- Operations: the runs of batch jobs (Payara's own job repository is an in-memory database, so the
-- product keeps what it shows and needs here), and the stored daily sales summaries.

CREATE TABLE ops_job_run (
    id            UUID PRIMARY KEY,
    -- NULL for platform jobs (init-system, seed-demo-data), the business otherwise
    business_id   UUID REFERENCES acc_business (id),
    job_name      VARCHAR(60)  NOT NULL,
    execution_id  BIGINT,
    parameters    TEXT         NOT NULL,
    status        VARCHAR(10)  NOT NULL CHECK (status IN ('STARTING', 'STARTED', 'COMPLETED', 'FAILED', 'STOPPED')),
    items_done    INTEGER      NOT NULL DEFAULT 0 CHECK (items_done >= 0),
    items_total   INTEGER CHECK (items_total >= 0),
    exit_status   VARCHAR(500),
    result_json   TEXT,
    result_csv    TEXT,
    started_by    UUID,
    started_at    TIMESTAMPTZ  NOT NULL,
    ended_at      TIMESTAMPTZ
);
CREATE INDEX ops_job_run_business ON ops_job_run (business_id, started_at DESC);
CREATE INDEX ops_job_run_name ON ops_job_run (job_name, started_at DESC);

CREATE TABLE rep_sales_summary (
    business_id   UUID          NOT NULL REFERENCES acc_business (id),
    day           DATE          NOT NULL,
    storefront_id UUID          NOT NULL,
    sales_count   INTEGER       NOT NULL,
    quantity      NUMERIC(15,3) NOT NULL,
    gross         NUMERIC(19,4) NOT NULL,
    discounts     NUMERIC(19,4) NOT NULL,
    tax           NUMERIC(19,4) NOT NULL,
    net           NUMERIC(19,4) NOT NULL,
    cost          NUMERIC(19,4) NOT NULL,
    refunds       NUMERIC(19,4) NOT NULL,
    computed_at   TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (business_id, day, storefront_id)
);
