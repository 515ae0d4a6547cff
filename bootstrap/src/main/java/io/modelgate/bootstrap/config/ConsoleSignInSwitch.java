package io.modelgate.bootstrap.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Switches the console's OIDC tenant on only when there is an identity provider to sign in with: a
 * console URL of its own or the API's {@code quarkus.oidc.auth-server-url}. A public key alone (local
 * mode) verifies API tokens but cannot sign a person in, so the tenant stays off and /console explains
 * how to configure it. An explicit {@code quarkus.oidc.console.tenant-enabled} wins (low ordinal).
 */
public class ConsoleSignInSwitch implements ConfigSourceFactory {

    static final String ENABLED = "quarkus.oidc.console.tenant-enabled";
    static final int ORDINAL = 150; // below application.properties (250), environment (300), system properties (400)

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean enabled = identityProviderConfigured(name -> {
            ConfigValue value = context.getValue(name);
            return value == null ? null : value.getValue();
        });
        return List.of(new MapBackedConfigSource("ModelGate console sign-in switch",
                Map.of(ENABLED, Boolean.toString(enabled)), ORDINAL) {
        });
    }

    /** True when either URL is a real value (not blank, not an unexpanded expression). */
    static boolean identityProviderConfigured(Function<String, String> config) {
        return isUrl(config.apply("quarkus.oidc.console.auth-server-url"))
                || isUrl(config.apply("quarkus.oidc.auth-server-url"));
    }

    private static boolean isUrl(String value) {
        return value != null && !value.isBlank() && !value.contains("${");
    }
}
