package io.modelgate.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up line about console sign-in names what is missing. */
class StartupChecksConsoleTest {

    static String line(Map<String, String> config) {
        return StartupChecks.consoleSignIn(name -> Optional.ofNullable(config.get(name)));
    }

    @Test
    void off_without_an_identity_provider() {
        assertThat(line(Map.of("quarkus.oidc.console.tenant-enabled", "false"))).startsWith("sign-in is off");
    }

    @Test
    void on_with_the_provider_and_client_and_a_warning_when_the_secret_is_missing() {
        Map<String, String> config = Map.of("quarkus.oidc.console.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", "https://kc.example.com/realms/mg");
        assertThat(line(config)).isEqualTo("sign-in at https://kc.example.com/realms/mg as client modelgate-console; "
                + "no client secret: set QUARKUS_OIDC_CONSOLE_CREDENTIALS_SECRET or the code exchange will fail");
        Map<String, String> withSecret = new java.util.HashMap<>(config);
        withSecret.put("quarkus.oidc.console.credentials.secret", "s3cret-value");
        assertThat(line(withSecret)).isEqualTo("sign-in at https://kc.example.com/realms/mg as client modelgate-console")
                .doesNotContain("s3cret");
    }
}
