-- The classification policy is data, kept as append-only versions: every change adds a version
-- and the previous ones stay, with who made them and when.

CREATE TABLE classification_policy (
    version    bigint       PRIMARY KEY CHECK (version > 0),
    changed_by varchar(255) NOT NULL,
    changed_at timestamptz  NOT NULL,
    note       varchar(500)
);

-- One rule per level and version. allowed_kinds is a sorted, comma-separated list of deployment kinds.
CREATE TABLE classification_policy_rule (
    policy_version                 bigint      NOT NULL REFERENCES classification_policy (version),
    level                          varchar(16) NOT NULL CHECK (level IN ('PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED')),
    allowed_kinds                  varchar(64) NOT NULL,
    vendor_requires_zero_retention boolean     NOT NULL,
    vendor_required_region         varchar(2),
    vendor_forbids_training        boolean     NOT NULL,
    PRIMARY KEY (policy_version, level)
);

INSERT INTO classification_policy (version, changed_by, changed_at, note)
VALUES (1, 'system', TIMESTAMPTZ '2024-10-01 00:00:00+00', 'Shipped default policy');

INSERT INTO classification_policy_rule (policy_version, level, allowed_kinds, vendor_requires_zero_retention,
                                        vendor_required_region, vendor_forbids_training)
VALUES
(1, 'PUBLIC', 'ON_PREMISES,PRIVATE_CLOUD,VENDOR_API', FALSE, NULL, FALSE),
(1, 'INTERNAL', 'ON_PREMISES,PRIVATE_CLOUD,VENDOR_API', FALSE, NULL, FALSE),
(1, 'CONFIDENTIAL', 'ON_PREMISES,PRIVATE_CLOUD,VENDOR_API', TRUE, 'JP', FALSE),
(1, 'RESTRICTED', 'ON_PREMISES', FALSE, NULL, FALSE);
