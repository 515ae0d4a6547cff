package io.modelgate.application.endpoint.service;

import io.modelgate.application.endpoint.ConfiguredEndpoint;
import io.modelgate.application.endpoint.Endpoint;
import io.modelgate.application.endpoint.EndpointKey;
import io.modelgate.application.endpoint.EndpointSource;
import io.modelgate.application.endpoint.EndpointState;
import io.modelgate.application.endpoint.KeyState;
import io.modelgate.application.endpoint.port.out.Endpoints;
import io.modelgate.application.endpoint.port.out.HostAddresses;
import io.modelgate.application.endpoint.port.out.Secrets;
import io.modelgate.application.gateway.port.out.ProviderDirectory;
import io.modelgate.application.gateway.port.out.ProviderEndpoint;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.endpoint.AddressAllowList;
import io.modelgate.domain.shared.Require;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The gateway's {@link ProviderDirectory}: the configured endpoints with the API's stored ones on top (an
 * API endpoint wins for its deployment), keys read through their references, API endpoints checked against
 * the address allow-list. What it serves is a snapshot: reloaded at the latest {@code maxAge} after it was
 * loaded (so a change made through another instance arrives within that bound, as for the routing
 * snapshots, docs/decisions.md §21), and at once after a change made through this instance. A rotated key
 * file is therefore read again within {@code maxAge} too. While the database cannot be read, the last
 * snapshot (or the configured endpoints alone) goes on serving.
 */
public final class EndpointDirectory implements ProviderDirectory {

    private static final Comparator<EndpointState> ORDER = Comparator
            .comparing((EndpointState s) -> s.endpoint().key().model().value())
            .thenComparing(s -> s.endpoint().key().deployment());

    private final Map<EndpointKey, ConfiguredEndpoint> configured = new LinkedHashMap<>();
    private final Endpoints stored;
    private final Secrets secrets;
    private final HostAddresses hosts;
    private final AddressAllowList allowList;
    private final Transactions transactions;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Snapshot snapshot;

    public EndpointDirectory(List<ConfiguredEndpoint> configured, Endpoints stored, Secrets secrets,
                             HostAddresses hosts, AddressAllowList allowList, Transactions transactions,
                             Duration maxAge, LongSupplier nanoTime) {
        for (ConfiguredEndpoint entry : configured) {
            if (this.configured.putIfAbsent(entry.endpoint().key(), entry) != null) {
                throw new IllegalArgumentException("two configured endpoints for " + entry.endpoint().key());
            }
        }
        this.stored = Require.present(stored, "stored");
        this.secrets = Require.present(secrets, "secrets");
        this.hosts = Require.present(hosts, "hosts");
        this.allowList = Require.present(allowList, "allowList");
        this.transactions = Require.present(transactions, "transactions");
        this.maxAgeNanos = Require.present(maxAge, "maxAge").toNanos();
        this.nanoTime = Require.present(nanoTime, "nanoTime");
    }

    @Override
    public Optional<ProviderEndpoint> endpointFor(ModelId model, DeploymentKind deployment) {
        return Optional.ofNullable(current().usable.get(new EndpointKey(model, deployment)));
    }

    @Override
    public List<EndpointState> endpoints() {
        return current().states;
    }

    @Override
    public String unavailableReason(ModelId model, DeploymentKind deployment) {
        EndpointKey key = new EndpointKey(model, deployment);
        return current().states.stream().filter(s -> s.endpoint().key().equals(key)).findFirst()
                .flatMap(EndpointState::problem).map(problem -> "the endpoint for " + key + " cannot be called: " + problem)
                .orElse("no endpoint configured for " + key);
    }

    /** The state of one deployment's endpoint, from a fresh read (the admin API answers with it). */
    Optional<EndpointState> fresh(EndpointKey key) {
        invalidate();
        return current().states.stream().filter(s -> s.endpoint().key().equals(key)).findFirst();
    }

    /** The state the given endpoint would have if stored now (checked before a change is accepted). */
    EndpointState assess(Endpoint endpoint) {
        return state(endpoint, EndpointSource.API, configured.containsKey(endpoint.key()), Optional.empty());
    }

    /** Makes the snapshot stale now and again when the current transaction ends (a change was made here). */
    void changed() {
        invalidate();
        transactions.afterCompletion(this::invalidate);
    }

