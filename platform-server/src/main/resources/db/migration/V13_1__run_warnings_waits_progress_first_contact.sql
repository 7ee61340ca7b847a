-- Issue 13 (first contact). What a run skipped and why (JSON list of {resourceType, reason, permission,
-- message}), what it is waiting for while it waits, the total it expects and when it expects to end.
ALTER TABLE sync_run ADD COLUMN warnings_json VARCHAR DEFAULT '[]' NOT NULL;
ALTER TABLE sync_run ADD COLUMN waiting_for VARCHAR(20);
ALTER TABLE sync_run ADD COLUMN waiting_message VARCHAR(500);
ALTER TABLE sync_run ADD COLUMN progress_total BIGINT;
ALTER TABLE sync_run ADD COLUMN progress_eta_at TIMESTAMP WITH TIME ZONE;
-- When the integration first reached its source: a passed connection test or a successful sync. Until
-- then a refused connection, an unknown host or the wrong scheme fails a sync at once as a configuration
-- mistake instead of being retried for minutes.
ALTER TABLE integration ADD COLUMN connected_at TIMESTAMP WITH TIME ZONE;
