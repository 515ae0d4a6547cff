package io.modelgate.application.gateway.service;

import io.modelgate.application.approval.port.out.ApprovalQuery;
import io.modelgate.application.approval.port.out.Approvals;
import io.modelgate.application.budget.port.out.Budgets;
import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.classification.port.out.ClassificationPolicies;
import io.modelgate.application.classification.port.out.DepartmentDefaults;
import io.modelgate.application.cost.port.out.ExchangeRateSource;
import io.modelgate.application.gateway.port.in.CompleteChat;
import io.modelgate.application.gateway.port.in.GatewayAnswer;
import io.modelgate.application.gateway.port.in.GatewayCall;
import io.modelgate.application.gateway.port.in.GatewayRefusedException;
import io.modelgate.application.gateway.port.in.ProviderCircuits;
import io.modelgate.application.gateway.port.out.ChatCompletion;
import io.modelgate.application.gateway.port.out.ChatMessage;
import io.modelgate.application.gateway.port.out.ChatProviders;
import io.modelgate.application.gateway.port.out.ChatRequest;
import io.modelgate.application.gateway.port.out.ChatStream;
import io.modelgate.application.gateway.port.out.ProviderDirectory;
import io.modelgate.application.gateway.port.out.ProviderEndpoint;
import io.modelgate.application.gateway.port.out.ProviderFailure;
import io.modelgate.application.gateway.port.out.StreamCall;
import io.modelgate.application.gateway.port.out.TokenUsage;
import io.modelgate.application.gateway.port.out.CallReservations;
import io.modelgate.application.gateway.port.out.InFlightCall;
import io.modelgate.application.gateway.port.out.Settlement;
import io.modelgate.application.gateway.port.out.Settlements;
import io.modelgate.application.gateway.port.out.UsageRecord;
import io.modelgate.application.shared.AccessRefusedException;
import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.Audit;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.StoreUnavailableException;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalStatus;
import io.modelgate.domain.audit.AuditEntry;
import io.modelgate.domain.budget.CallCost;
import io.modelgate.domain.budget.MicroAmount;
import io.modelgate.domain.budget.Reservation;
import io.modelgate.domain.budget.TokenEstimate;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.classification.ClassificationPolicy;
import io.modelgate.domain.classification.ContentDetector;
import io.modelgate.domain.classification.EffectiveClassification;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.routing.CircuitBreaker;
import io.modelgate.domain.routing.RefusalReason;
import io.modelgate.domain.routing.RouteOption;
import io.modelgate.domain.routing.Router;
import io.modelgate.domain.routing.RoutingDecision;
import io.modelgate.domain.routing.RoutingRequest;
import io.modelgate.domain.routing.RoutingTable;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The governed gateway: decide (classification, approvals, policy, routing), reserve, call with
 * fallback, settle, record. Before a provider is asked, one atomic statement reserves the call's
 * maximum and writes its in-flight row; after it answered, the settlement (charge, ledger line, audit
 * event) is handed to {@link Settlements}, which makes it durable at once and commits it in batches
 * off the caller's thread, exactly once. The reservation already bounds the spend, so the budget is
 * never overspent while a settlement waits.
 */
public final class GatewayService implements CompleteChat, ProviderCircuits {

    static final String ENTITY = "gateway-call";

    private final Approvals approvals;
    private final Models models;
    private final ClassificationPolicies policies;
    private final DepartmentDefaults departmentDefaults;
    private final ContentDetector detector;
    private final ProviderDirectory directory;
    private final ChatProviders providers;
    private final Budgets budgets;
    private final CallReservations reservations;
    private final Settlements settlements;
    private final ExchangeRateSource rates;
    private final GatewaySettings settings;
    private final Transactions transactions;
    private final Audit audit;
    private final Router router;
    private final RoutingSnapshots snapshots;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    public GatewayService(Approvals approvals, Models models, ClassificationPolicies policies,
                          DepartmentDefaults departmentDefaults, ContentDetector detector, ProviderDirectory directory,
                          ChatProviders providers, Budgets budgets, CallReservations reservations,
                          Settlements settlements, ExchangeRateSource rates, GatewaySettings settings,
                          Transactions transactions, Audit audit, RoutingSnapshots snapshots) {
        this.approvals = approvals;
        this.models = models;
        this.policies = policies;
        this.departmentDefaults = departmentDefaults;
        this.detector = detector;
        this.directory = directory;
        this.providers = providers;
        this.budgets = budgets;
        this.reservations = reservations;
        this.settlements = settlements;
        this.rates = rates;
        this.settings = settings;
        this.transactions = transactions;
        this.audit = audit;
        this.router = new Router(rates.defaultCurrency(), rates.rates());
        this.snapshots = snapshots;
    }