    public void invalidate() {
        generation.incrementAndGet();
    }

    private Snapshot current() {
        Snapshot present = snapshot;
        long now = nanoTime.getAsLong();
        boolean fresh = present != null && present.generation == generation.get()
                && now - present.loadedAt < maxAgeNanos;
        if (fresh) {
            return present;
        }
        if (present != null && present.generation == generation.get() && !refreshing.compareAndSet(false, true)) {
            return present; // only old, and another caller is reloading right now
        }
        try {
            Snapshot loaded = load(present);
            snapshot = loaded;
            return loaded;
        } finally {
            refreshing.set(false);
        }
    }

    private Snapshot load(Snapshot previous) {
        long seen = generation.get();
        long loadedAt = nanoTime.getAsLong();
        List<Endpoint> fromApi;
        try {
            fromApi = transactions.inTransaction(stored::all);
        } catch (RuntimeException unreadable) {
            // The database is away: keep serving what was known (at first, the configured endpoints alone) and
            // try again after maxAge, so that calls do not each wait for the database.
            return previous != null ? new Snapshot(previous.usable, previous.states, seen, loadedAt)
                    : build(List.of(), seen, loadedAt);
        }
        return build(fromApi, seen, loadedAt);
    }

    private Snapshot build(List<Endpoint> fromApi, long seen, long loadedAt) {
        Map<EndpointKey, EndpointState> states = new LinkedHashMap<>();
        configured.values().forEach(c -> states.put(c.endpoint().key(),
                state(c.endpoint(), EndpointSource.CONFIGURATION, false, c.inlineKey())));
        fromApi.forEach(e -> states.put(e.key(), state(e, EndpointSource.API, configured.containsKey(e.key()),
                Optional.empty())));
        Map<EndpointKey, ProviderEndpoint> usable = new LinkedHashMap<>();
        for (EndpointState state : states.values()) {
            if (state.usable()) {
                Endpoint e = state.endpoint();
                Optional<String> key = keyOf(e, state.source());
                usable.put(e.key(), new ProviderEndpoint(e.key().toString(), e.protocol(), e.url(), key,
                        e.upstreamModel(), e.timeout(), e.breakerOpenFor()));
            }
        }
        List<EndpointState> ordered = new ArrayList<>(states.values());
        ordered.sort(ORDER);
        return new Snapshot(Map.copyOf(usable), List.copyOf(ordered), seen, loadedAt);
    }

    private Optional<String> keyOf(Endpoint endpoint, EndpointSource source) {
        if (endpoint.secret().isPresent()) {
            return endpoint.secret().flatMap(secrets::read);
        }
        return source == EndpointSource.CONFIGURATION ? configured.get(endpoint.key()).inlineKey() : Optional.empty();
    }

    private EndpointState state(Endpoint endpoint, EndpointSource source, boolean overrides, Optional<String> inlineKey) {
        KeyState key;
        Optional<String> problem = Optional.empty();
        if (endpoint.secret().isPresent()) {
            boolean found = secrets.read(endpoint.secret().get()).isPresent();
            key = found ? KeyState.PRESENT : KeyState.MISSING;
            if (!found) {
                problem = Optional.of("no key: " + endpoint.secret().get().describe() + " is not set or empty");
            }
        } else if (inlineKey.isPresent()) {
            key = KeyState.PRESENT;
        } else if (endpoint.key().deployment() == DeploymentKind.VENDOR_API) {
            key = KeyState.MISSING;
            problem = Optional.of("no key: a vendor API needs one; give the endpoint a secret reference");
        } else {
            key = KeyState.NOT_NEEDED;
        }
        if (source == EndpointSource.API && problem.isEmpty()) {
            String host = endpoint.url().getHost();
            problem = allowList.refusal(host, hosts.resolve(host));
        }
        return new EndpointState(endpoint, source, overrides, key, problem);
    }

    /** A configured endpoint for the key, if any. */
    Optional<ConfiguredEndpoint> configured(EndpointKey key) {
        return Optional.ofNullable(configured.get(key));
    }

    AddressAllowList allowList() {
        return allowList;
    }

    HostAddresses hosts() {
        return hosts;
    }

    private record Snapshot(Map<EndpointKey, ProviderEndpoint> usable, List<EndpointState> states, long generation,
                            long loadedAt) {
    }
}
