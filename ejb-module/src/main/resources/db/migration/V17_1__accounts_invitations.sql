-- An ADMIN invites an address to join the business with a role. Only the SHA-256 of the link's
-- token is kept. PENDING stays written until accepted, revoked or found expired (the answers say
-- EXPIRED once expires_at has passed); at most one open invitation per address and business.
CREATE TABLE acc_invitation (
    id               UUID PRIMARY KEY,
    business_id      UUID         NOT NULL REFERENCES acc_business (id),
    email            VARCHAR(254) NOT NULL CHECK (email = lower(email)),
    role             VARCHAR(20)  NOT NULL CHECK (role IN ('ADMIN', 'MANAGER', 'CASHIER', 'WAREHOUSE_STAFF')),
    status           VARCHAR(20)  NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'EXPIRED', 'REVOKED')),
    token_hash       CHAR(64)     NOT NULL UNIQUE,
    invited_by       UUID         NOT NULL REFERENCES acc_user (id),
    sent_at          TIMESTAMPTZ  NOT NULL,
    expires_at       TIMESTAMPTZ  NOT NULL CHECK (expires_at > sent_at),
    accepted_at      TIMESTAMPTZ,
    accepted_user_id UUID REFERENCES acc_user (id),
    revoked_at       TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    CHECK ((status = 'ACCEPTED') = (accepted_at IS NOT NULL AND accepted_user_id IS NOT NULL)),
    CHECK ((status = 'REVOKED') = (revoked_at IS NOT NULL))
);
CREATE UNIQUE INDEX acc_invitation_one_open ON acc_invitation (business_id, email)
    WHERE status = 'PENDING';
CREATE INDEX acc_invitation_business ON acc_invitation (business_id, created_at, id);

CREATE TABLE acc_invitation_storefront (
    invitation_id UUID NOT NULL REFERENCES acc_invitation (id) ON DELETE CASCADE,
    storefront_id UUID NOT NULL,
    PRIMARY KEY (invitation_id, storefront_id)
);
