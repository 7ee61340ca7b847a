-- How many 429 answers a run received (its connector waited them out), shown with the run.
ALTER TABLE sync_run ADD COLUMN rate_limited BIGINT DEFAULT 0 NOT NULL;
