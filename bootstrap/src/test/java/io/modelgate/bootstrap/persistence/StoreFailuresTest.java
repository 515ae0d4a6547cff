package io.modelgate.bootstrap.persistence;

import io.modelgate.adapters.persistence.shared.StoreFailures;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "the database cannot be reached" (503, retry) rather than "this statement is wrong". */
class StoreFailuresTest {

    @Test
    void connection_states_and_socket_errors_are_an_unreachable_database() {
        assertThat(StoreFailures.unavailable(new SQLException("This connection has been closed.", "08003"))).isTrue();
        assertThat(StoreFailures.unavailable(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(StoreFailures.unavailable(new RuntimeException(new ConnectException("refused")))).isTrue();
    }

    @Test
    void the_drivers_assertion_on_a_closed_connection_is_an_unreachable_database() {
        // pgjdbc, with assertions on, fails a batch whose connection closed under it this way (no cause attached)
        AssertionError driver = new AssertionError("pgStatement.getConnection().getAutoCommit() should not throw");
        driver.setStackTrace(new StackTraceElement[]{new StackTraceElement("org.postgresql.jdbc.BatchResultHandler",
                "isAutoCommit", "BatchResultHandler.java", 115)});
        assertThat(StoreFailures.unavailable(driver)).isTrue();
    }

    @Test
    void a_statement_refused_on_its_merits_or_our_own_assertion_is_not() {
        assertThat(StoreFailures.unavailable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(StoreFailures.unavailable(new SQLException("deadlock detected", "40P01"))).isFalse();
        assertThat(StoreFailures.unavailable(new AssertionError("ours"))).isFalse();
    }
}
