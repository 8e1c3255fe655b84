-- Money paths: an idempotency key belongs to the user who used it. Another user repeating the key
-- and body runs their own request (with their own checks) instead of replaying the first answer.
-- Rows written before this migration belong to no user (the nil UUID) and expire within 24 hours.

ALTER TABLE pf_idempotency_record
    ADD COLUMN user_id UUID NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000';
ALTER TABLE pf_idempotency_record DROP CONSTRAINT pf_idempotency_record_pkey;
ALTER TABLE pf_idempotency_record ADD PRIMARY KEY (business_id, user_id, idempotency_key);
