package io.modelgate.application.testing;

import io.modelgate.application.endpoint.Endpoint;
import io.modelgate.application.endpoint.EndpointKey;
import io.modelgate.application.endpoint.port.out.Endpoints;
import io.modelgate.application.shared.StaleVersionException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fake {@link Endpoints}; {@link #failing} makes reads throw, as when the database is away. */
public final class InMemoryEndpoints implements Endpoints {

    private final Map<EndpointKey, Endpoint> rows = new LinkedHashMap<>();
    public volatile boolean failing;

    @Override
    public synchronized List<Endpoint> all() {
        if (failing) {
            throw new IllegalStateException("the database cannot be reached");
        }
        List<Endpoint> all = new ArrayList<>(rows.values());
        all.sort(Comparator.comparing(Endpoint::key, Comparator.comparing(EndpointKey::toString)));
        return all;
    }

    @Override
    public synchronized Optional<Endpoint> find(EndpointKey key) {
        return Optional.ofNullable(rows.get(key));
    }

    @Override
    public synchronized Endpoint add(Endpoint endpoint) {
        Endpoint stored = endpoint.withVersion(0);
        rows.put(endpoint.key(), stored);
        return stored;
    }

    @Override
    public synchronized Endpoint update(Endpoint endpoint) {
        Endpoint current = rows.get(endpoint.key());
        if (current == null || current.version() != endpoint.version()) {
            throw StaleVersionException.concurrent("endpoint", endpoint.key());
        }
        Endpoint stored = endpoint.withVersion(current.version() + 1);
        rows.put(endpoint.key(), stored);
        return stored;
    }

    @Override
    public synchronized void remove(EndpointKey key) {
        rows.remove(key);
    }
}
