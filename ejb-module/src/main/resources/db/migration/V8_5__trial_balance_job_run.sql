-- A trial balance names the job run that computes it, so its job_execution_id can be followed at
-- GET /admin/api/jobs/executions/{id}/ like any other job's. Trial balances requested before this
-- migration have none.
ALTER TABLE bk_trial_balance ADD COLUMN job_run_id UUID REFERENCES ops_job_run (id);
CREATE INDEX bk_trial_balance_job_run ON bk_trial_balance (job_run_id) WHERE job_run_id IS NOT NULL;
