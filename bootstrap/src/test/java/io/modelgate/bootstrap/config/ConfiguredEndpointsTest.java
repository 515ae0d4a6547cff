package io.modelgate.bootstrap.config;

import io.modelgate.application.endpoint.ConfiguredEndpoint;
import io.modelgate.application.endpoint.Endpoint;
import io.modelgate.application.endpoint.ProviderProtocol;
import io.modelgate.domain.endpoint.SecretReference;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every documented form of {@code modelgate.gateway.endpoints}, read by SmallRye Config exactly as Quarkus
 * reads them (the same mapping, a properties source and an environment source), then by ConfiguredEndpoints.
 */
class ConfiguredEndpointsTest {

    private static List<ConfiguredEndpoint> read(Map<String, String> properties, Map<String, String> environment) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withSources(new EnvConfigSource(environment, 300))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(ModelGateConfig.class)
                .withDefaultValue("modelgate.cost.exchange-rates.\"USD-JPY\".rate", "150")
                .withDefaultValue("modelgate.cost.exchange-rates.\"USD-JPY\".as-of", "2024-10-01")
                .build();
        return ConfiguredEndpoints.from(config.getConfigMapping(ModelGateConfig.class).gateway().endpoints());
    }

    private static Endpoint only(List<ConfiguredEndpoint> endpoints) {
        assertThat(endpoints).hasSize(1);
        return endpoints.get(0).endpoint();
    }

    @Test
    void the_properties_file_form() {
        String p = "modelgate.gateway.endpoints.\"llama-3-70b-instruct/ON_PREMISES\".";
        Endpoint e = only(read(Map.of(p + "protocol", "OPENAI_COMPATIBLE", p + "url", "http://vllm.internal:8000/v1",
                p + "upstream-model", "meta-llama/Meta-Llama-3-70B-Instruct", p + "timeout", "20s",
                p + "api-key-file", "vllm/key"), Map.of()));
        assertThat(e.key().toString()).isEqualTo("llama-3-70b-instruct/ON_PREMISES");
        assertThat(e.url()).hasToString("http://vllm.internal:8000/v1");
        assertThat(e.upstreamModel()).isEqualTo("meta-llama/Meta-Llama-3-70B-Instruct");
        assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(e.secret()).contains(new SecretReference.SecretFile("vllm/key"));
    }

    /** The form of issue 15: an entry the environment alone defines. It used to fail every call with a 500. */
    @Test
    void an_environment_variable_alone_defines_an_endpoint() {
        Endpoint e = only(read(Map.of(), Map.of(
                "MODELGATE_GATEWAY_ENDPOINTS__LLAMA_3_SWALLOW_8B_ON_PREMISES__URL", "http://gpu1.internal:8000/v1",
                "MODELGATE_GATEWAY_ENDPOINTS__LLAMA_3_SWALLOW_8B_ON_PREMISES__UPSTREAM_MODEL", "tokyotech-llm/Swallow-8B",
                "MODELGATE_GATEWAY_ENDPOINTS__LLAMA_3_SWALLOW_8B_ON_PREMISES__API_KEY_ENV", "SWALLOW_KEY")));
        assertThat(e.key().toString()).isEqualTo("llama-3-swallow-8b/ON_PREMISES");
        assertThat(e.protocol()).isEqualTo(ProviderProtocol.OPENAI_COMPATIBLE);
        assertThat(e.upstreamModel()).isEqualTo("tokyotech-llm/Swallow-8B");
        assertThat(e.secret()).contains(new SecretReference.EnvironmentVariable("SWALLOW_KEY"));
    }

    @Test
    void a_model_id_with_dots_names_itself_in_the_environment() {
        Endpoint e = only(read(Map.of(), Map.of(
                "MODELGATE_GATEWAY_ENDPOINTS__LLAMA31__URL", "http://gpu1.internal:8000/v1",
                "MODELGATE_GATEWAY_ENDPOINTS__LLAMA31__MODEL", "llama-3.1-8b",
                "MODELGATE_GATEWAY_ENDPOINTS__LLAMA31__DEPLOYMENT", "PRIVATE_CLOUD")));
        assertThat(e.key().toString()).isEqualTo("llama-3.1-8b/PRIVATE_CLOUD");
        assertThat(e.upstreamModel()).isEqualTo("llama-3.1-8b");
    }

    @Test
    void the_environment_overrides_an_entry_of_the_file() {
        String p = "modelgate.gateway.endpoints.\"gpt-4o/VENDOR_API\".";
        List<ConfiguredEndpoint> endpoints = read(Map.of(p + "protocol", "OPENAI_COMPATIBLE",
                p + "url", "https://api.openai.com/v1", p + "api-key", "${OPENAI_API_KEY:}"), Map.of(
                "MODELGATE_GATEWAY_ENDPOINTS__GPT_4O_VENDOR_API__URL", "https://openai-proxy.corp.example/v1",
                "MODELGATE_GATEWAY_ENDPOINTS__GPT_4O_VENDOR_API__UPSTREAM_MODEL", "gpt-4o-2024-08-06",
                "OPENAI_API_KEY", "sk-canary-from-env"));
        Endpoint e = only(endpoints);
        assertThat(e.url()).hasToString("https://openai-proxy.corp.example/v1");
        assertThat(e.upstreamModel()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(endpoints.get(0).inlineKey()).contains("sk-canary-from-env");
        assertThat(endpoints.get(0).toString()).doesNotContain("sk-canary");
    }

    /** The Kubernetes manifests' config/application.properties: an empty value removes a shipped setting. */
    @Test
    void a_later_file_replaces_the_shipped_key_reference_with_a_mounted_file() {
        String p = "modelgate.gateway.endpoints.\"gpt-4o/VENDOR_API\".";
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(Map.of(p + "url", "https://api.openai.com/v1",
                        p + "api-key-env", "OPENAI_API_KEY"), "application.properties", 250))
                .withSources(new PropertiesConfigSource(Map.of(p + "api-key-env", "", p + "api-key-file",
                        "openai-api-key"), "config/application.properties", 260))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(ModelGateConfig.class)
                .withDefaultValue("modelgate.cost.exchange-rates.\"USD-JPY\".rate", "150")
                .withDefaultValue("modelgate.cost.exchange-rates.\"USD-JPY\".as-of", "2024-10-01")
                .build();
        Endpoint e = only(ConfiguredEndpoints.from(config.getConfigMapping(ModelGateConfig.class).gateway().endpoints()));
        assertThat(e.secret()).contains(new SecretReference.SecretFile("openai-api-key"));
    }

    @Test
    void the_shipped_configuration_reads() {
        assertThat(read(Map.of(), Map.of())).isEmpty();
        String p = "modelgate.gateway.endpoints.\"mistral-7b-instruct/ON_PREMISES\".";
        assertThat(only(read(Map.of(p + "url", "http://localhost:11434/v1"), Map.of())).secret()).isEmpty();
    }

    @Test
    void malformed_entries_stop_the_start_saying_what_to_write() {
        assertThatThrownBy(() -> read(Map.of(), Map.of("MODELGATE_GATEWAY_ENDPOINTS__LLAMA_SWALLOW__URL", "http://x/v1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not say which deployment")
                .hasMessageContaining("MODELGATE_GATEWAY_ENDPOINTS__LLAMA_3_SWALLOW_8B_ON_PREMISES__URL");
        String p = "modelgate.gateway.endpoints.\"gemma-2-9b/ON_PREMISE\".";
        assertThatThrownBy(() -> read(Map.of(p + "url", "http://x/v1"), Map.of()))
                .hasMessageContaining("'ON_PREMISE'").hasMessageContaining("VENDOR_API, PRIVATE_CLOUD, ON_PREMISES");
        String q = "modelgate.gateway.endpoints.\"gemma-2-9b/ON_PREMISES\".";
        assertThatThrownBy(() -> read(Map.of(q + "url", "http://x/v1", q + "protocol", "OPENAI"), Map.of()))
                .hasMessageContaining("OPENAI_COMPATIBLE, ANTHROPIC, GEMINI");
        assertThatThrownBy(() -> read(Map.of(q + "protocol", "GEMINI"), Map.of()))
                .hasMessageContaining("has no url: write " + q + "url=");
        assertThatThrownBy(() -> read(Map.of(q + "url", "ftp://x/v1"), Map.of()))
                .hasMessageContaining(q + "url must be an absolute http or https URL");
        assertThatThrownBy(() -> read(Map.of(q + "url", "http://x/v1", q + "api-key-env", "sk-proj-canary"), Map.of()))
                .hasMessageContaining("api-key-env must be the name of an environment variable")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("sk-proj-canary"));
        assertThatThrownBy(() -> read(Map.of(q + "url", "http://x/v1", q + "api-key-env", "K", q + "api-key", "v"),
                Map.of())).hasMessageContaining("names its key more than once");
    }

    @Test
    void all_problems_are_reported_at_once_and_the_same_deployment_twice_is_one() {
        assertThatThrownBy(() -> read(Map.of(
                "modelgate.gateway.endpoints.\"gemma-2-9b/ON_PREMISES\".url", "http://a/v1",
                "modelgate.gateway.endpoints.\"x/NOWHERE\".url", "http://b/v1"), Map.of(
                "MODELGATE_GATEWAY_ENDPOINTS__GEMMA_2_9B_ON_PREMISES_2__URL", "http://c/v1")))
                .hasMessageContaining("2 provider endpoint setting(s)")
                .hasMessageContaining("'NOWHERE'");
        assertThatThrownBy(() -> read(Map.of("modelgate.gateway.endpoints.\"gemma-2-9b/ON_PREMISES\".url", "http://a/v1"),
                Map.of("MODELGATE_GATEWAY_ENDPOINTS__GEMMA_2_9B_X__URL", "http://c/v1",
                        "MODELGATE_GATEWAY_ENDPOINTS__GEMMA_2_9B_X__DEPLOYMENT", "ON_PREMISES",
                        "MODELGATE_GATEWAY_ENDPOINTS__GEMMA_2_9B_X__MODEL", "gemma-2-9b")))
                .hasMessageContaining("both configure gemma-2-9b/ON_PREMISES; keep one");
    }
}
