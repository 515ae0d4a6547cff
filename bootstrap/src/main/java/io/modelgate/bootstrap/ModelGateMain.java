package io.modelgate.bootstrap;

import io.modelgate.bootstrap.local.LocalDatabase;
import io.modelgate.bootstrap.local.LocalKeys;
import io.modelgate.bootstrap.local.TokenMinter;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Entry point. {@code token …} mints a local token and exits; anything else starts the platform.
 * In the {@code local} profile (never together with {@code prod}) it first prepares what a newcomer
 * lacks: a signing key pair and, unless a datasource URL is configured, an embedded PostgreSQL whose
 * data stays in the data directory.
 */
@QuarkusMain
public final class ModelGateMain {

    static final String DATABASE_CHOICE = "modelgate.database.choice";

    private ModelGateMain() {
    }

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("token")) {
            System.exit(TokenCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (localMode()) {
            prepareLocalMode();
        } else if (!Files.exists(Path.of("config", "application.properties"))) {
            // Fail before anything touches the database; the same checks run again inside Quarkus, with every
            // configuration source.
            Optional<String> missing = ProdRequirements.firstMissing(ModelGateMain::setting);
            if (missing.isPresent()) {
                System.err.println(missing.get());
                System.exit(1);
            }
        }
        Quarkus.run(args);
    }

    /** Local mode only when the local profile is active and the prod profile is not. */
    static boolean localMode() {
        List<String> profiles = Arrays.stream(setting("quarkus.profile", "QUARKUS_PROFILE").orElse("prod").split(","))
                .map(String::strip).toList();
        return profiles.contains("local") && !profiles.contains("prod");
    }

    private static void prepareLocalMode() {
        Path data = dataDirectory();
        if (!identityProviderConfigured()) {
            System.setProperty("quarkus.oidc.public-key", LocalKeys.loadOrCreate(data).publicKeyBase64());
            System.setProperty("quarkus.oidc.token.issuer", TokenMinter.LOCAL_ISSUER);
        }
        Optional<String> url = setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL");
        if (url.isPresent()) {
            System.setProperty(DATABASE_CHOICE, "the configured datasource URL " + url.get()
                    + " (QUARKUS_DATASOURCE_JDBC_URL is set)");
            return;
        }
        Path pgData = data.resolve("postgres");
        LocalDatabase database = LocalDatabase.start(pgData, true);
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
        System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", database.username());
        System.setProperty("quarkus.datasource.password", database.password());
        System.setProperty(DATABASE_CHOICE, "embedded PostgreSQL with its data in " + pgData.toAbsolutePath()
                + " (no QUARKUS_DATASOURCE_JDBC_URL configured)");
    }

    private static boolean identityProviderConfigured() {
        return setting("quarkus.oidc.auth-server-url", "QUARKUS_OIDC_AUTH_SERVER_URL").isPresent()
                || setting("quarkus.oidc.public-key", "QUARKUS_OIDC_PUBLIC_KEY").isPresent();
    }

    static Path dataDirectory() {
        return Path.of(setting("modelgate.data-dir", "MODELGATE_DATA_DIR").orElse(".modelgate"));
    }

    /** A setting from the system properties or from the environment, under its name there (QUARKUS_OIDC_…). */
    static Optional<String> setting(String property) {
        return setting(property, property.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
    }

    static Optional<String> setting(String property, String environmentVariable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Where the running application's code is, to find the data directory from any working directory. */
    static Optional<Path> codeLocation() {
        try {
            return Optional.of(Path.of(ModelGateMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (RuntimeException | java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
