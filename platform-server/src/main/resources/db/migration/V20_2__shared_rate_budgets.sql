-- Issue 20: rate budgets shared by all nodes on PostgreSQL (one row per source host and limit, locked
-- while a node takes a request; the requests granted in the rolling window). Unused on H2 (one node).
CREATE TABLE rate_budget (
    name         VARCHAR(500) PRIMARY KEY,
    paused_until TIMESTAMP WITH TIME ZONE
);

CREATE TABLE rate_budget_grant (
    name       VARCHAR(500) NOT NULL REFERENCES rate_budget (name) ON DELETE CASCADE,
    granted_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX rate_budget_grant_name_at ON rate_budget_grant (name, granted_at);
