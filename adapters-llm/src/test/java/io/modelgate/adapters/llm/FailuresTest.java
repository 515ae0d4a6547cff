package io.modelgate.adapters.llm;

import io.modelgate.adapters.llm.WireProtocol.UpstreamError;
import io.modelgate.application.gateway.port.out.ProviderEndpoint;
import io.modelgate.application.gateway.port.out.ProviderFailure.Kind;
import io.modelgate.application.endpoint.ProviderProtocol;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {

    private static final ProviderEndpoint ENDPOINT = new ProviderEndpoint("gpt-4o/VENDOR_API",
            ProviderProtocol.OPENAI_COMPATIBLE, URI.create("https://api.openai.com/v1"),
            Optional.of("sk-abc_def_0123456789"), "gpt-4o", Duration.ofSeconds(30));

    private final Failures failures = new Failures("OpenAI-compatible", ENDPOINT);

    @ParameterizedTest(name = "HTTP {0} is {1}")
    @CsvSource({"400, REJECTED", "413, REJECTED", "422, REJECTED", "401, UNAVAILABLE", "403, UNAVAILABLE",
            "404, UNAVAILABLE", "408, TIMEOUT", "429, RATE_LIMITED", "500, UNAVAILABLE", "502, UNAVAILABLE",
            "529, UNAVAILABLE", "302, UNAVAILABLE"})
    void an_http_status_has_a_kind(int status, Kind kind) {
        assertThat(Failures.kindOf(status)).isEqualTo(kind);
    }

    @Test
    void a_message_names_the_endpoint_status_and_error_type() {
        assertThat(failures.status(429, new UpstreamError(Optional.of("rate_limit_exceeded"), Optional.empty())).getMessage())
                .isEqualTo("OpenAI-compatible endpoint 'gpt-4o/VENDOR_API' answered HTTP 429 (rate_limit_exceeded)");
    }

    @Test
    void an_error_type_that_is_part_of_the_key_is_not_quoted() {
        assertThat(failures.status(400, new UpstreamError(Optional.of("def_0123456789"), Optional.empty())).getMessage())
                .isEqualTo("OpenAI-compatible endpoint 'gpt-4o/VENDOR_API' answered HTTP 400");
    }

    @Test
    void the_body_can_override_the_kind_of_a_status() {
        assertThat(failures.status(400, new UpstreamError(Optional.empty(), Optional.of(Kind.UNAVAILABLE))).kind())
                .isEqualTo(Kind.UNAVAILABLE);
    }
}
