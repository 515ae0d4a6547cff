package io.modelgate.application.endpoint;

import io.modelgate.application.endpoint.port.in.RemoveEndpoint;
import io.modelgate.application.endpoint.port.in.SetEndpoint;
import io.modelgate.application.endpoint.service.EndpointDirectory;
import io.modelgate.application.endpoint.service.EndpointService;
import io.modelgate.application.gateway.port.out.ProviderEndpoint;
import io.modelgate.application.endpoint.ProviderProtocol;
import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.Audit;
import io.modelgate.application.testing.CatalogSamples;
import io.modelgate.application.testing.DirectTransactions;
import io.modelgate.application.testing.InMemoryAuditTrail;
import io.modelgate.application.testing.InMemoryEndpoints;
import io.modelgate.application.testing.InMemoryModels;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.SourceKind;
import io.modelgate.domain.endpoint.AddressAllowList;
import io.modelgate.domain.endpoint.SecretReference;
import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two gateway instances share one store: a change made through one is called by it from the next call and
 * by the other within the snapshot bound, without a restart.
 */
class EndpointDirectoryTest {

    static final Duration MAX_AGE = Duration.ofSeconds(1);
    static final ModelId MISTRAL = new ModelId("mistral-7b-instruct");
    static final ModelId GPT = new ModelId("gpt-4o");
    static final EndpointKey MISTRAL_ON_PREM = new EndpointKey(MISTRAL, DeploymentKind.ON_PREMISES);
    static final EndpointKey GPT_VENDOR = new EndpointKey(GPT, DeploymentKind.VENDOR_API);
    static final Actor ADMIN = new Actor("ada", Set.of("admin"), Optional.empty());

    final AtomicLong nanos = new AtomicLong(1_000);
    final InMemoryEndpoints store = new InMemoryEndpoints();
    final Map<String, String> environment = new ConcurrentHashMap<>();
    final InMemoryModels models = new InMemoryModels();
    final InMemoryAuditTrail trail = new InMemoryAuditTrail();

    EndpointDirectoryTest() {
        models.add(Model.register(MISTRAL, CatalogSamples.spec("apache-2.0", "Mistral AI", SourceKind.OPEN_WEIGHTS,
                DeploymentKind.ON_PREMISES)));
        models.add(Model.register(GPT, CatalogSamples.spec("vendor", "OpenAI", SourceKind.CLOSED,
                DeploymentKind.VENDOR_API)));
    }

    static Endpoint endpoint(EndpointKey key, String url, Optional<SecretReference> secret) {
        return new Endpoint(key, ProviderProtocol.OPENAI_COMPATIBLE, URI.create(url), key.model().value(),
                Duration.ofSeconds(30), Optional.empty(), secret, 0);
    }

    EndpointDirectory instance(List<ConfiguredEndpoint> configured) {
        return new EndpointDirectory(configured, store, ref -> ref instanceof SecretReference.EnvironmentVariable env
                ? Optional.ofNullable(environment.get(env.name())) : Optional.empty(),
                host -> List.of(), AddressAllowList.of(List.of("*")), new DirectTransactions(), MAX_AGE, nanos::get);
    }

    EndpointService service(EndpointDirectory directory) {
        return new EndpointService(store, models, directory, new DirectTransactions(),
                new Audit(trail, Clock.fixed(Instant.parse("2026-12-02T00:00:00Z"), ZoneOffset.UTC)));
    }

