-- Scheduled work runs once per cluster: every instance's timer fires, and the one that claims the
-- (task, slot) row first does the work.
CREATE TABLE ops_scheduled_run (
    task       VARCHAR(60)  NOT NULL,
    slot       TIMESTAMPTZ  NOT NULL,
    instance   VARCHAR(200) NOT NULL,
    claimed_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (task, slot)
);
