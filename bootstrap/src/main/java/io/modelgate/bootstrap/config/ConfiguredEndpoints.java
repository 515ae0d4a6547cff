package io.modelgate.bootstrap.config;

import io.modelgate.application.endpoint.ConfiguredEndpoint;
import io.modelgate.application.endpoint.Endpoint;
import io.modelgate.application.endpoint.EndpointKey;
import io.modelgate.application.endpoint.ProviderProtocol;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.endpoint.SecretReference;
import io.modelgate.domain.shared.InvalidValueException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads {@code modelgate.gateway.endpoints.*} into endpoints, in every form the docs give:
 * <ul>
 * <li>a properties file: {@code modelgate.gateway.endpoints."llama-3-70b-instruct/ON_PREMISES".url=…};</li>
 * <li>an environment variable overriding an entry the file has:
 * {@code MODELGATE_GATEWAY_ENDPOINTS__LLAMA_3_70B_INSTRUCT_ON_PREMISES__URL} (the quoted key's
 * characters other than letters and digits become '_');</li>
 * <li>an environment variable for an entry no file has: the same name reaches us with the key
 * {@code llama.3.70b.instruct.on.premises}: the deployment is read from its end and the rest is the model
 * with '-' for '.'; a model id that has dots names itself with {@code …__MODEL=llama-3.1-8b}.</li>
 * </ul>
 * Every problem is collected and the start stops with all of them, each saying what to write instead.
 */
public final class ConfiguredEndpoints {

    static final String PREFIX = "modelgate.gateway.endpoints.";
    private static final String EXAMPLE = "modelgate.gateway.endpoints.\"llama-3-swallow-8b/ON_PREMISES\".url=http://… "
            + "in a properties file, or MODELGATE_GATEWAY_ENDPOINTS__LLAMA_3_SWALLOW_8B_ON_PREMISES__URL=http://… "
            + "in the environment";

    private ConfiguredEndpoints() {
    }

