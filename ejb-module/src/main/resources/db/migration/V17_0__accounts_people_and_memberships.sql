-- One person, several businesses. acc_person is whoever signs in: one address (unique on the
-- platform), one password. acc_user becomes a person's membership in one business (role,
-- storefronts, active flag); its id stays the user id every other table refers to, so every
-- tenant-scoped query keeps its meaning. Each existing user becomes one person (same id) with one
-- membership.
CREATE TABLE acc_person (
    id                   UUID PRIMARY KEY,
    email                VARCHAR(254) NOT NULL CHECK (email = lower(email)),
    password_hash        VARCHAR(512) NOT NULL,
    -- tokens of every membership issued before this instant are refused (a new password)
    tokens_valid_after   TIMESTAMPTZ  NOT NULL,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    email_verified_at    TIMESTAMPTZ,
    created_at           TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX acc_person_email_unique ON acc_person (email);

INSERT INTO acc_person (id, email, password_hash, tokens_valid_after, must_change_password,
                        email_verified_at, created_at, updated_at)
SELECT id, lower(email), password_hash, tokens_valid_after, must_change_password,
       email_verified_at, created_at, updated_at
FROM acc_user;

ALTER TABLE acc_user ADD COLUMN person_id UUID REFERENCES acc_person (id);
UPDATE acc_user SET person_id = id, email = lower(email);
ALTER TABLE acc_user ALTER COLUMN person_id SET NOT NULL;
ALTER TABLE acc_user ADD CONSTRAINT acc_user_one_membership_per_business UNIQUE (person_id, business_id);
CREATE INDEX acc_user_person ON acc_user (person_id);
-- the address is no longer unique here (one person, several memberships); the person's is
DROP INDEX acc_user_email_unique;
CREATE INDEX acc_user_email ON acc_user (email);
-- the password and what goes with it live on the person only
ALTER TABLE acc_user DROP COLUMN password_hash;
ALTER TABLE acc_user DROP COLUMN must_change_password;
ALTER TABLE acc_user DROP COLUMN email_verified_at;

-- acc_user.email is the person's address, kept for the readers of this table: always copied
CREATE FUNCTION acc_user_email_of_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.email := (SELECT p.email FROM acc_person p WHERE p.id = NEW.person_id);
    RETURN NEW;
END $$;
CREATE TRIGGER acc_user_email_of_person BEFORE INSERT OR UPDATE OF email, person_id ON acc_user
    FOR EACH ROW EXECUTE FUNCTION acc_user_email_of_person();

-- mailed links (password reset, verification) are the person's
ALTER TABLE acc_one_time_token DROP CONSTRAINT acc_one_time_token_user_id_fkey;
ALTER TABLE acc_one_time_token RENAME COLUMN user_id TO person_id;
ALTER TABLE acc_one_time_token ADD CONSTRAINT acc_one_time_token_person_fkey
    FOREIGN KEY (person_id) REFERENCES acc_person (id) ON DELETE CASCADE;
ALTER INDEX acc_one_time_token_user RENAME TO acc_one_time_token_person;
