-- Issue 18. A run is full or incremental; runs before this migration were all full.
ALTER TABLE sync_run ADD COLUMN run_mode VARCHAR(12) DEFAULT 'FULL' NOT NULL;
-- The highest source last-modified time a run read per resource type, moved with each committed page so
-- that a resumed run keeps it.
ALTER TABLE sync_checkpoint ADD COLUMN max_modified_at TIMESTAMP WITH TIME ZONE;
-- Per integration and resource type: the highest source last-modified time of its complete runs. An
-- incremental run reads the type from it (minus the type's overlap).
CREATE TABLE sync_watermark (
    integration_id  BIGINT NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    resource_type   VARCHAR(40) NOT NULL,
    modified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    run_id          BIGINT NOT NULL,
    PRIMARY KEY (integration_id, resource_type)
);
