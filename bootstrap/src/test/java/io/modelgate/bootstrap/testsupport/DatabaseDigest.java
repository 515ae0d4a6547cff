package io.modelgate.bootstrap.testsupport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An MD5 of every row of every table, per table, to show that a series of requests changed nothing.
 * Left out: Flyway's history and the instances' heartbeats (they tick on their own), and the rows a
 * caller names, such as a department's refused gateway calls, which the ledger and the audit trail
 * record by design.
 */
public final class DatabaseDigest {

    private static final List<String> NEVER = List.of("flyway_schema_history", "gateway_instance");

    private DatabaseDigest() {
    }

    /** Table → digest; {@code excluded} maps a table to a SQL condition on its rows that leaves them out. */
    public static Map<String, String> of(DataSource dataSource, Map<String, String> excluded) throws SQLException {
        Map<String, String> digest = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                    + "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (r.next()) {
                    if (!NEVER.contains(r.getString(1))) {
                        tables.add(r.getString(1));
                    }
                }
            }
            for (String table : tables) {
                String where = excluded.containsKey(table) ? " WHERE NOT (" + excluded.get(table) + ")" : "";
                try (ResultSet r = s.executeQuery("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' "
                        + "ORDER BY t::text), '')) FROM " + table + " t" + where)) {
                    r.next();
                    digest.put(table, r.getString(1));
                }
            }
        }
        return digest;
    }

    /** The tables whose digests differ, for a readable assertion message. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, digest) -> {
            if (!digest.equals(before.get(table))) {
                changed.add(table + " (" + before.get(table) + " → " + digest + ")");
            }
        });
        return changed;
    }
}
