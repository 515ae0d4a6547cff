package io.modelgate.application.gateway.port.in;

import io.modelgate.application.gateway.port.out.InFlightCall;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.budget.TokenUsage;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.ledger.CallOutcome;
import io.modelgate.domain.ledger.LedgerOutcome;
import io.modelgate.domain.ledger.Refusal;
import io.modelgate.domain.ledger.RequestId;
import io.modelgate.domain.shared.Require;

import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/**
 * One line of the usage ledger: one gateway call of a department, whatever its outcome. Calls refused
 * before a model was chosen, and calls no provider answered, have no route; refused ones no tokens. Cost
 * counts in millionths of the currency unit. Built by the named factories below, one per way a call ends.
 *
 * @param route where the call went; absent when it was refused or no provider answered
 */
public record UsageRecord(RequestId requestId, Instant at, DepartmentId department, String caller,
                          Optional<Route> route, DataClassification classification, TokenUsage usage,
                          long costMicros, Currency currency, long latencyMillis, int attempts,
                          LedgerOutcome outcome) {

    /** The approved route a call took: model, deployment and the approval that allowed it. */
    public record Route(ModelId model, DeploymentKind deployment, ApprovalId approval) {
        public Route {
            Require.present(model, "model");
            Require.present(deployment, "deployment");
            Require.present(approval, "approval");
        }
    }

    private static final TokenUsage NONE = new TokenUsage(0, 0, true);

    public UsageRecord {
        Require.present(requestId, "requestId");
        Require.present(at, "at");
        Require.present(department, "department");
        Require.text(caller, "caller", 255);
        Require.present(route, "route");
        Require.present(classification, "classification");
        Require.present(usage, "usage");
        Require.nonNegative(costMicros, "costMicros");
        Require.present(currency, "currency");
        Require.nonNegative(latencyMillis, "latencyMillis");
        Require.nonNegative(attempts, "attempts");
        Require.present(outcome, "outcome");
    }

    /** A call a rule refused before any provider was asked: no route, no tokens, no cost. */
    public static UsageRecord refused(RequestId requestId, Instant at, DepartmentId department, String caller,
                                      DataClassification classification, Currency currency, Refusal refusal) {
        return new UsageRecord(requestId, at, department, caller, Optional.empty(), classification, NONE, 0,
                currency, 0, 0, LedgerOutcome.refused(refusal));
    }

    /** A call that no provider answered after {@code attempts} tries; nothing is charged. */
    public static UsageRecord unanswered(RequestId requestId, Instant at, DepartmentId department, String caller,
                                         DataClassification classification, Currency currency, long latencyMillis,
                                         int attempts) {
        return new UsageRecord(requestId, at, department, caller, Optional.empty(), classification, NONE, 0,
                currency, latencyMillis, attempts, LedgerOutcome.of(CallOutcome.PROVIDER_ERROR));
    }

    /** A call that went to a provider and was settled against its reservation. */
    public static UsageRecord settled(RequestId requestId, Instant at, DepartmentId department, String caller,
                                      Route route, DataClassification classification, TokenUsage usage,
                                      long costMicros, Currency currency, long latencyMillis, int attempts,
                                      CallOutcome outcome) {
        Require.that(outcome != CallOutcome.REFUSED, "outcome", "a settled call was not refused");
        return new UsageRecord(requestId, at, department, caller, Optional.of(Require.present(route, "route")),
                classification, usage, costMicros, currency, latencyMillis, attempts, LedgerOutcome.of(outcome));
    }

    /**
     * A call whose instance died before it was settled: its tokens are unknown ({@code usageReported} false),
     * and it is charged its whole reservation.
     */
    public static UsageRecord interrupted(InFlightCall call, Instant at, int attempts) {
        long latency = Math.max(0, java.time.Duration.between(call.startedAt(), at).toMillis());
        return new UsageRecord(call.requestId(), at, call.department(), call.caller(),
                Optional.of(new Route(call.model(), call.deployment(), call.approval())), call.classification(),
                new TokenUsage(0, 0, false), call.reservedMicros(), call.currency(), latency, attempts,
                LedgerOutcome.of(CallOutcome.INTERRUPTED));
    }

    /**
     * Whether this line takes its request id for good: a provider answered the call, or it cost something. A
     * line that does not (a refusal, a call no provider answered) gives way to a later line of the same
     * department and request id — a retry — and a reservation may claim the id again (docs/gateway.md,
     * "Request ids").
     */
    public boolean takesRequestId() {
        return outcome.outcome().answered() || costMicros > 0;
    }

    public Optional<ModelId> model() {
        return route.map(Route::model);
    }

    public Optional<DeploymentKind> deployment() {
        return route.map(Route::deployment);
    }

    public Optional<ApprovalId> approval() {
        return route.map(Route::approval);
    }

    public long inputTokens() {
        return usage.inputTokens();
    }

    public long outputTokens() {
        return usage.outputTokens();
    }

    public boolean usageReported() {
        return usage.reported();
    }
}
