package io.modelgate.bootstrap.endpoint;

import io.modelgate.application.endpoint.EndpointState;
import io.modelgate.application.gateway.port.out.ProviderDirectory;
import io.modelgate.application.gateway.port.out.ProviderEndpoint;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logs, at most once a minute per deployment, that an approved deployment could not be called because it
 * has no usable endpoint: the caller's 503 names it too, but the operator reads the log.
 */
public final class LoggedProviderDirectory implements ProviderDirectory {

    private static final Logger LOG = Logger.getLogger(LoggedProviderDirectory.class);
    private static final long QUIET_NANOS = 60_000_000_000L;

    private final ProviderDirectory delegate;
    private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();

    public LoggedProviderDirectory(ProviderDirectory delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<ProviderEndpoint> endpointFor(ModelId model, DeploymentKind deployment) {
        return delegate.endpointFor(model, deployment);
    }

    @Override
    public List<EndpointState> endpoints() {
        return delegate.endpoints();
    }

    @Override
    public String unavailableReason(ModelId model, DeploymentKind deployment) {
        String reason = delegate.unavailableReason(model, deployment);
        long now = System.nanoTime();
        String key = model.value() + "/" + deployment.name();
        Long last = lastLogged.get(key);
        if (last == null || now - last > QUIET_NANOS) {
            lastLogged.put(key, now);
            LOG.warnf("An approved deployment cannot be called: %s. Add an endpoint with PUT /api/v1/endpoints/%s/%s "
                    + "or modelgate.gateway.endpoints.\"%s\".url (docs/gateway.md)", reason, model.value(),
                    deployment.name(), key);
        }
        return reason;
    }
}
