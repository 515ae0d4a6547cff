package io.modelgate.bootstrap.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What follows from the configured public URL ({@code modelgate.public-url}, where people reach
 * ModelGate): when it is https, every cookie the console sets is {@code Secure} (the OIDC session and
 * state cookies, the CSRF cookie) and the sign-in redirect uses https even behind a proxy that ends TLS.
 * Explicit settings of those properties win (low ordinal, as in {@link ConsoleSignInSwitch}).
 */
public class PublicUrlSettings implements ConfigSourceFactory {

    public static final String PUBLIC_URL = "modelgate.public-url";
    static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        return List.of(new MapBackedConfigSource("ModelGate public URL settings", settings(name -> {
            ConfigValue value = context.getValue(name);
            return value == null ? null : value.getValue();
        }), ORDINAL) {
        });
    }

    static Map<String, String> settings(Function<String, String> config) {
        String url = config.apply(PUBLIC_URL);
        if (url == null || url.isBlank() || url.contains("${")) {
            return Map.of();
        }
        boolean https;
        try {
            https = "https".equalsIgnoreCase(URI.create(url.strip()).getScheme());
        } catch (IllegalArgumentException e) {
            return Map.of(); // StartupChecks refuses to start with a malformed public URL, in one clear line
        }
        String secure = Boolean.toString(https);
        return Map.of(
                "quarkus.oidc.console.authentication.cookie-force-secure", secure,
                "quarkus.oidc.console.authentication.force-redirect-https-scheme", secure,
                "quarkus.rest-csrf.cookie-force-secure", secure);
    }
}
