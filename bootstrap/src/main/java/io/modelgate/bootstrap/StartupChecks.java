package io.modelgate.bootstrap;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/** Says which database was chosen and why, and refuses to run in production without an identity provider. */
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
        if (LaunchMode.current() == LaunchMode.NORMAL && ConfigUtils.getProfiles().contains("prod")) {
            requireIdentityProvider(config);
        }
    }

    static void requireIdentityProvider(Config config) {
        boolean idp = config.getOptionalValue("quarkus.oidc.auth-server-url", String.class).isPresent();
        boolean key = config.getOptionalValue("quarkus.oidc.public-key", String.class).isPresent();
        if (!idp && !key) {
            throw new IllegalStateException(NO_IDENTITY_PROVIDER);
        }
    }
}
