package io.modelgate.adapters.rest.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelgate.application.endpoint.Endpoint;
import io.modelgate.application.endpoint.EndpointKey;
import io.modelgate.application.endpoint.EndpointSource;
import io.modelgate.application.endpoint.EndpointState;
import io.modelgate.application.endpoint.KeyState;
import io.modelgate.application.endpoint.ProviderProtocol;
import io.modelgate.domain.endpoint.SecretReference;
import io.modelgate.domain.shared.InvalidValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;

/** Endpoint bodies on the wire (and the console's form): a secret is named, never given. */
public final class EndpointDtos {

    static final String NO_VALUES = "ModelGate never accepts a key: put it in an environment variable of the "
            + "ModelGate process or in a file under the secrets directory (a mounted Secret), and name it in "
            + "secret: {\"env\": \"OPENAI_API_KEY\"} or {\"file\": \"openai-api-key\"}";

    private EndpointDtos() {
    }

    @Schema(description = "Where the key is: exactly one of env (an environment variable's name) or file (a file "
            + "under modelgate.endpoints.secrets-dir). Never the key itself.")
    public record SecretDto(@Schema(example = "OPENAI_API_KEY") String env, @Schema(example = "openai-api-key") String file) {
    }

    @Schema(description = "An endpoint to store for the deployment in the path")
    public record EndpointBody(
            @NotNull @Schema(description = "The wire protocol") ProviderProtocol protocol,
            @NotNull @Schema(example = "http://vllm.internal:8000/v1", description = "Base URL; http or https, no "
                    + "credentials, query or fragment; its host must pass modelgate.endpoints.allowed-hosts") String url,
            @Schema(example = "meta-llama/Meta-Llama-3-70B-Instruct", description = "The provider's model name; "
                    + "default: the catalog model id") String upstreamModel,
            @Schema(example = "60", description = "Seconds a call may take (streams: the longest silence); 1–1800, "
                    + "default 60") Integer timeoutSeconds,
            @Schema(example = "30", description = "Seconds an open circuit refuses before one probe; default: the "
                    + "gateway's") Integer breakerOpenForSeconds,
            @Valid SecretDto secret,
            @Schema(hidden = true) JsonNode apiKey,
            @Schema(hidden = true) JsonNode key) {
    }

    @Schema(description = "An endpoint as the gateway sees it now")
    record EndpointDto(@Schema(example = "llama-3-70b-instruct") String model,
                       @Schema(example = "ON_PREMISES") String deployment, ProviderProtocol protocol, String url,
                       String upstreamModel, long timeoutSeconds, Long breakerOpenForSeconds, SecretDto secret,
                       @Schema(description = "API: stored through this API (versioned); CONFIGURATION: from "
                               + "modelgate.gateway.endpoints.*") EndpointSource source,
                       @Schema(description = "An API endpoint that takes the place of a configured one")
                       boolean overridesConfiguration,
                       @Schema(description = "Whether the key is there (never the key)") KeyState key,
                       @Schema(description = "False when the gateway does not call it; problem says why") boolean callable,
                       String problem,
                       @Schema(description = "API endpoints only; also the ETag") Long version) {
    }

    public static Endpoint toDomain(EndpointKey key, EndpointBody body) {
        if (body.apiKey() != null || body.key() != null) {
            throw new InvalidValueException(body.apiKey() != null ? "apiKey" : "key", NO_VALUES);
        }
        int timeout = body.timeoutSeconds() == null ? 60 : body.timeoutSeconds();
        if (timeout < 1 || timeout > 1800) {
            throw new InvalidValueException("timeoutSeconds", "must be between 1 and 1800");
        }
        if (body.breakerOpenForSeconds() != null && (body.breakerOpenForSeconds() < 1
                || body.breakerOpenForSeconds() > 86_400)) {
            throw new InvalidValueException("breakerOpenForSeconds", "must be between 1 and 86400");
        }
        return new Endpoint(key, body.protocol(), uri(body.url()),
                body.upstreamModel() == null ? key.model().value() : body.upstreamModel(), Duration.ofSeconds(timeout),
                Optional.ofNullable(body.breakerOpenForSeconds()).map(Duration::ofSeconds), secret(body.secret()), 0);
    }

    private static Optional<SecretReference> secret(SecretDto dto) {
        if (dto == null || (dto.env() == null && dto.file() == null)) {
            return Optional.empty();
        }
        if (dto.env() != null && dto.file() != null) {
            throw new InvalidValueException("secret", "give env or file, not both");
        }
        return Optional.of(dto.env() != null ? new SecretReference.EnvironmentVariable(dto.env())
                : new SecretReference.SecretFile(dto.file()));
    }

    private static URI uri(String text) {
        try {
            return new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new InvalidValueException("url", "is not a URL; write it like http://vllm.internal:8000/v1");
        }
    }

    static EndpointDto toDto(EndpointState state) {
        Endpoint e = state.endpoint();
        SecretDto secret = e.secret().map(s -> s instanceof SecretReference.EnvironmentVariable env
                ? new SecretDto(env.name(), null) : new SecretDto(null, ((SecretReference.SecretFile) s).name()))
                .orElse(null);
        return new EndpointDto(e.key().model().value(), e.key().deployment().name(), e.protocol(), e.url().toString(),
                e.upstreamModel(), e.timeout().toSeconds(), e.breakerOpenFor().map(Duration::toSeconds).orElse(null),
                secret, state.source(), state.overridesConfiguration(), state.key(), state.usable(),
                state.problem().orElse(null), state.source() == EndpointSource.API ? e.version() : null);
    }
}
