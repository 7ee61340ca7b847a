-- Issue 15, finding 9. Who changed what, when: one row per change (integration created, changed or
-- deleted, settings, run started or cancelled) and per throttled burst of failed sign-ins. Details
-- are JSON text naming what changed; never a secret value. Rows are only ever added.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id          BIGINT PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    action      VARCHAR(60)  NOT NULL,
    target      VARCHAR(200),
    details     VARCHAR(4000) NOT NULL
);
CREATE INDEX ix_audit_entry_at ON audit_entry (at, id);
