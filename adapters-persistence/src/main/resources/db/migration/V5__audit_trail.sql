-- The audit trail: append-only and hash-chained. Each event stores the SHA-256 of its predecessor's
-- hash and its own canonical content (see io.modelgate.domain.audit.CanonicalForm), so an edited,
-- deleted, inserted or reordered row is found by GET /api/v1/audit-events/verification.

CREATE TABLE audit_event (
    sequence      bigint        PRIMARY KEY CHECK (sequence > 0),
    occurred_at   timestamptz   NOT NULL,
    actor         varchar(255)  NOT NULL,
    action        varchar(64)   NOT NULL,
    entity_type   varchar(64)   NOT NULL,
    entity_id     varchar(255)  NOT NULL,
    outcome       varchar(32)   NOT NULL,
    summary       varchar(2000) NOT NULL,
    department    varchar(64),
    previous_hash char(64)      NOT NULL,
    hash          char(64)      NOT NULL UNIQUE
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id);
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor);

-- The table accepts inserts only: the application never updates or deletes an event, and a
-- trigger refuses anyone who tries (tampering needs the table owner to disable it, which the
-- chain then reveals).
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
