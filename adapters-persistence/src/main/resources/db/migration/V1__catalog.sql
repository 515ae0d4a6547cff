-- The catalog: licenses with structured terms, and models with their deployments.
-- Every enum column is checked so that a row the domain could not load cannot be written.

CREATE TABLE license (
    id                                varchar(64)   PRIMARY KEY,
    name                              varchar(120)  NOT NULL,
    spdx_id                           varchar(64),
    text_url                          varchar(500)  NOT NULL,
    summary                           varchar(2000) NOT NULL,
    commercial_use                    varchar(16)   NOT NULL CHECK (commercial_use IN ('ALLOWED', 'CONDITIONAL', 'PROHIBITED')),
    monthly_active_user_cap           bigint        CHECK (monthly_active_user_cap > 0),
    attribution_required              boolean       NOT NULL,
    attribution_notice                varchar(200),
    copyright_notice_required         boolean       NOT NULL,
    license_text_with_redistribution  boolean       NOT NULL,
    notice_file_with_redistribution   boolean       NOT NULL,
    derivative_name_prefix            varchar(60),
    acceptable_use_policy_url         varchar(500),
    use_restrictions_pass_through     boolean       NOT NULL,
    redistribution_allowed            boolean       NOT NULL,
    share_alike                       boolean       NOT NULL,
    outputs_may_improve_other_models  boolean       NOT NULL,
    version                           bigint        NOT NULL DEFAULT 0
);

CREATE TABLE license_clause (
    license_id varchar(64)  NOT NULL REFERENCES license (id) ON DELETE CASCADE,
    term       varchar(40)  NOT NULL,
    clause     varchar(120) NOT NULL,
    PRIMARY KEY (license_id, term)
);

CREATE TABLE model (
    id                    varchar(64)  PRIMARY KEY,
    name                  varchar(120) NOT NULL,
    provider              varchar(80)  NOT NULL,
    source_kind           varchar(16)  NOT NULL CHECK (source_kind IN ('CLOSED', 'OPEN_WEIGHTS')),
    license_id            varchar(64)  NOT NULL REFERENCES license (id),
    base_model_id         varchar(64)  REFERENCES model (id),
    context_window_tokens integer      NOT NULL CHECK (context_window_tokens > 0),
    quality_tier          varchar(16)  NOT NULL CHECK (quality_tier IN ('FRONTIER', 'STANDARD', 'COMPACT')),
    lifecycle             varchar(16)  NOT NULL CHECK (lifecycle IN ('ACTIVE', 'DEPRECATED', 'RETIRED')),
    version               bigint       NOT NULL DEFAULT 0
);
CREATE INDEX model_license_idx ON model (license_id);
CREATE INDEX model_base_model_idx ON model (base_model_id);

-- One row per way a model can run. A vendor API row has vendor terms and token prices;
-- a self-hosted row has GPU prices. Money is minor units plus an ISO 4217 currency.
CREATE TABLE model_deployment (
    model_id                        varchar(64) NOT NULL REFERENCES model (id) ON DELETE CASCADE,
    kind                            varchar(16) NOT NULL CHECK (kind IN ('VENDOR_API', 'PRIVATE_CLOUD', 'ON_PREMISES')),
    data_retention_days             integer     CHECK (data_retention_days >= 0),
    processing_region               varchar(6),
    trains_on_customer_data         boolean,
    currency                        char(3)     NOT NULL,
    input_per_million_minor         bigint      CHECK (input_per_million_minor >= 0),
    output_per_million_minor        bigint      CHECK (output_per_million_minor >= 0),
    gpu_monthly_cost_minor          bigint      CHECK (gpu_monthly_cost_minor >= 0),
    tokens_per_gpu_month            bigint      CHECK (tokens_per_gpu_month > 0),
    fixed_monthly_operations_minor  bigint      CHECK (fixed_monthly_operations_minor >= 0),
    priced_on                       date        NOT NULL,
    PRIMARY KEY (model_id, kind),
    CHECK ((kind = 'VENDOR_API'
            AND data_retention_days IS NOT NULL AND processing_region IS NOT NULL AND trains_on_customer_data IS NOT NULL
            AND input_per_million_minor IS NOT NULL AND output_per_million_minor IS NOT NULL
            AND gpu_monthly_cost_minor IS NULL AND tokens_per_gpu_month IS NULL AND fixed_monthly_operations_minor IS NULL)
        OR (kind <> 'VENDOR_API'
            AND data_retention_days IS NULL AND processing_region IS NULL AND trains_on_customer_data IS NULL
            AND input_per_million_minor IS NULL AND output_per_million_minor IS NULL
            AND gpu_monthly_cost_minor IS NOT NULL AND tokens_per_gpu_month IS NOT NULL
            AND fixed_monthly_operations_minor IS NOT NULL))
);

CREATE TABLE model_strength (
    model_id varchar(64) NOT NULL REFERENCES model (id) ON DELETE CASCADE,
    strength varchar(32) NOT NULL,
    PRIMARY KEY (model_id, strength)
);

CREATE TABLE model_benchmark_score (
    model_id  varchar(64)  NOT NULL REFERENCES model (id) ON DELETE CASCADE,
    benchmark varchar(32)  NOT NULL,
    score     numeric(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (model_id, benchmark)
);
