-- Usage requests with their evaluation, review decisions and history; the approvals they grant;
-- departments' monthly budgets. Every enum column is checked so that a row the domain could not
-- load cannot be written, and the simple invariants of the aggregates are checked too.
-- Instants are timestamptz (microseconds); the adapter stores them truncated to the microsecond.

CREATE TABLE usage_request (
    id                     uuid          PRIMARY KEY,
    requester              varchar(255)  NOT NULL,
    department             varchar(64)   NOT NULL,
    model_id               varchar(64)   NOT NULL REFERENCES model (id),
    deployment             varchar(16)   NOT NULL CHECK (deployment IN ('VENDOR_API', 'PRIVATE_CLOUD', 'ON_PREMISES')),
    -- the use case
    purpose                varchar(2000) NOT NULL,
    task_category          varchar(32)   NOT NULL CHECK (task_category IN ('REPORT_GENERATION', 'KNOWLEDGE_SEARCH',
                                                  'CONFIDENTIAL_ANALYSIS', 'CUSTOMER_CHAT', 'CODE_ASSIST', 'OTHER')),
    audience               varchar(24)   NOT NULL CHECK (audience IN ('INTERNAL', 'EXTERNAL_CUSTOMERS')),
    commercial             boolean       NOT NULL,
    redistributes_model    boolean       NOT NULL,
    fine_tunes             boolean       NOT NULL,
    expected_mau           bigint        NOT NULL CHECK (expected_mau BETWEEN 0 AND 10000000000),
    highest_classification varchar(16)   NOT NULL CHECK (highest_classification IN ('PUBLIC', 'INTERNAL',
                                                  'CONFIDENTIAL', 'RESTRICTED')),
    requests_per_month     bigint        NOT NULL CHECK (requests_per_month BETWEEN 0 AND 10000000000),
    avg_input_tokens       bigint        NOT NULL CHECK (avg_input_tokens BETWEEN 0 AND 2000000),
    avg_output_tokens      bigint        NOT NULL CHECK (avg_output_tokens BETWEEN 0 AND 2000000),
    -- the workflow
    state                  varchar(16)   NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'APPROVED',
                                                  'REJECTED', 'WITHDRAWN')),
    -- true once submission evaluated the request: the evaluation may have found nothing at all
    evaluated              boolean       NOT NULL,
    created_at             timestamptz   NOT NULL,
    updated_at             timestamptz   NOT NULL,
    version                bigint        NOT NULL DEFAULT 0,
    CHECK (evaluated OR state NOT IN ('IN_REVIEW', 'APPROVED', 'REJECTED')),
    CHECK (NOT evaluated OR state NOT IN ('DRAFT', 'SUBMITTED'))
);
-- Listings are newest first, then by id, filtered by state, department or model.
CREATE INDEX usage_request_created_idx ON usage_request (created_at DESC, id);
CREATE INDEX usage_request_state_idx ON usage_request (state, created_at DESC, id);
CREATE INDEX usage_request_department_idx ON usage_request (department, created_at DESC, id);
CREATE INDEX usage_request_model_idx ON usage_request (model_id);

-- The evaluation's findings, worst first as the evaluator ordered them.
CREATE TABLE usage_request_finding (
    request_id uuid          NOT NULL REFERENCES usage_request (id) ON DELETE CASCADE,
    position   integer       NOT NULL CHECK (position >= 0),
    severity   varchar(8)    NOT NULL CHECK (severity IN ('BLOCKER', 'WARNING', 'INFO')),
    code       varchar(80)   NOT NULL,
    sentence   varchar(4000) NOT NULL,
    PRIMARY KEY (request_id, position)
);

-- The reviews the evaluation requires. With usage_request_decision's (request_id, kind) this
-- answers "which IN_REVIEW requests still wait for a review of kind X" by primary-key probes.
CREATE TABLE usage_request_required_review (
    request_id uuid        NOT NULL REFERENCES usage_request (id) ON DELETE CASCADE,
    kind       varchar(16) NOT NULL CHECK (kind IN ('SECURITY', 'LEGAL', 'FINANCE')),
    PRIMARY KEY (request_id, kind)
);

