-- Request ids are the department's own (docs/gateway.md, "Request ids"): two departments may send the same
-- X-Request-Id and each keeps its own ledger line. One department keeps at most one line per id, and at most
-- one answered call: a line "takes" its id when a provider answered the call or it cost something; one that
-- does not (a refusal, a call no provider answered) gives way to the retry's line.
ALTER TABLE usage_record DROP CONSTRAINT usage_record_pkey;
ALTER TABLE usage_record ADD PRIMARY KEY (department, request_id);
ALTER TABLE usage_record ADD COLUMN takes_request_id boolean NOT NULL
    GENERATED ALWAYS AS (outcome IN ('SUCCESS', 'CLIENT_ABORTED', 'INTERRUPTED') OR cost_micros > 0) STORED;
-- A call either went somewhere (model, deployment and the approval that allowed it) or it did not. Checked for
-- new lines; lines written before it are left as they are.
ALTER TABLE usage_record ADD CONSTRAINT usage_record_route_whole
    CHECK ((model_id IS NULL) = (deployment IS NULL) AND (model_id IS NULL) = (approval_id IS NULL)) NOT VALID;

-- A call in flight holds its department's request id: a second call with the same id waits for nothing and
-- is refused (the unique index decides, across instances).
CREATE UNIQUE INDEX call_reservation_request_idx ON call_reservation (department, request_id);

-- The one statement that opens reservations: for each call, in the order given, claim the request id (no
-- other call in flight with it, no line that took it), then reserve the call's maximum on the month's budget
-- while spent + reserved + maximum stays within the hard limit — the rule of BudgetState.reserve — with the
-- call's write-ahead row; all of it or none. Returns one word per call: OPENED, REQUEST_ID_IN_USE,
-- BUDGET_EXCEEDED or NO_BUDGET. Called with one call, or with the calls queued behind another's (group
-- commit: one statement, one commit, each call still decided on its own).
CREATE FUNCTION open_call_reservations(p_reservation uuid[], p_request varchar[], p_department varchar[],
                                       p_month varchar[], p_micros bigint[], p_currency varchar[],
                                       p_caller varchar[], p_model varchar[], p_deployment varchar[],
                                       p_approval uuid[], p_classification varchar[], p_instance uuid,
                                       p_started timestamptz[])
    RETURNS SETOF text
    LANGUAGE plpgsql AS
$$
BEGIN
    FOR i IN 1 .. coalesce(array_length(p_reservation, 1), 0) LOOP
        INSERT INTO call_reservation (reservation_id, request_id, department, month, reserved_micros, currency,
                                      caller, model_id, deployment, approval_id, classification, instance_id,
                                      started_at)
        VALUES (p_reservation[i], p_request[i], p_department[i], p_month[i], p_micros[i], p_currency[i],
                p_caller[i], p_model[i], p_deployment[i], p_approval[i], p_classification[i], p_instance,
                p_started[i])
        ON CONFLICT (department, request_id) DO NOTHING;
        IF NOT FOUND THEN
            RETURN NEXT 'REQUEST_ID_IN_USE';
            CONTINUE;
        END IF;
        -- checked after the claim: a settlement that committed meanwhile has removed its row and written its line
        IF EXISTS (SELECT 1 FROM usage_record u WHERE u.department = p_department[i]
                     AND u.request_id = p_request[i] AND u.takes_request_id) THEN
            DELETE FROM call_reservation WHERE reservation_id = p_reservation[i];
            RETURN NEXT 'REQUEST_ID_IN_USE';
            CONTINUE;
        END IF;
        UPDATE department_budget SET reserved_micros = reserved_micros + p_micros[i]
         WHERE department = p_department[i] AND month = p_month[i]
           AND reserved_micros <= hard_limit_micros - spent_micros - p_micros[i];
        IF FOUND THEN
            RETURN NEXT 'OPENED';
            CONTINUE;
        END IF;
        DELETE FROM call_reservation WHERE reservation_id = p_reservation[i];
        IF EXISTS (SELECT 1 FROM department_budget WHERE department = p_department[i] AND month = p_month[i]) THEN
            RETURN NEXT 'BUDGET_EXCEEDED';
        ELSE
            RETURN NEXT 'NO_BUDGET';
        END IF;
    END LOOP;
END
$$;
