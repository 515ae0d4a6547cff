package io.modelgate.adapters.persistence.endpoint;

import io.modelgate.application.endpoint.Endpoint;
import io.modelgate.application.endpoint.EndpointKey;
import io.modelgate.application.endpoint.ProviderProtocol;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.endpoint.SecretReference;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Endpoint ⇄ row. */
final class EndpointMapper {

    private EndpointMapper() {
    }

    static Endpoint toDomain(EndpointEntity e) {
        Optional<SecretReference> secret = e.secretKind == null ? Optional.empty()
                : Optional.of(e.secretKind.equals("ENV") ? new SecretReference.EnvironmentVariable(e.secretName)
                : new SecretReference.SecretFile(e.secretName));
        return new Endpoint(new EndpointKey(new ModelId(e.modelId), DeploymentKind.valueOf(e.deployment)),
                ProviderProtocol.valueOf(e.protocol), URI.create(e.url), e.upstreamModel,
                Duration.ofMillis(e.timeoutMillis), Optional.ofNullable(e.breakerOpenForMillis).map(Duration::ofMillis),
                secret, e.version);
    }

    static void copy(Endpoint d, EndpointEntity e) {
        e.modelId = d.key().model().value();
        e.deployment = d.key().deployment().name();
        e.protocol = d.protocol().name();
        e.url = d.url().toString();
        e.upstreamModel = d.upstreamModel();
        e.timeoutMillis = d.timeout().toMillis();
        e.breakerOpenForMillis = d.breakerOpenFor().map(Duration::toMillis).orElse(null);
        e.secretKind = d.secret().map(s -> s instanceof SecretReference.EnvironmentVariable ? "ENV" : "FILE").orElse(null);
        e.secretName = d.secret().map(s -> s instanceof SecretReference.EnvironmentVariable env ? env.name()
                : ((SecretReference.SecretFile) s).name()).orElse(null);
    }
}
