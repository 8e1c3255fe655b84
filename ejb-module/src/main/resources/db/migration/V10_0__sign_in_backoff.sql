-- Failed sign-ins per account and client address: after a few free failures each further attempt
-- from that address waits an exponentially growing delay (blocked_until). Other addresses, the
-- owner's among them, are not affected; a success from the address clears its row.
CREATE UNLOGGED TABLE acc_sign_in_backoff (
    email           VARCHAR(254) NOT NULL,
    ip              VARCHAR(64)  NOT NULL,
    failures        INTEGER      NOT NULL CHECK (failures > 0),
    last_failure_at TIMESTAMPTZ  NOT NULL,
    blocked_until   TIMESTAMPTZ,
    PRIMARY KEY (email, ip)
);
