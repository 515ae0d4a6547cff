-- Endpoints admins store through /api/v1/endpoints (the configuration's endpoints are not stored).
-- A secret is kept as a reference only: the name of an environment variable or of a file under the
-- secrets directory. There is no column a key could be written to.
-- No foreign key to the catalog: a model's deployments are a list inside its row; the use case checks
-- that the deployment exists when an endpoint is stored.
CREATE TABLE provider_endpoint (
    model_id                varchar(64)   NOT NULL,
    deployment              varchar(16)   NOT NULL CHECK (deployment IN ('VENDOR_API', 'PRIVATE_CLOUD', 'ON_PREMISES')),
    protocol                varchar(32)   NOT NULL CHECK (protocol IN ('OPENAI_COMPATIBLE', 'ANTHROPIC', 'GEMINI')),
    url                     varchar(2000) NOT NULL CHECK (url ~ '^https?://'),
    upstream_model          varchar(200)  NOT NULL CHECK (btrim(upstream_model) <> ''),
    timeout_millis          bigint        NOT NULL CHECK (timeout_millis > 0),
    breaker_open_for_millis bigint        CHECK (breaker_open_for_millis > 0),
    secret_kind             varchar(8)    CHECK (secret_kind IN ('ENV', 'FILE')),
    secret_name             varchar(255),
    version                 bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (model_id, deployment),
    CHECK ((secret_kind IS NULL) = (secret_name IS NULL))
);
