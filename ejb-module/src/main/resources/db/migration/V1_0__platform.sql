-- Platform: what every component shares.

-- One row per Idempotency-Key and business. Inserted in the same transaction as the effect it
-- guards, so the key and the effect commit (or vanish) together; the primary key makes a
-- concurrent twin wait for the first and then replay its stored answer.
CREATE TABLE pf_idempotency_record (
    business_id       UUID         NOT NULL,
    idempotency_key   VARCHAR(255) NOT NULL,
    request_hash      CHAR(64)     NOT NULL,
    response_status   INTEGER      NOT NULL DEFAULT 0,
    response_location TEXT,
    response_body     TEXT,
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (business_id, idempotency_key)
);
CREATE INDEX pf_idempotency_record_expiry ON pf_idempotency_record (expires_at);
