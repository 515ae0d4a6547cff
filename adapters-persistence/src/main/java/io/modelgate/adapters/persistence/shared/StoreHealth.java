package io.modelgate.adapters.persistence.shared;

import io.modelgate.application.shared.StoreUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the database is known to be away, so that calls are refused at once instead of each
 * waiting for the pool's acquisition timeout. A failure that looks like an outage makes it probe the
 * database directly (a fresh connection, not the pool: a stopped server refuses it at once) every
 * 250 ms until it answers; while the probes fail, {@link #requireReachable()} throws.
 */
@ApplicationScoped
public class StoreHealth {

    private static final Logger LOG = Logger.getLogger(StoreHealth.class);
    private static final long PROBE_EVERY_MILLIS = 250;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean down;
    private final AtomicBoolean probing = new AtomicBoolean();

    /** Throws {@link StoreUnavailableException} while the last probe failed. */
    public void requireReachable() {
        if (down) {
            throw new StoreUnavailableException("the database is away (the last probe failed); nothing was changed",
                    null);
        }
    }

    public boolean down() {
        return down;
    }

    /** Something failed as if the database were away: probe until it answers (one prober at a time). */
    public void suspect() {
        if (url.isEmpty() || !probing.compareAndSet(false, true)) {
            return;
        }
        Thread prober = new Thread(this::probeUntilBack, "database-prober");
        prober.setDaemon(true);
        prober.start();
    }

    private void probeUntilBack() {
        try {
            while (!reachable()) {
                if (!down) {
                    down = true;
                    LOG.warn("The database cannot be reached: calls are refused with 503 until it answers again");
                }
                Thread.sleep(PROBE_EVERY_MILLIS);
            }
            if (down) {
                down = false;
                LOG.info("The database answers again: calls are served");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            probing.set(false);
        }
    }

    private boolean reachable() {
        Properties properties = new Properties();
        username.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("connectTimeout", "1");
        properties.setProperty("socketTimeout", "2");
        try (Connection c = DriverManager.getConnection(url.get(), properties)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return !StoreFailures.unavailable(e);
        }
    }
}
