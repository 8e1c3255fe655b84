-- One-time links mailed to a person (password reset; later e-mail verification): only the SHA-256
-- of the token is kept, so a copy of the database cannot be used to take an account over.
CREATE TABLE acc_one_time_token (
    id          UUID PRIMARY KEY,
    user_id     UUID        NOT NULL REFERENCES acc_user (id) ON DELETE CASCADE,
    purpose     VARCHAR(30) NOT NULL CHECK (purpose IN ('PASSWORD_RESET')),
    token_hash  CHAR(64)    NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX acc_one_time_token_user ON acc_one_time_token (user_id, purpose);

-- A temporary password an ADMIN set: the user must choose their own before doing anything else.
ALTER TABLE acc_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