    @Override
    public GatewayAnswer complete(GatewayCall call) {
        long started = System.nanoTime();
        Decision decision = decide(call);
        int attempts = 0;
        Optional<ProviderFailure> lastFailure = Optional.empty();
        List<String> unreachable = new ArrayList<>();
        for (RouteOption option : decision.ranked()) {
            Optional<ProviderEndpoint> endpoint = directory.endpointFor(option.model().id(), option.deployment().kind());
            if (endpoint.isEmpty()) {
                // approved, but not served by this installation: try the next candidate, and say so if none answers
                unreachable.add(directory.unavailableReason(option.model().id(), option.deployment().kind()));
                continue;
            }
            InFlightCall reserved = reserve(decision, option);
            CircuitBreaker breaker = breaker(endpoint.get());
            if (!breaker.tryAcquire(now())) {
                release(reserved);
                lastFailure = Optional.of(new ProviderFailure(ProviderFailure.Kind.CIRCUIT_OPEN, 0,
                        endpoint.get().name() + " is switched off after repeated failures"));
                continue;
            }
            attempts++;
            ChatCompletion completion;
            try {
                completion = providers.complete(endpoint.get(), decision.request());
                breaker.onSuccess(now());
            } catch (ProviderFailure failure) {
                // A failed attempt is not charged: its whole reservation goes back.
                release(reserved);
                if (failure.kind() != ProviderFailure.Kind.REJECTED) {
                    breaker.onFailure(now());
                }
                lastFailure = Optional.of(failure);
                if (!failure.retryable()) {
                    break;
                }
                continue;
            }
            long cost = cost(option.deployment(), completion.usage());
            settle(decision, option, reserved, cost, completion.usage(), elapsed(started), attempts, "SUCCESS");
            return new GatewayAnswer(call.requestId(), completion, option.model().id(), option.deployment().kind(),
                    decision.classification().level(), cost, attempts);
        }
        recordFailure(decision, attempts, elapsed(started), lastFailure);
        throw unavailable(lastFailure, unreachable);
    }

    @Override
    public Streaming stream(GatewayCall call, ChatStream sink) {
        long started = System.nanoTime();
        Decision decision = decide(call);
        List<String> unreachable = new ArrayList<>();
        for (RouteOption option : decision.ranked()) {
            Optional<ProviderEndpoint> endpoint = directory.endpointFor(option.model().id(), option.deployment().kind());
            if (endpoint.isEmpty()) {
                unreachable.add(directory.unavailableReason(option.model().id(), option.deployment().kind()));
                continue;
            }
            CircuitBreaker breaker = breaker(endpoint.get());
            InFlightCall reserved = reserve(decision, option);
            if (!breaker.tryAcquire(now())) {
                release(reserved);
                continue;
            }
            // Once bytes reach the caller a stream cannot switch provider, so streams use one candidate.
            AtomicBoolean cancelledByClient = new AtomicBoolean();
            AtomicBoolean ended = new AtomicBoolean();
            ChatStream accounting = new ChatStream() {
                @Override
                public void onDelta(String text) {
                    sink.onDelta(text);
                }

                @Override
                public void onComplete(String finishReason, TokenUsage usage) {
                    if (ended.compareAndSet(false, true)) {
                        // A cancel by the client also ends here, with the usage delivered so far.
                        boolean aborted = cancelledByClient.get();
                        if (!aborted) {
                            breaker.onSuccess(now());
                        }
                        long charged = cost(option.deployment(), usage);
                        settle(decision, option, reserved, charged, usage, elapsed(started),
                                1, aborted ? "CLIENT_ABORTED" : "SUCCESS");
                        sink.onCharged(charged);
                        sink.onComplete(finishReason, usage);
                    }
                }

                @Override
                public void onError(ProviderFailure failure, TokenUsage usageSoFar) {
                    if (ended.compareAndSet(false, true)) {
                        if (!cancelledByClient.get() && failure.kind() != ProviderFailure.Kind.REJECTED) {
                            breaker.onFailure(now());
                        }
                        // What was delivered before the end is charged; the rest of the reservation returns.
                        long charged = cost(option.deployment(), usageSoFar);
                        settle(decision, option, reserved, charged, usageSoFar,
                                elapsed(started), 1, cancelledByClient.get() ? "CLIENT_ABORTED" : "PROVIDER_ERROR");
                        sink.onCharged(charged);
                        sink.onError(failure, usageSoFar);
                    }
                }
            };
            StreamCall upstream = providers.stream(endpoint.get(), decision.request(), accounting);
            StreamCall cancel = () -> {
                cancelledByClient.set(true);
                upstream.cancel();
            };
            return new Streaming(call.requestId(), option.model().id(), option.deployment().kind(),
                    decision.classification().level(), cancel);
        }
        recordFailure(decision, 0, elapsed(started), Optional.empty());
        throw unavailable(Optional.empty(), unreachable);
    }

