-- Issue 21 (mass-missing guard). What a complete full run held back instead of marking missing, as
-- JSON {missing, threshold, byCustomer, byType, sample, releasedAt, releasedBy}; null when nothing was held.
ALTER TABLE sync_run ADD COLUMN held_json VARCHAR;
-- The CIs a held run would have marked missing: exactly what POST /api/syncs/{id}/release-missing marks.
CREATE TABLE missing_hold (
    run_id  BIGINT NOT NULL REFERENCES sync_run (id) ON DELETE CASCADE,
    ci_id   BIGINT NOT NULL REFERENCES configuration_item (id) ON DELETE CASCADE,
    PRIMARY KEY (run_id, ci_id)
);
CREATE INDEX ix_missing_hold_ci ON missing_hold (ci_id);
