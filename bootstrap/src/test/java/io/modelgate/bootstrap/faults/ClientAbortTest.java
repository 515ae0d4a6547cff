package io.modelgate.bootstrap.faults;

import io.modelgate.bootstrap.testsupport.Accounts;
import io.modelgate.bootstrap.testsupport.Approvals;
import io.modelgate.bootstrap.testsupport.Budgets;
import io.modelgate.bootstrap.testsupport.ProviderStub;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault scenario 4: a client hangs up in the middle of a stream. Every time, within 10 s, the call has a
 * usage row (CLIENT_ABORTED, charged for what was delivered) and its reservation is released.
 */
@QuarkusTest
class ClientAbortTest {

    static final int ABORTS = 20;
    static final long LIMIT_MILLIS = 10_000;

    @Inject
    DataSource dataSource;

    @Test
    void every_stream_a_client_abandons_is_settled_within_ten_seconds() throws Exception {
        String dept = "abort-" + UUID.randomUUID().toString().substring(0, 8);
        Budgets.set(dataSource, dept, 1_000_000);
        // tsuzumi on premises is served by the stub's slow stream: one word every 200 ms for 20 s
        Approvals.grant(dept, Approvals.request("tsuzumi-7b", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        String token = Tokens.of("svc-" + dept, dept, "gateway-client");
        int upstreamAbortsBefore = ProviderStub.shared().abortedStreams.get();
        List<Long> toRow = new ArrayList<>();
        List<Long> toReleased = new ArrayList<>();
        for (int i = 0; i < ABORTS; i++) {
            String requestId = "abort-" + dept + "-" + i;
            hangUpMidStream(token, requestId);
            long hungUp = System.nanoTime();
            var row = Accounts.await(() -> Accounts.ledgerRow(dataSource, dept, requestId),
                    r -> r.filter(x -> x.outcome().equals("CLIENT_ABORTED")).isPresent(), LIMIT_MILLIS);
            long rowMillis = (System.nanoTime() - hungUp) / 1_000_000;
            Accounts.Counters counters = Accounts.await(() -> Accounts.counters(dataSource, dept),
                    c -> c.reserved() == 0, LIMIT_MILLIS);
            long releasedMillis = (System.nanoTime() - hungUp) / 1_000_000;
            assertThat(row).as("usage row of abort %d", i).isPresent();
            assertThat(row.get().outcome()).isEqualTo("CLIENT_ABORTED");
            assertThat(row.get().outputTokens()).as("charged for the words delivered").isPositive();
            assertThat(rowMillis).as("row within 10 s").isLessThanOrEqualTo(LIMIT_MILLIS);
            assertThat(counters.reserved()).as("reservation released after abort %d", i).isZero();
            assertThat(releasedMillis).isLessThanOrEqualTo(LIMIT_MILLIS);
            toRow.add(rowMillis);
            toReleased.add(releasedMillis);
        }
        List<Accounts.LedgerRow> rows = Accounts.ledger(dataSource, dept);
        long charged = rows.stream().mapToLong(Accounts.LedgerRow::costMicros).sum();
        Accounts.Counters end = Accounts.counters(dataSource, dept);
        int upstreamAborts = Accounts.await(() -> ProviderStub.shared().abortedStreams.get() - upstreamAbortsBefore,
                n -> n >= ABORTS, 5_000);
        System.out.printf("scenario 4 (client abort): %d aborts; usage row after min/median/max %s ms; reserved = 0 after "
                        + "min/median/max %s ms; %d rows CLIENT_ABORTED; spent %d = ledger %d micro-yen; upstream streams "
                        + "cancelled %d%n", ABORTS, stats(toRow), stats(toReleased),
                rows.stream().filter(r -> r.outcome().equals("CLIENT_ABORTED")).count(), end.spent(), charged,
                upstreamAborts);
        assertThat(rows).hasSize(ABORTS).allMatch(r -> r.outcome().equals("CLIENT_ABORTED"));
        assertThat(end.spent()).as("budget spent equals the ledger, nothing counted twice").isEqualTo(charged);
        assertThat(upstreamAborts).as("every upstream stream was cancelled").isGreaterThanOrEqualTo(ABORTS);
    }

    /** A raw socket, so that hanging up really closes the connection after the first words arrived. */
    private static void hangUpMidStream(String token, String requestId) throws Exception {
        String body = "{\"model\": \"auto\", \"stream\": true, \"max_tokens\": 500, "
                + "\"messages\": [{\"role\": \"user\", \"content\": \"tell me a long story\"}]}";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            String head = "POST /gateway/v1/chat/completions HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                    + "X-Request-Id: " + requestId + "\r\nX-Task-Category: REPORT_GENERATION\r\n"
                    + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n";
            socket.getOutputStream().write((head + body).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            StringBuilder seen = new StringBuilder();
            byte[] buffer = new byte[512];
            // read until two words have arrived, then hang up
            while (seen.indexOf("word", seen.indexOf("word") + 1) < 0) {
                int n = socket.getInputStream().read(buffer);
                if (n < 0) {
                    break;
                }
                seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            assertThat(seen.toString()).startsWith("HTTP/1.1 200").contains("word");
        }
    }

    static String stats(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get(0) + "/" + sorted.get(sorted.size() / 2) + "/" + sorted.get(sorted.size() - 1);
    }
}