    @Override
    public List<Offer> models(Actor actor) {
        DepartmentId department = department(actor);
        Instant now = now();
        RoutingTable table = routingTable(department);
        ClassificationPolicy policy = table.policy();
        List<Offer> offers = new ArrayList<>();
        for (RouteOption option : table.options()) {
            Approval approval = option.approval();
            if (approval.isLiveAt(now) && option.model().lifecycle() != Lifecycle.RETIRED
                    && policy.decide(option.deployment(), approval.highestClassification()).allowed()
                    && directory.endpointFor(option.model().id(), option.deployment().kind()).isPresent()) {
                offers.add(new Offer(option.model().id(), option.model().spec().name(), option.deployment().kind(),
                        approval.highestClassification(), approval.taskCategories(), approval.validUntil()));
            }
        }
        return offers;
    }

    /** Everything decided before a provider is asked; refusals are recorded and thrown here. */
    private Decision decide(GatewayCall call) {
        DepartmentId department = department(call.actor());
        String text = text(call.messages());
        EffectiveClassification classification = EffectiveClassification.of(call.declared(),
                departmentDefaults.defaultClassification(call.actor().department()), detector.inspect(text));
        Instant now = now();
        int maxTokens = Math.min(call.maxTokens().orElse(settings.defaultMaxTokens()), settings.maxTokensCap());
        ChatRequest request = new ChatRequest(call.messages(), maxTokens, call.temperature());
        YearMonth month = YearMonth.from(now.atZone(settings.budgetZone()));
        Decision undecided = new Decision(call, department, classification, request,
                TokenEstimate.ofMessages(call.messages().stream().map(ChatMessage::content).toList()), month, List.of());
        RoutingDecision routing = routingTable(department)
                .route(new RoutingRequest(classification.level(), call.task(), call.model(), now));
        if (routing instanceof RoutingDecision.Refused refused) {
            if (revokedOnly(refused, department, call)) {
                refuse(undecided, GatewayRefusedException.Kind.NOT_ALLOWED, RefusalReason.APPROVAL_REVOKED.name(),
                        "the department's approval for this use was revoked");
            }
            refuse(undecided, GatewayRefusedException.Kind.NOT_ALLOWED, refused.reason().name(), refused.sentence());
        }
        return new Decision(call, department, classification, request, undecided.promptTokens(), month,
                ((RoutingDecision.Routed) routing).ranked());
    }

    /**
     * Revoked approvals are not routing candidates (they never come back), so "no approval" is
     * checked once more to tell the caller when one existed and was revoked.
     */
    private boolean revokedOnly(RoutingDecision.Refused refused, DepartmentId department, GatewayCall call) {
        if (refused.reason() != RefusalReason.NO_APPROVAL && refused.reason() != RefusalReason.MODEL_NOT_APPROVED) {
            return false;
        }
        return transactions.inTransaction(() -> approvals.search(new ApprovalQuery(Optional.of(department),
                call.model(), Optional.of(ApprovalStatus.REVOKED), Optional.empty()), new PageRequest(0, 1))
                .totalItems() > 0);
    }

