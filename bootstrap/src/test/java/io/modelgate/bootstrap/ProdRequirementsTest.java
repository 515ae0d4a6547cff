package io.modelgate.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the prod profile refuses to start without, each in one sentence that says what to set. */
class ProdRequirementsTest {

    static Optional<String> missing(Map<String, String> config) {
        return ProdRequirements.firstMissing(name -> Optional.ofNullable(config.get(name)));
    }

    @Test
    void an_identity_provider() {
        assertThat(missing(Map.of())).contains(StartupChecks.NO_IDENTITY_PROVIDER);
    }

    @Test
    void with_a_public_key_the_issuer_to_expect_or_an_explicit_any() {
        Map<String, String> key = new HashMap<>(Map.of("quarkus.oidc.public-key", "MIIBIjAN…"));
        assertThat(missing(key)).hasValueSatisfying(line -> assertThat(line)
                .contains("without the token issuer to expect").contains("QUARKUS_OIDC_TOKEN_ISSUER").contains("'any'"));
        key.put("quarkus.oidc.token.issuer", "https://issuer.example.co.jp");
        assertThat(missing(key)).isEmpty();
        key.put("quarkus.oidc.token.issuer", "any");
        assertThat(missing(key)).isEmpty();
    }

    @Test
    void an_identity_provider_with_discovery_names_its_own_issuer_but_console_sign_in_needs_the_public_url() {
        Map<String, String> idp = new HashMap<>(Map.of("quarkus.oidc.auth-server-url", "https://kc.example.co.jp/realms/mg"));
        assertThat(missing(idp)).hasValueSatisfying(line -> assertThat(line).contains("MODELGATE_PUBLIC_URL"));
        idp.put("modelgate.public-url", "https://modelgate.example.co.jp");
        assertThat(missing(idp)).isEmpty();
        idp.put("quarkus.oidc.discovery-enabled", "false");
        assertThat(missing(idp)).hasValueSatisfying(line -> assertThat(line).contains("QUARKUS_OIDC_TOKEN_ISSUER"));
    }

    @Test
    void a_public_url_that_is_an_absolute_http_url() {
        Map<String, String> config = Map.of("quarkus.oidc.public-key", "MIIBIjAN…", "quarkus.oidc.token.issuer", "any",
                "modelgate.public-url", "modelgate.example.co.jp");
        assertThat(missing(config)).hasValueSatisfying(line -> assertThat(line).contains("absolute http(s) URL"));
    }
}
