-- Write-ahead rows of gateway calls. A call's reservation (department_budget.reserved_micros) and its
-- row here are written by one statement before any provider is asked, and removed by the statement
-- that settles or releases it, so for every month: reserved_micros = sum of its rows' reserved_micros
-- (for calls through the gateway). A row whose instance died is found by reconciliation and settled
-- (docs/gateway.md, "Settlement"). No foreign keys, like the ledger: this table is on the hot path.

CREATE TABLE call_reservation (
    -- one per attempt: a fallback attempt of the same request reserves again under a new id
    reservation_id  uuid         PRIMARY KEY,
    request_id      varchar(100) NOT NULL,
    department      varchar(64)  NOT NULL,
    month           char(7)      NOT NULL,
    reserved_micros bigint       NOT NULL CHECK (reserved_micros >= 0),
    currency        char(3)      NOT NULL,
    caller          varchar(255) NOT NULL,
    model_id        varchar(64)  NOT NULL,
    deployment      varchar(16)  NOT NULL,
    approval_id     uuid         NOT NULL,
    classification  varchar(16)  NOT NULL,
    -- the process that reserved it; see gateway_instance
    instance_id     uuid         NOT NULL,
    started_at      timestamptz  NOT NULL
);
CREATE INDEX call_reservation_instance_idx ON call_reservation (instance_id, started_at);

-- Application instances and their last sign of life (database time). An instance whose heartbeat
-- stopped longer ago than the configured silence is dead: its in-flight calls are reconciled.
CREATE TABLE gateway_instance (
    instance_id  uuid        PRIMARY KEY,
    started_at   timestamptz NOT NULL,
    heartbeat_at timestamptz NOT NULL
);
