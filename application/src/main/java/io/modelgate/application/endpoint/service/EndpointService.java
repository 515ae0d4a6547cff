package io.modelgate.application.endpoint.service;

import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.endpoint.Endpoint;
import io.modelgate.application.endpoint.EndpointKey;
import io.modelgate.application.endpoint.EndpointSource;
import io.modelgate.application.endpoint.EndpointState;
import io.modelgate.application.endpoint.port.in.FindEndpoints;
import io.modelgate.application.endpoint.port.in.RemoveEndpoint;
import io.modelgate.application.endpoint.port.in.SetEndpoint;
import io.modelgate.application.endpoint.port.out.Endpoints;
import io.modelgate.application.shared.Audit;
import io.modelgate.application.shared.NotFoundException;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.application.shared.Transactions;
import io.modelgate.application.shared.UnknownReferenceException;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.StateConflictException;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Admins manage the endpoints the gateway calls. A change is stored, audited and versioned in one
 * transaction, and reaches this instance's gateway at the next call ({@link EndpointDirectory}), other
 * instances within the snapshot bound. An endpoint must serve a deployment the catalog has; its URL must
 * pass the address allow-list. A missing key does not refuse the change (the secret may be mounted
 * later): the answer says the endpoint cannot be called yet.
 */
public final class EndpointService implements FindEndpoints, SetEndpoint, RemoveEndpoint {

    static final String ENTITY = "endpoint";

    private final Endpoints endpoints;
    private final Models models;
    private final EndpointDirectory directory;
    private final Transactions transactions;
    private final Audit audit;

    public EndpointService(Endpoints endpoints, Models models, EndpointDirectory directory, Transactions transactions,
                           Audit audit) {
        this.endpoints = endpoints;
        this.models = models;
        this.directory = directory;
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    public List<EndpointState> list() {
        directory.invalidate(); // an admin reads what is stored now, not the gateway's last snapshot
        return directory.endpoints();
    }

    @Override
    public EndpointState get(EndpointKey key) {
        return directory.fresh(key).orElseThrow(() -> new NotFoundException(ENTITY, key));
    }

    @Override
    public Result set(SetEndpoint.Command command) {
        Endpoint wanted = command.endpoint();
        EndpointKey key = wanted.key();
        String host = wanted.url().getHost();
        directory.allowList().refusal(host, directory.hosts().resolve(host)).ifPresent(refusal -> {
            throw new InvalidValueException("url", refusal);
        });
        boolean created = transactions.inTransaction(() -> {
            Model model = models.find(key.model())
                    .orElseThrow(() -> new UnknownReferenceException("model", "model", key.model()));
            if (model.spec().deployment(key.deployment()).isEmpty()) {
                throw new InvalidValueException("deployment", "model " + key.model() + " has no " + key.deployment()
                        + " deployment in the catalog");
            }
            Optional<Endpoint> current = endpoints.find(key);
            checkVersion(key, current, command.expectedVersion());
            Endpoint stored = current.isPresent()
                    ? endpoints.update(wanted.withVersion(current.get().version()))
                    : endpoints.add(wanted.withVersion(0));
            audit.record(command.actor(), "ENDPOINT.SET", ENTITY, key, "SUCCESS", describe(stored)
                    + (current.isPresent() ? "; version " + current.get().version() + " → " + stored.version()
                    : "; created"));
            directory.changed();
            return current.isEmpty();
        });
        return new Result(get(key), created);
    }

    @Override
    public void remove(RemoveEndpoint.Command command) {
        EndpointKey key = command.key();
        transactions.inTransaction(() -> {
            Optional<Endpoint> current = endpoints.find(key);
            if (current.isEmpty()) {
                if (directory.configured(key).isPresent()) {
                    throw new StateConflictException("ENDPOINT.CONFIGURED", EndpointSource.CONFIGURATION.name(),
                            "the endpoint for " + key + " is defined in the configuration (modelgate.gateway.endpoints.\""
                                    + key + "\".*); change it there, or store an API endpoint to take its place");
                }
                throw new NotFoundException(ENTITY, key);
            }
            checkVersion(key, current, command.expectedVersion());
            endpoints.remove(key);
            audit.record(command.actor(), "ENDPOINT.REMOVED", ENTITY, key, "SUCCESS", "removed " + describe(current.get())
                    + (directory.configured(key).isPresent() ? "; the configured endpoint applies again" : ""));
            directory.changed();
            return null;
        });
    }

    private static void checkVersion(EndpointKey key, Optional<Endpoint> current, OptionalLong expected) {
        if (expected.isEmpty()) {
            return;
        }
        if (current.isEmpty()) {
            throw new NotFoundException(ENTITY, key);
        }
        if (expected.getAsLong() != current.get().version()) {
            throw StaleVersionException.expected(ENTITY, key, expected.getAsLong(), current.get().version());
        }
    }

    /** What the audit trail keeps: protocol, host, upstream model and the secret's name, never a key. */
    static String describe(Endpoint e) {
        return e.protocol() + " " + e.address() + ", upstream model " + e.upstreamModel() + ", timeout "
                + e.timeout().toSeconds() + " s, " + e.secret().map(s -> "key from " + s.describe()).orElse("no key");
    }
}