    /**
     * The department's routing table from its snapshot (see {@link RoutingSnapshots} for how fresh it is),
     * loaded in one transaction so that options and policy belong together.
     */
    private RoutingTable routingTable(DepartmentId department) {
        return snapshots.current(department, () -> transactions.inTransaction(() ->
                router.tableFor(options(department), policies.current().policy())));
    }

    /** The department's unrevoked approvals with their model and deployment (liveness is the router's job). */
    private List<RouteOption> options(DepartmentId department) {
        List<RouteOption> options = new ArrayList<>();
        for (Approval approval : approvals.unrevokedForDepartment(department)) {
            Optional<Model> model = models.find(approval.model());
            if (model.isPresent()) {
                model.get().spec().deployment(approval.deployment())
                        .ifPresent(d -> options.add(new RouteOption(approval, model.get(), d)));
            }
        }
        return options;
    }

    /** One statement, one round trip: the reservation and its write-ahead row, or neither. */
    private InFlightCall reserve(Decision decision, RouteOption option) {
        long micros = Reservation.maxFor(option.deployment(), decision.promptTokens(),
                decision.request().maxTokens(), rates.defaultCurrency(), rates.rates()).amount().micros();
        InFlightCall call = new InFlightCall(UUID.randomUUID().toString(), decision.call().requestId(),
                decision.department(), decision.month(), micros, rates.defaultCurrency(),
                decision.call().actor().subject(), option.model().id(), option.deployment().kind(),
                option.approval().id(), decision.classification().level(), now());
        if (!reservations.open(call)) {
            boolean hasBudget = transactions.inTransaction(() ->
                    budgets.find(decision.department(), decision.month()).isPresent());
            refuse(decision, GatewayRefusedException.Kind.BUDGET, hasBudget ? "BUDGET_EXCEEDED" : "NO_BUDGET",
                    hasBudget ? "the call could cost up to "
                            + new MicroAmount(micros, rates.defaultCurrency()).format()
                            + ", more than the department's budget for " + decision.month() + " has left"
                            : "department " + decision.department() + " has no budget for " + decision.month());
        }
        return call;
    }

    /**
     * An attempt that was not answered gives its reservation back at once, so the next candidate can
     * use it. If the database is gone meanwhile, the release is queued like a settlement.
     */
    private void release(InFlightCall reserved) {
        try {
            reservations.release(reserved.reservationId());
        } catch (StoreUnavailableException e) {
            settlements.submit(new Settlement(Optional.of(new Settlement.Charge(reserved.reservationId(),
                    reserved.department(), reserved.month(), reserved.reservedMicros(), 0)), Optional.empty(),
                    Optional.empty(), Optional.empty()));
        }
    }

    /**
     * Settlement, ledger line and audit event go to {@link Settlements} as one unit: durable when this
     * returns, committed together later, applied once.
     */
    private void settle(Decision decision, RouteOption option, InFlightCall reserved, long cost, TokenUsage usage,
                        long latencyMillis, int attempts, String outcome) {
        // The reservation bounds the call, so the charge never passes it (the provider enforces max_tokens).
        long charged = Math.min(cost, reserved.reservedMicros());
        Actor actor = decision.call().actor();
        UsageRecord record = new UsageRecord(decision.call().requestId(), now(), decision.department(),
                actor.subject(), Optional.of(option.model().id()), Optional.of(option.deployment().kind()),
                Optional.of(option.approval().id()), decision.classification().level(), usage.inputTokens(),
                usage.outputTokens(), usage.reported(), charged, rates.defaultCurrency(), latencyMillis, attempts,
                outcome);
        AuditEntry event = audit.entry(actor, "GATEWAY.CALL", ENTITY, decision.call().requestId(), outcome,
                option.model().id() + " " + option.deployment().kind() + ", " + decision.classification().level()
                        + ", " + usage.inputTokens() + "+" + usage.outputTokens() + " tokens, "
                        + charged + " micro-" + rates.defaultCurrency().getCurrencyCode());
        AuditEntry softAlert = audit.entry(actor, "BUDGET.SOFT_ALERT", "budget",
                decision.department().value() + "/" + decision.month(), "ALERT",
                "spending crossed the soft alert threshold for " + decision.month());
        settlements.submit(new Settlement(Optional.of(new Settlement.Charge(reserved.reservationId(),
                decision.department(), decision.month(), reserved.reservedMicros(), charged)), Optional.of(record),
                Optional.of(event), Optional.of(softAlert)));
    }

