-- Accounts: businesses (the tenants), their staff, profiles, revoked tokens, throttle counters.

CREATE TABLE acc_business (
    id               UUID PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    currency         CHAR(3)      NOT NULL,
    default_tax_rate NUMERIC(7,4) NOT NULL DEFAULT 0 CHECK (default_tax_rate >= 0 AND default_tax_rate < 100),
    time_zone        VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    receipt_header   VARCHAR(500),
    receipt_footer   VARCHAR(500),
    is_active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL
);

CREATE TABLE acc_user (
    id                  UUID PRIMARY KEY,
    business_id         UUID         NOT NULL REFERENCES acc_business (id),
    email               VARCHAR(254) NOT NULL,
    password_hash       VARCHAR(512) NOT NULL,
    first_name          VARCHAR(100) NOT NULL,
    last_name           VARCHAR(100) NOT NULL,
    role                VARCHAR(20)  NOT NULL CHECK (role IN ('ADMIN', 'MANAGER', 'CASHIER', 'WAREHOUSE_STAFF')),
    is_active           BOOLEAN      NOT NULL DEFAULT TRUE,
    is_superuser        BOOLEAN      NOT NULL DEFAULT FALSE,
    -- tokens issued before this instant are refused (password change, deactivation)
    tokens_valid_after  TIMESTAMPTZ  NOT NULL,
    last_login_at       TIMESTAMPTZ,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL
);
-- sign-in is by e-mail, unique across the platform and case-insensitive
CREATE UNIQUE INDEX acc_user_email_unique ON acc_user (lower(email));
CREATE INDEX acc_user_business ON acc_user (business_id, created_at, id);

-- The storefronts a cashier sells at; owned through the user row (a JPA element collection).
CREATE TABLE acc_user_storefront (
    user_id       UUID NOT NULL REFERENCES acc_user (id) ON DELETE CASCADE,
    storefront_id UUID NOT NULL,
    PRIMARY KEY (user_id, storefront_id)
);

CREATE TABLE acc_user_profile (
    user_id     UUID PRIMARY KEY REFERENCES acc_user (id) ON DELETE CASCADE,
    business_id UUID         NOT NULL,
    phone       VARCHAR(40),
    avatar_url  VARCHAR(1000),
    preferences TEXT         NOT NULL DEFAULT '{}',
    updated_at  TIMESTAMPTZ  NOT NULL
);

-- Logged-out tokens, by jti, until they would have expired anyway.
CREATE TABLE acc_revoked_token (
    jti        VARCHAR(64) PRIMARY KEY,
    user_id    UUID        NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX acc_revoked_token_expiry ON acc_revoked_token (expires_at);

-- Fixed-window request counters shared by every server instance. UNLOGGED: losing them in a
-- crash only resets the windows, and they cost no WAL.
CREATE UNLOGGED TABLE acc_throttle_counter (
    bucket       VARCHAR(300) NOT NULL,
    window_start TIMESTAMPTZ  NOT NULL,
    hits         INTEGER      NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

-- Audit: one row per change, written in the transaction of the change. Sign-in attempts with an
-- unknown e-mail belong to no business, hence business_id may be NULL here (and only here).
CREATE TABLE aud_audit_log (
    id          UUID PRIMARY KEY,
    business_id UUID,
    user_id     UUID,
    action      VARCHAR(100) NOT NULL,
    entity_type VARCHAR(100),
    entity_id   VARCHAR(100),
    changes     TEXT         NOT NULL DEFAULT '{}',
    ip_address  VARCHAR(64),
    user_agent  VARCHAR(500),
    created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX aud_audit_log_business ON aud_audit_log (business_id, created_at DESC, id);

-- The trail is immutable: the database itself refuses to change or remove a row.
CREATE FUNCTION aud_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit log rows are immutable (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER aud_audit_log_immutable BEFORE UPDATE OR DELETE ON aud_audit_log
    FOR EACH ROW EXECUTE FUNCTION aud_refuse_change();
CREATE TRIGGER aud_audit_log_no_truncate BEFORE TRUNCATE ON aud_audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION aud_refuse_change();
