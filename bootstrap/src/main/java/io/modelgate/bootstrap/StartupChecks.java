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
        boolean demo = config.getOptionalValue("modelgate.demo-upstream.enabled", Boolean.class).orElse(false);
        refuseDemoUpstreamInProd(demo, ConfigUtils.getProfiles());
        if (demo) {
            LOG.warnf("ModelGate LOCAL DEMO UPSTREAM is on: /demo-upstream/v1 answers every chat completion with a "
                    + "canned sentence (not a model). For trying the README only; the prod profile refuses it.");
        }
        String base = "http://localhost:" + config.getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
        LOG.infof("ModelGate serves the API at %s/api/v1 (OpenAPI %s/q/openapi), the gateway at %s/gateway/v1 and "
                + "the console at %s/console", base, base, base, base);
        if (ModelGateMain.localMode() && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.infof("ModelGate local mode: mint a token with%n  %s", tokenCommand(ModelGateMain.codeLocation(),
                    ModelGateMain.dataDirectory().toAbsolutePath().normalize()));
        }
    }

    /** The token command with absolute paths, so that it works when pasted from any directory. */
    static String tokenCommand(java.util.Optional<java.nio.file.Path> code, java.nio.file.Path dataDirectory) {
        String jar = code.map(c -> c.toAbsolutePath().getParent())
                .map(app -> app.getParent() == null ? app : app.getParent())
                .map(dir -> dir.resolve("quarkus-run.jar")).filter(java.nio.file.Files::isRegularFile)
                .map(java.nio.file.Path::toString).orElse("bootstrap/target/quarkus-app/quarkus-run.jar");
        return "java -jar " + jar + " token --subject alice --roles admin --department ai-coe --data-dir "
                + dataDirectory + "   (token --help lists the options)";
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

    static final String DEMO_IN_PROD = "ModelGate refuses to start: modelgate.demo-upstream.enabled=true "
            + "(MODELGATE_DEMO_UPSTREAM_ENABLED) serves canned answers and is for the local profile only; unset it "
            + "or run with -Dquarkus.profile=local.";

    /** The demo upstream is a local trial's stand-in for a provider; in prod it would answer as if it were one. */
    static void refuseDemoUpstreamInProd(boolean enabled, java.util.List<String> profiles) {
        if (enabled && (profiles.contains("prod") || !profiles.contains("local") && !profiles.contains("test"))) {
            throw new IllegalStateException(DEMO_IN_PROD);
        }
    }
}