    private void recordFailure(Decision decision, int attempts, long latencyMillis, Optional<ProviderFailure> failure) {
        record(new UsageRecord(decision.call().requestId(), now(), decision.department(),
                decision.call().actor().subject(), Optional.empty(), Optional.empty(), Optional.empty(),
                decision.classification().level(), 0, 0, true, 0, rates.defaultCurrency(), latencyMillis,
                attempts, "PROVIDER_ERROR"), audit.entry(decision.call().actor(), "GATEWAY.CALL", ENTITY,
                decision.call().requestId(), "PROVIDER_ERROR", "no provider answered after " + attempts
                        + " attempt(s)" + failure.map(f -> ": " + f.getMessage()).orElse("")));
    }

    private void refuse(Decision decision, GatewayRefusedException.Kind kind, String reason, String sentence) {
        record(new UsageRecord(decision.call().requestId(), now(), decision.department(),
                decision.call().actor().subject(), Optional.empty(), Optional.empty(), Optional.empty(),
                decision.classification().level(), 0, 0, true, 0, rates.defaultCurrency(), 0, 0,
                "REFUSED_" + reason), audit.entry(decision.call().actor(), "GATEWAY.REFUSED", ENTITY,
                decision.call().requestId(), "REFUSED", reason + ": " + sentence));
        throw new GatewayRefusedException(kind, reason, sentence + (decision.classification().raisedByContent()
                ? " (the effective level is " + decision.classification().level() + ": "
                + decision.classification().explanation() + ")" : ""));
    }

    /** A ledger line and its event for a call that reserved nothing (refused, or no provider answered). */
    private void record(UsageRecord record, AuditEntry event) {
        settlements.submit(new Settlement(Optional.empty(), Optional.of(record), Optional.of(event),
                Optional.empty()));
    }

    /** Names the approved deployments that have no endpoint here, so that an operator knows what to add. */
    private static GatewayRefusedException unavailable(Optional<ProviderFailure> last, List<String> unreachable) {
        String missing = String.join("; ", unreachable);
        String sentence = last.isEmpty() && !unreachable.isEmpty() ? missing
                : "no approved provider could answer" + last.map(f -> " (last: " + f.getMessage() + ")").orElse("")
                + (unreachable.isEmpty() ? "" : "; " + missing);
        return new GatewayRefusedException(GatewayRefusedException.Kind.UNAVAILABLE, "PROVIDERS_UNAVAILABLE", sentence);
    }

    private long cost(Deployment deployment, TokenUsage usage) {
        return CallCost.of(deployment, usage.inputTokens(), usage.outputTokens(), rates.defaultCurrency(),
                rates.rates()).micros();
    }

    private CircuitBreaker breaker(ProviderEndpoint endpoint) {
        return breakers.computeIfAbsent(endpoint.name(), name -> new CircuitBreaker(settings.breakerFailures(),
                endpoint.breakerOpenFor().orElse(settings.breakerOpenFor())));
    }

    @Override
    public Optional<CircuitBreaker.State> circuitState(String endpointName) {
        return Optional.ofNullable(breakers.get(endpointName)).map(breaker -> breaker.state(now()));
    }

    private static DepartmentId department(Actor actor) {
        return actor.department().map(DepartmentId::new).orElseThrow(() -> new AccessRefusedException(
                "ACCESS.NO_DEPARTMENT", "your token carries no department claim; gateway calls are charged to one"));
    }

    private static String text(List<ChatMessage> messages) {
        StringBuilder text = new StringBuilder();
        for (ChatMessage message : messages) {
            text.append(message.content()).append('\n');
        }
        return text.toString();
    }

    private static long elapsed(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private Instant now() {
        return audit.clock().instant();
    }

    private record Decision(GatewayCall call, DepartmentId department, EffectiveClassification classification,
                            ChatRequest request, long promptTokens, YearMonth month, List<RouteOption> ranked) {
    }

}