-- The license obligations the evaluation found, in the evaluator's order.
CREATE TABLE usage_request_obligation (
    request_id     uuid          NOT NULL REFERENCES usage_request (id) ON DELETE CASCADE,
    position       integer       NOT NULL CHECK (position >= 0),
    type           varchar(48)   NOT NULL CHECK (type IN ('INCLUDE_LICENSE_TEXT', 'INCLUDE_NOTICE_FILE',
                                          'INCLUDE_COPYRIGHT_NOTICE', 'GIVE_ATTRIBUTION', 'DISPLAY_ATTRIBUTION',
                                          'DERIVATIVE_NAME_PREFIX', 'FOLLOW_ACCEPTABLE_USE_POLICY',
                                          'PASS_THROUGH_USE_RESTRICTIONS', 'SHARE_ALIKE',
                                          'NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS')),
    sentence       varchar(1000) NOT NULL,
    -- a snapshot of what the license said when evaluated, so no foreign key to license
    source_license varchar(64)   NOT NULL,
    clause         varchar(120)  NOT NULL,
    PRIMARY KEY (request_id, position)
);

-- Reviewers' decisions in the order they were made; one per review kind.
CREATE TABLE usage_request_decision (
    request_id uuid          NOT NULL REFERENCES usage_request (id) ON DELETE CASCADE,
    position   integer       NOT NULL CHECK (position >= 0),
    kind       varchar(16)   NOT NULL CHECK (kind IN ('SECURITY', 'LEGAL', 'FINANCE')),
    outcome    varchar(8)    NOT NULL CHECK (outcome IN ('APPROVE', 'REJECT')),
    reviewer   varchar(255)  NOT NULL,
    comment    varchar(2000),
    decided_at timestamptz   NOT NULL,
    PRIMARY KEY (request_id, position),
    -- deferred: Hibernate may rewrite list rows in place within one flush
    CONSTRAINT usage_request_decision_one_per_kind UNIQUE (request_id, kind) DEFERRABLE INITIALLY DEFERRED,
    CHECK (outcome <> 'REJECT' OR comment IS NOT NULL)
);

-- The request's life, oldest first. action is one of HistoryEntry's constants.
CREATE TABLE usage_request_history (
    request_id  uuid           NOT NULL REFERENCES usage_request (id) ON DELETE CASCADE,
    position    integer        NOT NULL CHECK (position >= 0),
    occurred_at timestamptz    NOT NULL,
    actor       varchar(255)   NOT NULL,
    action      varchar(40)    NOT NULL CHECK (action ~ '^[A-Z][A-Z_]*$'),
    from_state  varchar(16)    CHECK (from_state IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'APPROVED', 'REJECTED',
                                              'WITHDRAWN')),
    to_state    varchar(16)    NOT NULL CHECK (to_state IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'APPROVED',
                                              'REJECTED', 'WITHDRAWN')),
    note        varchar(10000) NOT NULL,
    PRIMARY KEY (request_id, position)
);

-- What an approved request grants. One approval per request.
CREATE TABLE approval (
    id                     uuid          PRIMARY KEY,
    request_id             uuid          NOT NULL UNIQUE REFERENCES usage_request (id),
    department             varchar(64)   NOT NULL,
    model_id               varchar(64)   NOT NULL REFERENCES model (id),
    deployment             varchar(16)   NOT NULL CHECK (deployment IN ('VENDOR_API', 'PRIVATE_CLOUD', 'ON_PREMISES')),
    highest_classification varchar(16)   NOT NULL CHECK (highest_classification IN ('PUBLIC', 'INTERNAL',
                                                  'CONFIDENTIAL', 'RESTRICTED')),
    granted_at             timestamptz   NOT NULL,
    valid_until            timestamptz   NOT NULL,
    monthly_cap_minor      bigint        CHECK (monthly_cap_minor > 0),
    monthly_cap_currency   char(3),
    status                 varchar(16)   NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    re_review_reason       varchar(2000),
    re_review_flagged_at   timestamptz,
    revocation_reason      varchar(2000),
    revoked_by             varchar(255),
    revoked_at             timestamptz,
    suspension_reason      varchar(2000),
    suspended_at           timestamptz,
    updated_at             timestamptz   NOT NULL,
    version                bigint        NOT NULL DEFAULT 0,
    CHECK (valid_until > granted_at),
    CHECK ((monthly_cap_minor IS NULL) = (monthly_cap_currency IS NULL)),
    CHECK ((re_review_reason IS NULL) = (re_review_flagged_at IS NULL)),
    CHECK ((status = 'REVOKED') = (revocation_reason IS NOT NULL)),
    CHECK ((revocation_reason IS NULL) = (revoked_by IS NULL) AND (revocation_reason IS NULL) = (revoked_at IS NULL)),
    CHECK ((status = 'SUSPENDED') = (suspension_reason IS NOT NULL)),
    CHECK ((suspension_reason IS NULL) = (suspended_at IS NULL)),
    CHECK (status <> 'REVOKED' OR re_review_reason IS NULL)
);
-- Listings are newest grant first, then by id; the gateway and re-reviews look up the unrevoked
-- approvals of a department or of a model.
CREATE INDEX approval_granted_idx ON approval (granted_at DESC, id);
CREATE INDEX approval_department_idx ON approval (department, granted_at DESC, id);
CREATE INDEX approval_model_idx ON approval (model_id, granted_at DESC, id);
CREATE INDEX approval_status_idx ON approval (status, granted_at DESC, id);
CREATE INDEX approval_flagged_idx ON approval (granted_at DESC, id) WHERE re_review_reason IS NOT NULL;

