-- Issue 13. CIs the settings leave out keep their rows with status 'excluded' (no schema change: the
-- status column is a VARCHAR(10)). Any change of an integration's settings or configuration is
-- recorded, so that the next run is a full one once incremental runs exist.
ALTER TABLE integration ADD COLUMN settings_changed_at TIMESTAMP WITH TIME ZONE;
