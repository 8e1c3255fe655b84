-- Bookkeeping: chart of accounts and an immutable double-entry ledger.

CREATE TABLE bk_ledger_account (
    id           UUID PRIMARY KEY,
    business_id  UUID         NOT NULL REFERENCES acc_business (id),
    code         VARCHAR(20)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    account_type VARCHAR(10)  NOT NULL CHECK (account_type IN ('ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'EXPENSE')),
    parent_id    UUID REFERENCES bk_ledger_account (id),
    is_system    BOOLEAN      NOT NULL DEFAULT FALSE,
    is_active    BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    UNIQUE (business_id, code)
);

CREATE TABLE bk_journal_entry (
    id           UUID PRIMARY KEY,
    business_id  UUID          NOT NULL REFERENCES acc_business (id),
    -- from the business's own sequence (bk_entry_seq_<business>): no shared counter row
    entry_number BIGINT        NOT NULL,
    entry_date   DATE          NOT NULL,
    description  VARCHAR(500)  NOT NULL,
    reference    VARCHAR(100),
    source_type  VARCHAR(40)   NOT NULL,
    source_id    UUID,
    -- a reversal names the entry it reverses; UNIQUE: an entry is reversed at most once
    reverses_id  UUID UNIQUE REFERENCES bk_journal_entry (id),
    total        NUMERIC(19,4) NOT NULL CHECK (total > 0),
    posted_by    UUID,
    created_at   TIMESTAMPTZ   NOT NULL,
    updated_at   TIMESTAMPTZ   NOT NULL,
    UNIQUE (business_id, entry_number)
);
CREATE INDEX bk_journal_entry_date ON bk_journal_entry (business_id, entry_date, entry_number);
CREATE INDEX bk_journal_entry_source ON bk_journal_entry (business_id, source_type, source_id);

CREATE TABLE bk_ledger_entry (
    id               UUID PRIMARY KEY,
    business_id      UUID          NOT NULL,
    journal_entry_id UUID          NOT NULL REFERENCES bk_journal_entry (id),
    line_number      INTEGER       NOT NULL,
    account_id       UUID          NOT NULL REFERENCES bk_ledger_account (id),
    entry_date       DATE          NOT NULL,
    debit            NUMERIC(19,4) NOT NULL DEFAULT 0,
    credit           NUMERIC(19,4) NOT NULL DEFAULT 0,
    memo             VARCHAR(500),
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    -- exactly one side, positive
    CHECK (debit >= 0 AND credit >= 0 AND (debit > 0) <> (credit > 0)),
    UNIQUE (journal_entry_id, line_number)
);
-- balances and account statements: lines of one account in date order
CREATE INDEX bk_ledger_entry_account ON bk_ledger_entry (business_id, account_id, entry_date, created_at, id);
-- trial balances and reports: lines of a period
CREATE INDEX bk_ledger_entry_period ON bk_ledger_entry (business_id, entry_date) INCLUDE (account_id, debit, credit);

-- Every journal entry balances when its transaction commits: at least two lines, debits equal
-- credits. Deferred, so an entry and its lines can be inserted in any order within the transaction.
CREATE FUNCTION bk_check_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    entry UUID;
    debits NUMERIC;
    credits NUMERIC;
    lines INTEGER;
    stated NUMERIC;
BEGIN
    -- each branch is planned only when taken: NEW has the field the branch names
    IF TG_TABLE_NAME = 'bk_journal_entry' THEN
        entry := NEW.id;
    ELSE
        entry := NEW.journal_entry_id;
    END IF;
    SELECT coalesce(sum(debit), 0), coalesce(sum(credit), 0), count(*)
      INTO debits, credits, lines FROM bk_ledger_entry WHERE journal_entry_id = entry;
    SELECT total INTO stated FROM bk_journal_entry WHERE id = entry;
    IF lines < 2 OR debits <> credits OR debits <> stated THEN
        RAISE EXCEPTION 'journal entry % does not balance: debits %, credits %, total %, % lines',
            entry, debits, credits, stated, lines USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER bk_journal_entry_balanced AFTER INSERT ON bk_journal_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bk_check_entry_balanced();
CREATE CONSTRAINT TRIGGER bk_ledger_entry_balanced AFTER INSERT ON bk_ledger_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bk_check_entry_balanced();

-- Posted entries are never edited or removed; a mistake is corrected by a reversing entry.
CREATE FUNCTION bk_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'posted ledger rows are immutable (% on %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER bk_journal_entry_immutable BEFORE UPDATE OR DELETE ON bk_journal_entry
    FOR EACH ROW EXECUTE FUNCTION bk_refuse_change();
CREATE TRIGGER bk_ledger_entry_immutable BEFORE UPDATE OR DELETE ON bk_ledger_entry
    FOR EACH ROW EXECUTE FUNCTION bk_refuse_change();
CREATE TRIGGER bk_journal_entry_no_truncate BEFORE TRUNCATE ON bk_journal_entry
    FOR EACH STATEMENT EXECUTE FUNCTION bk_refuse_change();
CREATE TRIGGER bk_ledger_entry_no_truncate BEFORE TRUNCATE ON bk_ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION bk_refuse_change();
