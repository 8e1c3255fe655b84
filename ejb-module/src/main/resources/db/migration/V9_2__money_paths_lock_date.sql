-- Money paths: the lock date. Closing a month locks every date up to its end; the database refuses
-- a journal entry dated on or before the end of the latest closed month of its business (the
-- application answers 409 before it gets here; this guards every other way in).

CREATE INDEX bk_financial_period_closed_end
    ON bk_financial_period (business_id, period_end DESC) WHERE status = 'CLOSED';

CREATE FUNCTION bk_refuse_locked_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM bk_financial_period p
               WHERE p.business_id = NEW.business_id AND p.status = 'CLOSED'
                 AND p.period_end >= NEW.entry_date) THEN
        RAISE EXCEPTION 'journal entry dated % is on or before the lock date', NEW.entry_date
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER bk_journal_entry_lock_date BEFORE INSERT ON bk_journal_entry
    FOR EACH ROW EXECUTE FUNCTION bk_refuse_locked_entry();
