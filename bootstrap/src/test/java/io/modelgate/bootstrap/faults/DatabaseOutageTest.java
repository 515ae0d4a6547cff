package io.modelgate.bootstrap.faults;

import io.modelgate.bootstrap.testsupport.Accounts;
import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Approvals;
import io.modelgate.bootstrap.testsupport.Budgets;
import io.modelgate.bootstrap.testsupport.CuttableDatabaseResource;
import io.modelgate.bootstrap.testsupport.CuttableLink;
import io.modelgate.bootstrap.testsupport.ProviderStub;
import io.modelgate.bootstrap.testsupport.ProviderStubResource;
import io.modelgate.bootstrap.testsupport.TokenTestResource;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault scenario 2 in small, in the suite (the long version under load is benchmarks/scenarios/run.sh 2):
 * the database goes away while a department is calling (a burst of four callers is under way at the cut).
 * New calls are refused with 503 within 2 s, and no provider is asked while it is away; when it comes back
 * the gateway serves again by itself, and the ledger holds exactly the calls the provider answered.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughACuttableLink.class)
class DatabaseOutageTest {

    static final String CHAT = "{\"model\": \"auto\", \"max_tokens\": 64, \"messages\": "
            + "[{\"role\": \"user\", \"content\": \"Summarise this week's sales figures.\"}]}";

    public static class ThroughACuttableLink implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CuttableDatabaseResource.class),
                    new TestResourceEntry(TokenTestResource.class),
                    new TestResourceEntry(ProviderStubResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    DataSource dataSource;

    @AfterEach
    void databaseBack() {
        CuttableDatabaseResource.link().restore(); // even when an assertion failed while it was cut
    }

    @Test
    void calls_are_refused_with_503_while_the_database_is_away_and_served_again_when_it_is_back() throws Exception {
        CuttableLink link = CuttableDatabaseResource.link();
        assertThat(link.accepted()).as("the application reaches the database through the link").isPositive();
        String dept = "dbout-" + UUID.randomUUID().toString().substring(0, 8);
        Budgets.set(dataSource, dept, 1_000_000);
        Approvals.grant(dept, Approvals.request("mistral-7b-instruct", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        String token = Tokens.of("svc-" + dept, dept, "gateway-client");
        ProviderStub upstream = ProviderStub.shared();
        int upstreamBefore = upstream.okCalls.get();
        int answered = 0;
        for (int i = 0; i < 5; i++) {
            assertThat(chat(token).statusCode()).isEqualTo(200);
            answered++;
        }

        // A burst is under way when the database goes: its calls in flight then (reserved, answered, settlement
        // queued or mid-commit) must be answered 200 and settled after the return, or refused with 503.
        ExecutorService burst = Executors.newFixedThreadPool(4);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger burstAnswered = new AtomicInteger();
        List<Future<?>> callers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            callers.add(burst.submit(() -> {
                while (!stop.get()) {
                    int status = chat(token).statusCode();
                    assertThat(status).as("a call of the burst").isIn(200, 503);
                    if (status == 200) {
                        burstAnswered.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        // the cut comes once the burst is well under way: some of its calls answered, others in flight
        Accounts.await(burstAnswered::get, n -> n >= 20, 10_000);
        link.cut();
        long cutAt = System.nanoTime();
        stop.set(true);
        try {
            for (Future<?> caller : callers) {
                caller.get(10, TimeUnit.SECONDS);
            }
        } finally {
            burst.shutdownNow();
        }
        answered += burstAnswered.get();
        int upstreamAtCut = upstream.okCalls.get();
        // Within 2 s every new call is refused with 503; a call before that may still be answered from a
        // connection that had not noticed yet, or refused: never anything else.
        long firstRefusalMillis = -1;
        while (firstRefusalMillis < 0 && System.nanoTime() - cutAt < TimeUnit.SECONDS.toNanos(2)) {
            Response r = chat(token);
            assertThat(r.statusCode()).as("a call just after the cut").isIn(200, 503);
            if (r.statusCode() == 200) {
                answered++;
            } else {
                firstRefusalMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cutAt);
                // the gateway answers in both shapes: a problem, and OpenAI's "error" object
                assertThat(r.contentType()).startsWith("application/json");
                assertThat(r.jsonPath().getString("type")).isEqualTo("https://modelgate.dev/problems/database-unavailable");
                assertThat(r.jsonPath().getString("error.message")).isNotBlank();
                assertThat(r.header("Retry-After")).isNotNull();
            }
        }
        assertThat(firstRefusalMillis).as("ms from the cut to the first 503").isBetween(0L, 2_000L);
        int upstreamAtRefusal = upstream.okCalls.get();
        long refusedUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        int refused = 0;
        while (System.nanoTime() < refusedUntil) {
            Response r = chat(token);
            assertThat(r.statusCode()).as("a call while the database is away").isEqualTo(503);
            refused++;
        }
        assertThat(upstream.okCalls.get()).as("provider calls while the database was away")
                .isEqualTo(upstreamAtRefusal);
        System.out.printf("database outage: first 503 after %d ms, %d calls refused, %d upstream calls after the "
                + "cut%n", firstRefusalMillis, refused, upstreamAtRefusal - upstreamAtCut);

        link.restore();
        long restoredAt = System.nanoTime();
        int status = Accounts.await(() -> chat(token).statusCode(), answer -> answer == 200, 10_000);
        assertThat(status).as("served again within 10 s of the database's return").isEqualTo(200);
        answered++;
        System.out.printf("database back: served again after %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restoredAt));

        int upstreamCalls = upstream.okCalls.get() - upstreamBefore;
        assertThat(answered).as("answered calls = provider calls").isEqualTo(upstreamCalls);
        long[] ledger = ledger(dept, answered);
        assertThat(ledger[0]).as("ledger rows = provider calls").isEqualTo(upstreamCalls);
        assertThat(ledger[1]).as("ledger tokens").isEqualTo(
                (long) upstreamCalls * (ProviderStub.PROMPT_TOKENS + ProviderStub.COMPLETION_TOKENS));
        assertThat(ledger[2]).as("still reserved").isZero();
    }

    private static Response chat(String token) {
        return Api.as(token).header("X-Task-Category", "REPORT_GENERATION").header("X-Data-Classification", "INTERNAL")
                .body(CHAT).post("/gateway/v1/chat/completions");
    }

    /** Ledger rows and tokens of the department, and what its budget still holds reserved, once settled. */
    private long[] ledger(String dept, int expectedRows) {
        return Accounts.await(() -> {
            try {
                return readLedger(dept);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, last -> last[0] >= expectedRows && last[2] == 0, 10_000);
    }

    private long[] readLedger(String dept) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT (SELECT count(*) FROM usage_record WHERE department = ?),"
                     + " (SELECT coalesce(sum(input_tokens + output_tokens), 0) FROM usage_record WHERE department = ?),"
                     + " (SELECT reserved_micros FROM department_budget WHERE department = ? AND month = ?)")) {
            p.setString(1, dept);
            p.setString(2, dept);
            p.setString(3, dept);
            p.setString(4, YearMonth.now(ZoneId.of("Asia/Tokyo")).toString());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return new long[]{r.getLong(1), r.getLong(2), r.getLong(3)};
            }
        }
    }
}
