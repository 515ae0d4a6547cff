package io.modelgate.adapters.persistence.settlement;

import io.modelgate.adapters.persistence.shared.StoreFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * This process: a new id per start, stamped on every in-flight row it writes, and a heartbeat row
 * (database time, so instances on other machines compare the same clock).
 */
@ApplicationScoped
public class GatewayInstance {

    private final UUID id = UUID.randomUUID();

    @Inject
    DataSource dataSource;

    public UUID id() {
        return id;
    }

    public void heartbeat() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("INSERT INTO gateway_instance (instance_id, started_at,"
                     + " heartbeat_at) VALUES (?, now(), now()) ON CONFLICT (instance_id) DO UPDATE SET"
                     + " heartbeat_at = now()")) {
            p.setObject(1, id);
            p.executeUpdate();
        } catch (SQLException e) {
            throw StoreFailures.unavailable(e) ? StoreFailures.unavailableException(e)
                    : new IllegalStateException("cannot record the instance's heartbeat", e);
        }
    }
}
