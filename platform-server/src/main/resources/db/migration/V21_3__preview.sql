-- Issue 21 (preview). A preview's samples per outcome: up to 20 CIs each it would create, update (with
-- the fields old -> new) and mark missing, as JSON; null for other runs.
ALTER TABLE sync_run ADD COLUMN preview_json VARCHAR;
