package io.modelgate.bootstrap.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The tests' PostgreSQL (chosen as {@link PostgresTestResource} does), reached by the application through
 * a {@link CuttableLink}, so that a test can take the database away and bring it back.
 */
public class CuttableDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private static volatile CuttableLink link;
    private final PostgresTestResource database = new PostgresTestResource();

    public static CuttableLink link() {
        return link;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(database.start());
        String url = config.getOrDefault("quarkus.datasource.jdbc.url", System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
        URI target = URI.create(url.substring("jdbc:".length()));
        link = new CuttableLink(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
        String linked = url.replaceFirst("//[^/]+/", "//127.0.0.1:" + link.port() + "/");
        config.put("quarkus.datasource.jdbc.url", linked);
        return config;
    }

    @Override
    public void stop() {
        try {
            if (link != null) {
                link.close();
            }
        } catch (IOException ignored) {
            // the link's sockets are gone either way
        }
        database.stop();
    }
}
