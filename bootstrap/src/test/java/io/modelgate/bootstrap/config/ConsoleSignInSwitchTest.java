package io.modelgate.bootstrap.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's sign-in is on only with an identity provider URL; a public key alone cannot sign a person in. */
class ConsoleSignInSwitchTest {

    static boolean enabled(Map<String, String> config) {
        return ConsoleSignInSwitch.identityProviderConfigured(config::get);
    }

    @Test
    void on_with_the_apis_identity_provider_or_a_console_url_of_its_own() {
        assertThat(enabled(Map.of("quarkus.oidc.auth-server-url", "https://kc.example.com/realms/mg"))).isTrue();
        assertThat(enabled(Map.of("quarkus.oidc.console.auth-server-url", "https://login.example.com/tenant"))).isTrue();
    }

    @Test
    void off_with_a_public_key_only_a_blank_url_or_an_unexpanded_default() {
        assertThat(enabled(Map.of("quarkus.oidc.public-key", "MIIB..."))).isFalse();
        assertThat(enabled(Map.of("quarkus.oidc.auth-server-url", " "))).isFalse();
        assertThat(enabled(Map.of("quarkus.oidc.console.auth-server-url", "${quarkus.oidc.auth-server-url:}"))).isFalse();
    }
}
