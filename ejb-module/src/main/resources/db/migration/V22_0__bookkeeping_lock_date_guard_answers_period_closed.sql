-- The lock date's guard answers with its own SQLSTATE (class 55, "object not in prerequisite
-- state"), so that a posting which got past an instance's kept copy of the lock date (another
-- instance closed the month within the copy's lifetime) is answered as the period-closed conflict
-- it is, not as an unexpected failure.

CREATE OR REPLACE FUNCTION bk_refuse_locked_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM bk_financial_period p
               WHERE p.business_id = NEW.business_id AND p.status IN ('CLOSED', 'LOCKED')
                 AND p.period_end >= NEW.entry_date) THEN
        RAISE EXCEPTION 'journal entry dated % is on or before the lock date', NEW.entry_date
            USING ERRCODE = '55P0L';
    END IF;
    RETURN NEW;
END $$;
