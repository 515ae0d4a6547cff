package io.modelgate.bootstrap;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Says which database was chosen and why, and refuses to run in production without what it needs
 * ({@link ProdRequirements}).
 */
public class StartupChecks {

    static final String NO_IDENTITY_PROVIDER = "ModelGate refuses to start in the prod profile without an identity "
            + "provider: set QUARKUS_OIDC_AUTH_SERVER_URL (e.g. https://keycloak.example.com/realms/modelgate) or "
            + "QUARKUS_OIDC_PUBLIC_KEY (see docs/operations.md). For a local trial use -Dquarkus.profile=local (README).";

    private static final Logger LOG = Logger.getLogger(StartupChecks.class);

    void onStart(@Observes StartupEvent event) {
        Config config = ConfigProvider.getConfig();
        String choice = config.getOptionalValue(ModelGateMain.DATABASE_CHOICE, String.class)
                .orElseGet(() -> "the configured datasource URL "
                        + config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).orElse("(none)"));
        LOG.infof("ModelGate database: %s", choice);
        String console = consoleSignIn(name -> config.getOptionalValue(name, String.class));
        if (console.contains("no client secret")) {
            LOG.warnf("ModelGate console: %s", console);
        } else {
            LOG.infof("ModelGate console: %s", console);
        }
        if (LaunchMode.current() == LaunchMode.NORMAL && ConfigUtils.getProfiles().contains("prod")) {
            ProdRequirements.firstMissing(name -> config.getOptionalValue(name, String.class)).ifPresent(missing -> {
                throw new ConfigurationException(missing); // Quarkus prints its message alone, without a trace
            });
        }
    }

    /** One line on how people sign in to /console, so that an operator sees a missing piece at start. */
    static String consoleSignIn(java.util.function.Function<String, java.util.Optional<String>> config) {
        boolean enabled = config.apply("quarkus.oidc.console.tenant-enabled").map(Boolean::parseBoolean).orElse(false);
        if (!enabled) {
            return "sign-in is off (no identity provider URL); /console explains how to configure it (docs/console.md)";
        }
        String where = config.apply("quarkus.oidc.console.auth-server-url").filter(u -> !u.isBlank())
                .or(() -> config.apply("quarkus.oidc.auth-server-url")).orElse("(unknown)");
        String client = config.apply("quarkus.oidc.console.client-id").orElse("modelgate-console");
        boolean secret = config.apply("quarkus.oidc.console.credentials.secret").isPresent()
                || config.apply("quarkus.oidc.console.credentials.client-secret.value").isPresent();
        return "sign-in at " + where + " as client " + client + (secret ? ""
                : "; no client secret: set QUARKUS_OIDC_CONSOLE_CREDENTIALS_SECRET or the code exchange will fail");
    }
}