    @Test
    void a_change_through_one_instance_reaches_the_other_within_the_snapshot_bound() {
        EndpointDirectory a = instance(List.of());
        EndpointDirectory b = instance(List.of());
        assertThat(b.endpointFor(MISTRAL, DeploymentKind.ON_PREMISES)).isEmpty();

        service(a).set(new SetEndpoint.Command(ADMIN, endpoint(MISTRAL_ON_PREM, "http://vllm-a.internal/v1",
                Optional.empty()), OptionalLong.empty()));
        assertThat(a.endpointFor(MISTRAL, DeploymentKind.ON_PREMISES)).map(ProviderEndpoint::baseUrl)
                .contains(URI.create("http://vllm-a.internal/v1"));
        nanos.addAndGet(MAX_AGE.toNanos() - 1);
        assertThat(b.endpointFor(MISTRAL, DeploymentKind.ON_PREMISES)).isEmpty(); // not yet: within the bound
        nanos.addAndGet(1);
        assertThat(b.endpointFor(MISTRAL, DeploymentKind.ON_PREMISES)).isPresent();

        service(a).remove(new RemoveEndpoint.Command(ADMIN, MISTRAL_ON_PREM, OptionalLong.of(0)));
        assertThat(a.endpointFor(MISTRAL, DeploymentKind.ON_PREMISES)).isEmpty();
        nanos.addAndGet(MAX_AGE.toNanos());
        assertThat(b.endpointFor(MISTRAL, DeploymentKind.ON_PREMISES)).isEmpty();
        assertThat(trail.search(new io.modelgate.application.audit.port.in.AuditQuery(Optional.of("endpoint"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), new io.modelgate.application.shared.PageRequest(0, 10)).items())
                .extracting(e -> e.action()).containsExactlyInAnyOrder("ENDPOINT.SET", "ENDPOINT.REMOVED");
    }

    @Test
    void an_api_endpoint_takes_the_place_of_a_configured_one_and_removing_it_brings_that_back() {
        EndpointDirectory directory = instance(List.of(new ConfiguredEndpoint(endpoint(MISTRAL_ON_PREM,
                "http://ollama.internal:11434/v1", Optional.empty()), Optional.empty())));
        assertThat(directory.endpoints()).singleElement().satisfies(s -> assertThat(s.source())
                .isEqualTo(EndpointSource.CONFIGURATION));
        SetEndpoint.Result result = service(directory).set(new SetEndpoint.Command(ADMIN, endpoint(MISTRAL_ON_PREM,
                "http://vllm.internal/v1", Optional.empty()), OptionalLong.empty()));
        assertThat(result.created()).isTrue();
        assertThat(result.state().overridesConfiguration()).isTrue();
        assertThat(directory.endpointFor(MISTRAL, DeploymentKind.ON_PREMISES).orElseThrow().baseUrl().getHost())
                .isEqualTo("vllm.internal");
        service(directory).remove(new RemoveEndpoint.Command(ADMIN, MISTRAL_ON_PREM, OptionalLong.empty()));
        assertThat(directory.endpointFor(MISTRAL, DeploymentKind.ON_PREMISES).orElseThrow().baseUrl().getHost())
                .isEqualTo("ollama.internal");
    }

    @Test
    void a_vendor_api_without_a_key_is_not_called_and_says_why_and_a_key_that_appears_is_read_again() {
        EndpointDirectory directory = instance(List.of(new ConfiguredEndpoint(endpoint(GPT_VENDOR,
                "https://api.openai.com/v1", Optional.of(new SecretReference.EnvironmentVariable("OPENAI_API_KEY"))),
                Optional.empty())));
        assertThat(directory.endpointFor(GPT, DeploymentKind.VENDOR_API)).isEmpty();
        assertThat(directory.endpoints().get(0).key()).isEqualTo(KeyState.MISSING);
        assertThat(directory.unavailableReason(GPT, DeploymentKind.VENDOR_API)).isEqualTo("the endpoint for "
                + "gpt-4o/VENDOR_API cannot be called: no key: environment variable OPENAI_API_KEY is not set or empty");
        assertThat(directory.unavailableReason(MISTRAL, DeploymentKind.ON_PREMISES))
                .isEqualTo("no endpoint configured for mistral-7b-instruct/ON_PREMISES");

        environment.put("OPENAI_API_KEY", "sk-rotated-1"); // a mounted secret appears or is rotated
        nanos.addAndGet(MAX_AGE.toNanos());
        assertThat(directory.endpointFor(GPT, DeploymentKind.VENDOR_API).orElseThrow().apiKey()).contains("sk-rotated-1");
        assertThat(directory.endpoints().get(0).key()).isEqualTo(KeyState.PRESENT);

        EndpointDirectory inline = instance(List.of(new ConfiguredEndpoint(endpoint(GPT_VENDOR,
                "https://api.openai.com/v1", Optional.empty()), Optional.empty())));
        assertThat(inline.endpointFor(GPT, DeploymentKind.VENDOR_API)).isEmpty();
        EndpointDirectory given = instance(List.of(new ConfiguredEndpoint(endpoint(GPT_VENDOR,
                "https://api.openai.com/v1", Optional.empty()), Optional.of("sk-inline"))));
        assertThat(given.endpointFor(GPT, DeploymentKind.VENDOR_API).orElseThrow().apiKey()).contains("sk-inline");
    }

    @Test
    void while_the_store_cannot_be_read_the_last_snapshot_serves() {
        EndpointDirectory directory = instance(List.of());
        service(directory).set(new SetEndpoint.Command(ADMIN, endpoint(MISTRAL_ON_PREM, "http://vllm.internal/v1",
                Optional.empty()), OptionalLong.empty()));
        assertThat(directory.endpointFor(MISTRAL, DeploymentKind.ON_PREMISES)).isPresent();
        store.failing = true;
        nanos.addAndGet(MAX_AGE.toNanos());
        assertThat(directory.endpointFor(MISTRAL, DeploymentKind.ON_PREMISES)).isPresent();
    }

    @Test
    void the_service_refuses_what_the_catalog_or_the_allow_list_does_not_allow_and_checks_versions() {
        EndpointDirectory directory = new EndpointDirectory(List.of(), store, ref -> Optional.empty(), host -> List.of(),
                AddressAllowList.of(List.of("*.corp.example")), new DirectTransactions(), MAX_AGE, nanos::get);
        EndpointService service = service(directory);
        assertThatThrownBy(() -> service.set(new SetEndpoint.Command(ADMIN, endpoint(MISTRAL_ON_PREM,
                "http://evil.example/v1", Optional.empty()), OptionalLong.empty())))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("allowed-hosts");
        assertThatThrownBy(() -> service.set(new SetEndpoint.Command(ADMIN, endpoint(new EndpointKey(MISTRAL,
                DeploymentKind.VENDOR_API), "http://vllm.corp.example/v1", Optional.empty()), OptionalLong.empty())))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no VENDOR_API deployment");
        service.set(new SetEndpoint.Command(ADMIN, endpoint(MISTRAL_ON_PREM, "http://vllm.corp.example/v1",
                Optional.empty()), OptionalLong.empty()));
        assertThatThrownBy(() -> service.set(new SetEndpoint.Command(ADMIN, endpoint(MISTRAL_ON_PREM,
                "http://vllm2.corp.example/v1", Optional.empty()), OptionalLong.of(7))))
                .isInstanceOf(io.modelgate.application.shared.StaleVersionException.class);
        assertThat(store.find(MISTRAL_ON_PREM).orElseThrow().url().getHost()).isEqualTo("vllm.corp.example");
    }
}
