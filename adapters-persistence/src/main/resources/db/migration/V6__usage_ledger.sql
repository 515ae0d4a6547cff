-- The usage ledger: one row per gateway call, whatever its outcome. The gateway's request id is the
-- primary key, so writing the same call twice (a retry after a timeout) stores it once.
-- No foreign keys: the ledger records what happened and must never block or be blocked by changes to
-- the catalog or to approvals (a foreign key would take a share lock on the referenced row per insert).
-- Cost counts in millionths of the currency unit (micro-yen), like the budget counters.
-- Instants are timestamptz (microseconds); the adapter stores them truncated to the microsecond.

CREATE TABLE usage_record (
    request_id     varchar(100) PRIMARY KEY CHECK (btrim(request_id) <> ''),
    occurred_at    timestamptz  NOT NULL,
    department     varchar(64)  NOT NULL,
    caller         varchar(255) NOT NULL CHECK (btrim(caller) <> ''),
    -- absent for calls refused before a model was chosen
    model_id       varchar(64),
    deployment     varchar(16)  CHECK (deployment IN ('VENDOR_API', 'PRIVATE_CLOUD', 'ON_PREMISES')),
    approval_id    uuid,
    classification varchar(16)  NOT NULL CHECK (classification IN ('PUBLIC', 'INTERNAL', 'CONFIDENTIAL',
                                           'RESTRICTED')),
    input_tokens   bigint       NOT NULL CHECK (input_tokens >= 0),
    output_tokens  bigint       NOT NULL CHECK (output_tokens >= 0),
    -- false when the provider reported no usage and the figures are the gateway's own count
    usage_reported boolean      NOT NULL,
    cost_micros    bigint       NOT NULL CHECK (cost_micros >= 0),
    currency       char(3)      NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    latency_millis bigint       NOT NULL CHECK (latency_millis >= 0),
    attempts       integer      NOT NULL CHECK (attempts >= 0),
    -- SUCCESS, PROVIDER_ERROR, CLIENT_ABORTED or a refusal (REFUSED_…)
    outcome        varchar(40)  NOT NULL CHECK (btrim(outcome) <> '')
);
-- Listings are newest first, then by request id; filtered by department or model, and reports sum a
-- department's or a model's calls over a month.
CREATE INDEX usage_record_occurred_idx ON usage_record (occurred_at DESC, request_id);
CREATE INDEX usage_record_department_idx ON usage_record (department, occurred_at);
CREATE INDEX usage_record_model_idx ON usage_record (model_id, occurred_at);
