-- Run history: who started a run, by name as it was when they started it (the history reads as it
-- happened even after a rename), and the period a run covers, so runs can be listed and filtered
-- by job and period without reading their parameters.
ALTER TABLE ops_job_run ADD COLUMN started_by_name VARCHAR(201);
ALTER TABLE ops_job_run ADD COLUMN period_start DATE;
ALTER TABLE ops_job_run ADD COLUMN period_end DATE;

UPDATE ops_job_run r SET started_by_name =
    (SELECT u.first_name || ' ' || u.last_name FROM acc_user u WHERE u.id = r.started_by)
  WHERE r.started_by IS NOT NULL;
UPDATE ops_job_run SET
    period_start = CAST(coalesce(CAST(parameters AS jsonb) ->> 'period_start', CAST(parameters AS jsonb) ->> 'date_from') AS date),
    period_end = CAST(coalesce(CAST(parameters AS jsonb) ->> 'period_end', CAST(parameters AS jsonb) ->> 'date_to') AS date);

CREATE INDEX ops_job_run_history ON ops_job_run (business_id, job_name, started_at DESC);
