-- Enumeration-safe sign-up: a sign-up waits here (password hashed, only the SHA-256 of the mailed
-- link's token) until its link is followed, which creates the business. An address with an
-- account gets a mail instead and no row.
CREATE TABLE acc_sign_up (
    id            UUID PRIMARY KEY,
    email         VARCHAR(254) NOT NULL CHECK (email = lower(email)),
    business_name VARCHAR(200) NOT NULL,
    first_name    VARCHAR(100) NOT NULL,
    last_name     VARCHAR(100) NOT NULL,
    currency      CHAR(3),
    password_hash VARCHAR(512) NOT NULL,
    token_hash    CHAR(64)     NOT NULL UNIQUE,
    created_at    TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL CHECK (expires_at > created_at),
    completed_at  TIMESTAMPTZ,
    business_id   UUID REFERENCES acc_business (id),
    CHECK ((completed_at IS NULL) = (business_id IS NULL))
);
CREATE INDEX acc_sign_up_open ON acc_sign_up (expires_at) WHERE completed_at IS NULL;