    public static List<ConfiguredEndpoint> from(Map<String, ModelGateConfig.Gateway.Endpoint> entries) {
        List<String> problems = new ArrayList<>();
        Map<EndpointKey, String> rawKeys = new LinkedHashMap<>();
        List<ConfiguredEndpoint> endpoints = new ArrayList<>();
        // Quoted keys first: an environment variable that overrides a quoted entry's setting is also seen by
        // SmallRye as an entry of its own (key "gpt.4o.vendor.api"); that twin is the same entry, read already.
        entries.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, ?> e) -> !e.getKey().contains("/"))
                .thenComparing(Map.Entry::getKey)).forEach(entry -> {
            try {
                ConfiguredEndpoint endpoint = read(entry.getKey(), entry.getValue());
                String earlier = rawKeys.get(endpoint.endpoint().key());
                if (earlier != null && envName(earlier).equals(envName(entry.getKey()))) {
                    return;
                }
                rawKeys.putIfAbsent(endpoint.endpoint().key(), entry.getKey());
                if (earlier != null) {
                    throw new IllegalArgumentException("entries \"" + earlier + "\" and \"" + entry.getKey()
                            + "\" both configure " + endpoint.endpoint().key() + "; keep one of them");
                }
                endpoints.add(endpoint);
            } catch (IllegalArgumentException | InvalidValueException e) {
                problems.add(e.getMessage());
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("ModelGate cannot start: " + problems.size()
                    + " provider endpoint setting(s) cannot be read (docs/gateway.md, \"Configuring providers\"):\n  - "
                    + String.join("\n  - ", problems));
        }
        return List.copyOf(endpoints);
    }

    static ConfiguredEndpoint read(String rawKey, ModelGateConfig.Gateway.Endpoint e) {
        EndpointKey key = key(rawKey, e);
        String where = PREFIX + "\"" + rawKey + "\".";
        ProviderProtocol protocol = e.protocol().map(p -> protocol(p, where)).orElse(ProviderProtocol.OPENAI_COMPATIBLE);
        String url = e.url().filter(u -> !u.isBlank()).orElseThrow(() -> new IllegalArgumentException(
                key + " has no url: write " + where + "url=https://… (for vLLM or Ollama e.g. http://host:8000/v1)"));
        long secrets = (e.apiKey().isPresent() ? 1 : 0) + (e.apiKeyEnv().isPresent() ? 1 : 0)
                + (e.apiKeyFile().isPresent() ? 1 : 0);
        if (secrets > 1) {
            throw new IllegalArgumentException(key + " names its key more than once: keep one of " + where
                    + "api-key-env (a variable's name), " + where + "api-key-file (a file under "
                    + "modelgate.endpoints.secrets-dir) or " + where + "api-key");
        }
        Optional<SecretReference> secret;
        try {
            secret = e.apiKeyEnv().map(String::strip).<SecretReference>map(SecretReference.EnvironmentVariable::new)
                    .or(() -> e.apiKeyFile().map(String::strip).map(SecretReference.SecretFile::new));
        } catch (InvalidValueException invalid) {
            throw new IllegalArgumentException(key + ": " + where
                    + (e.apiKeyEnv().isPresent() ? "api-key-env " : "api-key-file ") + invalid.reason());
        }
        try {
            Endpoint endpoint = new Endpoint(key, protocol, uri(url, key, where),
                    e.upstreamModel().filter(m -> !m.isBlank()).orElse(key.model().value()), e.timeout(),
                    e.breakerOpenFor(), secret, 0);
            return new ConfiguredEndpoint(endpoint, e.apiKey());
        } catch (InvalidValueException invalid) {
            throw new IllegalArgumentException(key + ": " + where + invalid.field().replace("upstreamModel",
                    "upstream-model").replace("breakerOpenFor", "breaker-open-for") + " " + invalid.reason());
        }
    }

    /** The deployment an entry serves, from its explicit settings or from its key. */
    static EndpointKey key(String rawKey, ModelGateConfig.Gateway.Endpoint e) {
        String model;
        String deployment;
        int slash = rawKey.indexOf('/');
        if (slash >= 0) {
            model = rawKey.substring(0, slash);
            deployment = rawKey.substring(slash + 1);
        } else {
            String lower = rawKey.toLowerCase(Locale.ROOT);
            Optional<DeploymentKind> suffix = Arrays.stream(DeploymentKind.values())
                    .filter(k -> lower.endsWith("." + k.name().toLowerCase(Locale.ROOT).replace('_', '.'))
                            || lower.endsWith("_" + k.name().toLowerCase(Locale.ROOT)))
                    .findFirst();
            deployment = suffix.map(DeploymentKind::name).orElse(null);
            model = suffix.map(k -> lower.substring(0, lower.length() - k.name().length() - 1)
                    .replace('.', '-').replace('_', '-')).orElse(null);
        }
        model = e.model().map(String::strip).orElse(model);
        deployment = e.deployment().map(String::strip).orElse(deployment);
        if (model == null || deployment == null || model.isEmpty()) {
            throw new IllegalArgumentException("the entry \"" + rawKey + "\" does not say which deployment it serves: "
                    + "name it model/DEPLOYMENT, e.g. " + EXAMPLE);
        }
        String modelId = model;
        ModelId id;
        try {
            id = new ModelId(modelId);
        } catch (InvalidValueException invalid) {
            throw new IllegalArgumentException("the entry \"" + rawKey + "\": '" + modelId + "' is not a catalog model "
                    + "id (lower-case letters, digits, '-' and '.'), e.g. " + EXAMPLE);
        }
        return new EndpointKey(id, deployment(deployment, rawKey));
    }

    private static DeploymentKind deployment(String text, String rawKey) {
        String normal = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
        try {
            return DeploymentKind.valueOf(normal);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the entry \"" + rawKey + "\" names the deployment '" + text
                    + "', which does not exist: write one of " + names(DeploymentKind.values()));
        }
    }

    private static ProviderProtocol protocol(String text, String where) {
        try {
            return ProviderProtocol.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "protocol=" + text + " is not a protocol ModelGate speaks: "
                    + "write one of " + names(ProviderProtocol.values()));
        }
    }

    private static URI uri(String text, EndpointKey key, String where) {
        try {
            return new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(key + ": " + where + "url is not a URL; write it like "
                    + "https://api.openai.com/v1 or http://vllm.internal:8000/v1");
        }
    }

    /** A key as an environment variable spells it: upper case, every other character '_'. */
    private static String envName(String rawKey) {
        return rawKey.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