CREATE TABLE approval_task_category (
    approval_id   uuid        NOT NULL REFERENCES approval (id) ON DELETE CASCADE,
    task_category varchar(32) NOT NULL CHECK (task_category IN ('REPORT_GENERATION', 'KNOWLEDGE_SEARCH',
                                              'CONFIDENTIAL_ANALYSIS', 'CUSTOMER_CHAT', 'CODE_ASSIST', 'OTHER')),
    PRIMARY KEY (approval_id, task_category)
);

CREATE TABLE approval_obligation (
    approval_id    uuid          NOT NULL REFERENCES approval (id) ON DELETE CASCADE,
    position       integer       NOT NULL CHECK (position >= 0),
    type           varchar(48)   NOT NULL CHECK (type IN ('INCLUDE_LICENSE_TEXT', 'INCLUDE_NOTICE_FILE',
                                          'INCLUDE_COPYRIGHT_NOTICE', 'GIVE_ATTRIBUTION', 'DISPLAY_ATTRIBUTION',
                                          'DERIVATIVE_NAME_PREFIX', 'FOLLOW_ACCEPTABLE_USE_POLICY',
                                          'PASS_THROUGH_USE_RESTRICTIONS', 'SHARE_ALIKE',
                                          'NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS')),
    sentence       varchar(1000) NOT NULL,
    source_license varchar(64)   NOT NULL,
    clause         varchar(120)  NOT NULL,
    PRIMARY KEY (approval_id, position)
);

-- A department's budget for one calendar month ('yyyy-MM'), in minor units of one currency: the
-- amount, a soft alert at a percentage of it, and the hard limit the gateway enforces against what
-- was spent plus what is reserved for calls in flight. The budget issue builds on this table;
-- approvals only read what remains (amount - spent - reserved, never below zero).
CREATE TABLE department_budget (
    department         varchar(64) NOT NULL,
    month              char(7)     NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    currency           char(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    amount_minor       bigint      NOT NULL CHECK (amount_minor >= 0),
    soft_alert_percent integer     NOT NULL CHECK (soft_alert_percent BETWEEN 1 AND 100),
    hard_limit_minor   bigint      NOT NULL CHECK (hard_limit_minor >= 0),
    -- Gateway calls cost fractions of a yen, so what is spent and reserved counts in millionths of
    -- the currency unit (micro-yen); the hard limit is kept in the same unit for the atomic check.
    hard_limit_micros  bigint      NOT NULL CHECK (hard_limit_micros >= 0),
    spent_micros       bigint      NOT NULL DEFAULT 0 CHECK (spent_micros >= 0),
    reserved_micros    bigint      NOT NULL DEFAULT 0 CHECK (reserved_micros >= 0),
    soft_alerted_at    timestamptz,
    version            bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (department, month),
    -- The invariant the gateway relies on: never more spent and reserved than the hard limit.
    CHECK (spent_micros + reserved_micros <= hard_limit_micros)
);
