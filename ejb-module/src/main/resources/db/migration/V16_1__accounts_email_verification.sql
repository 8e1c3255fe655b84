-- E-mail verification: links of a second purpose, and when each address was proven. Accounts that
-- exist already count as verified (they signed up before there was anything to follow).
ALTER TABLE acc_one_time_token DROP CONSTRAINT acc_one_time_token_purpose_check;
ALTER TABLE acc_one_time_token ADD CONSTRAINT acc_one_time_token_purpose_check
    CHECK (purpose IN ('PASSWORD_RESET', 'EMAIL_VERIFICATION'));
ALTER TABLE acc_user ADD COLUMN email_verified_at TIMESTAMPTZ;
UPDATE acc_user SET email_verified_at = created_at;
