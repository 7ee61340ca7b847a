-- AssetBridge core schema. Portable SQL: the same file runs on H2 2.x and PostgreSQL.
-- Ids come from sequences whose increment matches the entities' allocation size (50); EclipseLink
-- reads each value as the last id of a block of 50, so the first value is 50 (block 1-50).

CREATE SEQUENCE integration_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE customer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE site_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE asset_type_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE configuration_item_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sync_run_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE integration (
    id              BIGINT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    connector_type  VARCHAR(40)  NOT NULL,
    config_json     VARCHAR      NOT NULL,
    secrets_json    VARCHAR      NOT NULL,
    settings_json   VARCHAR      NOT NULL,
    -- The queued or running sync; set with a conditional update so one run per integration holds
    -- across server instances (H2 has no partial unique indexes).
    active_run_id   BIGINT,
    next_sync_at    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL,
    CONSTRAINT uq_integration_name UNIQUE (name)
);
CREATE INDEX ix_integration_next_sync ON integration (next_sync_at);

CREATE TABLE customer (
    id              BIGINT PRIMARY KEY,
    integration_id  BIGINT NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    source_id       VARCHAR(200) NOT NULL,
    name            VARCHAR(1000) NOT NULL,
    active          BOOLEAN NOT NULL,
    content_hash    VARCHAR(64) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_customer_identity UNIQUE (integration_id, source_id)
);

CREATE TABLE site (
    id                  BIGINT PRIMARY KEY,
    integration_id      BIGINT NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    source_id           VARCHAR(200) NOT NULL,
    name                VARCHAR(1000) NOT NULL,
    customer_id         BIGINT REFERENCES customer (id) ON DELETE SET NULL,
    active              BOOLEAN NOT NULL,
    content_hash        VARCHAR(64) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_site_identity UNIQUE (integration_id, source_id)
);
CREATE INDEX ix_site_customer ON site (customer_id);

CREATE TABLE asset_type (
    id              BIGINT PRIMARY KEY,
    integration_id  BIGINT NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    source_id       VARCHAR(200) NOT NULL,
    name            VARCHAR(1000) NOT NULL,
    group_name      VARCHAR(1000),
    content_hash    VARCHAR(64) NOT NULL,
    CONSTRAINT uq_asset_type_identity UNIQUE (integration_id, source_id)
);

CREATE TABLE configuration_item (
    id                  BIGINT PRIMARY KEY,
    integration_id      BIGINT NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    resource_type       VARCHAR(40)  NOT NULL,
    source_id           VARCHAR(200) NOT NULL,
    ci_class            VARCHAR(10)  NOT NULL,
    status              VARCHAR(10)  NOT NULL,
    name                VARCHAR(1000) NOT NULL,
    type_name           VARCHAR(1000),
    type_source_id      VARCHAR(200),
    serial_number       VARCHAR(1000),
    asset_tag           VARCHAR(1000),
    manufacturer        VARCHAR(1000),
    model               VARCHAR(1000),
    customer_id         BIGINT REFERENCES customer (id) ON DELETE SET NULL,
    site_id             BIGINT REFERENCES site (id) ON DELETE SET NULL,
    assigned_user       VARCHAR(1000),
    warranty_start      DATE,
    warranty_end        DATE,
    purchase_date       DATE,
    source_modified_at  TIMESTAMP WITH TIME ZONE,
    attributes_json     VARCHAR NOT NULL,
    content_hash        VARCHAR(64) NOT NULL,
    -- Consecutive complete syncs that did not see it; drives missing, then retired.
    missing_syncs       INTEGER NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_ci_identity UNIQUE (integration_id, resource_type, source_id)
);
CREATE INDEX ix_ci_integration_class_status ON configuration_item (integration_id, ci_class, status);
CREATE INDEX ix_ci_class_status_name ON configuration_item (ci_class, status, name, id);
CREATE INDEX ix_ci_name ON configuration_item (name, id);
CREATE INDEX ix_ci_updated ON configuration_item (updated_at, id);
CREATE INDEX ix_ci_customer ON configuration_item (customer_id);
CREATE INDEX ix_ci_site ON configuration_item (site_id);

CREATE TABLE sync_run (
    id                  BIGINT PRIMARY KEY,
    integration_id      BIGINT NOT NULL REFERENCES integration (id) ON DELETE CASCADE,
    status              VARCHAR(12) NOT NULL,
    trigger_kind        VARCHAR(12) NOT NULL,
    queued_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE,
    finished_at         TIMESTAMP WITH TIME ZONE,
    progress_resource   VARCHAR(40),
    progress_pages      BIGINT NOT NULL,
    progress_records    BIGINT NOT NULL,
    counts_json         VARCHAR NOT NULL,
    requests            BIGINT NOT NULL,
    failure_kind        VARCHAR(20),
    failure_message     VARCHAR(2000),
    cancel_requested    BOOLEAN NOT NULL,
    waiting_until       TIMESTAMP WITH TIME ZONE,
    -- Which server instance executes the run, until when; a dead node's lease expires.
    lease_owner         VARCHAR(100),
    lease_expires_at    TIMESTAMP WITH TIME ZONE,
    version             BIGINT NOT NULL
);
CREATE INDEX ix_sync_run_integration ON sync_run (integration_id, id);
CREATE INDEX ix_sync_run_status ON sync_run (status);

-- The position of a run in each resource type, committed in the same transaction as its page.
CREATE TABLE sync_checkpoint (
    run_id          BIGINT NOT NULL REFERENCES sync_run (id) ON DELETE CASCADE,
    resource_type   VARCHAR(40) NOT NULL,
    cursor_value    VARCHAR(2000),
    pages           BIGINT NOT NULL,
    records         BIGINT NOT NULL,
    done            BOOLEAN NOT NULL,
    PRIMARY KEY (run_id, resource_type)
);

-- Source ids a run has seen, so missing CIs are found with one query and CI rows stay untouched.
CREATE TABLE sync_seen (
    run_id          BIGINT NOT NULL REFERENCES sync_run (id) ON DELETE CASCADE,
    resource_type   VARCHAR(40) NOT NULL,
    source_id       VARCHAR(200) NOT NULL,
    PRIMARY KEY (run_id, resource_type, source_id)
);

-- Users' password hashes (the generated admin password is stored only as a hash).
CREATE TABLE app_user (
    username        VARCHAR(50) PRIMARY KEY,
    password_hash   VARCHAR(500) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
