package io.modelgate.bootstrap.config;

import io.modelgate.application.gateway.port.out.ProviderDirectory;
import io.modelgate.application.gateway.port.out.ProviderEndpoint;
import io.modelgate.application.gateway.port.out.ProviderProtocol;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ProviderDirectory} from {@code modelgate.gateway.endpoints."model/DEPLOYMENT".*}. Checked at
 * start: a bad protocol, URL or key name fails the start, not a call.
 */
@ApplicationScoped
public class ConfiguredProviderDirectory implements ProviderDirectory {

    private final Map<String, ProviderEndpoint> endpoints = new HashMap<>();

    ConfiguredProviderDirectory(ModelGateConfig config) {
        config.gateway().endpoints().forEach((key, e) -> {
            String[] parts = key.split("/");
            if (parts.length != 2) {
                throw new IllegalStateException("modelgate.gateway.endpoints keys are \"model/DEPLOYMENT\"; got " + key);
            }
            ModelId model = new ModelId(parts[0]);
            DeploymentKind kind = DeploymentKind.valueOf(parts[1].toUpperCase(Locale.ROOT));
            endpoints.put(key(model, kind), new ProviderEndpoint(model + "/" + kind,
                    ProviderProtocol.valueOf(e.protocol().toUpperCase(Locale.ROOT)), URI.create(e.url()),
                    e.apiKey().filter(k -> !k.isBlank()), e.upstreamModel(), e.timeout(), e.breakerOpenFor()));
        });
    }

    @Override
    public Optional<ProviderEndpoint> endpointFor(ModelId model, DeploymentKind deployment) {
        return Optional.ofNullable(endpoints.get(key(model, deployment)));
    }

    /** The configured endpoints' names ({@code model/DEPLOYMENT}), sorted. */
    public java.util.List<String> endpointNames() {
        return endpoints.values().stream().map(ProviderEndpoint::name).sorted().toList();
    }

    private static String key(ModelId model, DeploymentKind kind) {
        return model.value() + "/" + kind.name();
    }
}
