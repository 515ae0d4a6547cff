package io.modelgate.bootstrap.audit;

import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.CatalogBodies;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class AuditTrailApiTest {

    @Inject
    DataSource dataSource;

    String registerModel() {
        String id = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        Api.as(Tokens.admin()).body(CatalogBodies.model(id)).post("/api/v1/models").then().statusCode(201);
        return id;
    }

    @Test
    void every_catalog_change_is_recorded_with_actor_action_and_entity() {
        String id = registerModel();
        Api.as(Tokens.admin()).body("{\"target\": \"DEPRECATED\", \"reason\": \"superseded\"}")
                .post("/api/v1/models/" + id + "/lifecycle").then().statusCode(200);
        Api.as(Tokens.auditor()).queryParam("entityType", "model").queryParam("entityId", id)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("totalItems", is(2))
                .body("items[0].action", equalTo("MODEL.LIFECYCLE_CHANGED"))
                .body("items[0].summary", equalTo("ACTIVE → DEPRECATED: superseded"))
                .body("items[1].action", equalTo("MODEL.REGISTERED"))
                .body("items.actor", hasItem("ada-admin"));
    }

    @Test
    void a_refused_change_records_nothing() {
        long before = count();
        Api.as(Tokens.admin()).body(CatalogBodies.model("gpt-4o")).post("/api/v1/models").then().statusCode(409);
        Api.as(Tokens.requester("sales")).body(CatalogBodies.model("x-y-z")).post("/api/v1/models").then().statusCode(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void only_auditors_and_admins_read_the_trail() {
        Api.as(Tokens.requester("sales")).get("/api/v1/audit-events").then().statusCode(403);
        Api.as(Tokens.legal()).get("/api/v1/audit-events/verification").then().statusCode(403);
        Api.anonymous().get("/api/v1/audit-events").then().statusCode(401);
        Api.as(Tokens.auditor()).queryParam("from", "yesterday").get("/api/v1/audit-events").then()
                .statusCode(422).body("errors[0].field", equalTo("from"));
    }

    @Test
    void the_table_refuses_updates_and_deletes() throws SQLException {
        registerModel();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_event SET summary = 'x' WHERE sequence = 1"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_event WHERE sequence = 1"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void verification_detects_edited_deleted_and_reordered_rows() throws SQLException {
        registerModel();
        registerModel();
        registerModel();
        Api.as(Tokens.auditor()).get("/api/v1/audit-events/verification").then().statusCode(200)
                .body("intact", is(true)).body("eventsChecked", greaterThanOrEqualTo(3));
        long k = count() - 1; // a row in the middle: the newest event follows it

        tamper("UPDATE audit_event SET summary = summary || ' (edited)' WHERE sequence = " + k);
        verifyBrokenAt(k);
        tamper("UPDATE audit_event SET summary = left(summary, length(summary) - 9) WHERE sequence = " + k);
        verifyIntact();

        String[] row = readRow(k);
        tamper("DELETE FROM audit_event WHERE sequence = " + k);
        verifyBrokenAt(k);
        reinsert(row);
        verifyIntact();

        swap(k - 1, k);
        verifyBrokenAt(k - 1);
        swap(k - 1, k);
        verifyIntact();
    }

    private void verifyBrokenAt(long sequence) {
        Api.as(Tokens.auditor()).get("/api/v1/audit-events/verification").then().statusCode(200)
                .body("intact", is(false))
                .body("firstBrokenSequence", is((int) sequence));
    }

    private void verifyIntact() {
        Api.as(Tokens.auditor()).get("/api/v1/audit-events/verification").then().statusCode(200)
                .body("intact", is(true));
    }

    private long count() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM audit_event")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement the way an intruder with owner rights would: with the append-only trigger off. */
    private void tamper(String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete");
            try {
                for (String sql : statements) {
                    s.executeUpdate(sql);
                }
            } finally {
                s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete");
            }
        }
    }

    private void swap(long a, long b) throws SQLException {
        long parked = 9_000_000_000_000L;
        tamper("UPDATE audit_event SET sequence = " + parked + " WHERE sequence = " + a,
                "UPDATE audit_event SET sequence = " + a + " WHERE sequence = " + b,
                "UPDATE audit_event SET sequence = " + b + " WHERE sequence = " + parked);
    }

    private static final String COLUMNS = "sequence, occurred_at, actor, action, entity_type, entity_id, outcome, "
            + "summary, department, previous_hash, hash";

    private String[] readRow(long sequence) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS.replace("occurred_at", "occurred_at::text")
                     + " FROM audit_event WHERE sequence = ?")) {
            p.setLong(1, sequence);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                String[] row = new String[11];
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.getString(i + 1);
                }
                return row;
            }
        }
    }

    private void reinsert(String[] row) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("INSERT INTO audit_event (" + COLUMNS
                     + ") VALUES (?::bigint, ?::timestamptz, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < row.length; i++) {
                p.setString(i + 1, row[i]);
            }
            p.executeUpdate();
        }
    }
}
