-- Webhooks (issue 22): where failure notifications go, and an outbox of their deliveries so each is
-- sent at least once, retried with back-off for up to 24 hours, and claimed by one node at a time.

CREATE SEQUENCE webhook_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE webhook_delivery_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE webhook (
    id              BIGINT PRIMARY KEY,
    url             VARCHAR(2048) NOT NULL,
    -- AES-GCM sealed like integration secrets; NULL when no secret is set.
    secret_sealed   VARCHAR(1000),
    events          VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL
);

CREATE TABLE webhook_delivery (
    id               BIGINT PRIMARY KEY,
    webhook_id       BIGINT NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    event_id         VARCHAR(36) NOT NULL,
    event            VARCHAR(40) NOT NULL,
    run_id           BIGINT,
    payload          VARCHAR NOT NULL,
    status           VARCHAR(12) NOT NULL,
    attempts         INTEGER NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    -- The node sending it now, until when (a conditional update takes it; a dead node's lease expires).
    lease_owner      VARCHAR(100),
    lease_expires_at TIMESTAMP WITH TIME ZONE,
    last_status      INTEGER,
    last_error       VARCHAR(500),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_webhook_delivery_event UNIQUE (event_id)
);
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX ix_webhook_delivery_webhook ON webhook_delivery (webhook_id, id);
