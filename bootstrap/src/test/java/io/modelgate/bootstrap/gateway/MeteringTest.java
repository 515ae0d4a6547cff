package io.modelgate.bootstrap.gateway;

import io.modelgate.bootstrap.testsupport.Accounts;
import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Approvals;
import io.modelgate.bootstrap.testsupport.Budgets;
import io.modelgate.bootstrap.testsupport.FaultCatalog;
import io.modelgate.bootstrap.testsupport.FaultyProvider;
import io.modelgate.bootstrap.testsupport.ProviderStub;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * No call escapes metering: every refusal and failure path of the gateway — bad headers and bodies, budget and
 * request-id refusals, provider errors and timeouts, fallbacks, streams that end, fail or are cut short by the
 * client — and afterwards nothing stays reserved or in flight, every call that reached a provider has its ledger
 * line and audit event, a rejected request reached nothing, and every stream ended with {@code [DONE]}.
 */
@QuarkusTest
class MeteringTest {

    static final String CHAT = "{\"model\": \"%s\", \"stream\": %s, \"max_tokens\": 64,"
            + " \"messages\": [{\"role\": \"user\", \"content\": \"hello\"}]}";

    @Inject
    DataSource dataSource;

    @Test
    void every_path_ends_in_one_settlement_or_release_with_its_line_and_event() throws Exception {
        FaultCatalog.onPremises("fault-outage");
        FaultCatalog.onPremises("fault-hang");
        String dept = "meter-" + UUID.randomUUID().toString().substring(0, 8);
        Budgets.set(dataSource, dept, 1_000_000);
        for (String model : List.of("mistral-7b-instruct", "fault-outage", "fault-hang", "tsuzumi-7b", "llama-3-8b-instruct")) {
            Approvals.grant(dept, Approvals.request(model, "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        }
        String token = Tokens.of("svc-" + dept, dept, "gateway-client");
        int upstreamBefore = upstreamHits();
        List<String> answered = new ArrayList<>();

        // 1. Refused before anything: bad headers and bodies reach no provider and leave no line.
        // a control character is refused by the HTTP server itself, a character outside printable ASCII by the gateway
        assertThat(raw(token, "bad\u0001id", CHAT.formatted("auto", false))).matches("(?s)HTTP/1.1 4(00|22) .*");
        assertThat(raw(token, "bad\u00e9id", CHAT.formatted("auto", false))).startsWith("HTTP/1.1 422")
                .contains("X-Request-Id");
        assertThat(raw(token, "x".repeat(101), CHAT.formatted("auto", false))).startsWith("HTTP/1.1 422");
        call(token, "ok-1").header("X-Data-Classification", "TOP_SECRET").body(CHAT.formatted("auto", false))
                .post("/gateway/v1/chat/completions").then().statusCode(422);
        call(token, "ok-2").body("{\"model\": \"auto\", \"messages\": []}").post("/gateway/v1/chat/completions")
                .then().statusCode(422);
        call(token, "ok-3").body("{\"model\": \"auto\", \"messages\": [{\"role\": \"robot\", \"content\": \"x\"}]}")
                .post("/gateway/v1/chat/completions").then().statusCode(422);
        assertThat(upstreamHits()).as("rejected requests reach no provider").isEqualTo(upstreamBefore);
        assertThat(Accounts.ledger(dataSource, dept)).as("and leave no line").isEmpty();

        // 2. Answered, whole and streamed; a provider that fails falls back.
        call(token, "answered-1").body(CHAT.formatted("mistral-7b-instruct", false)).post("/gateway/v1/chat/completions")
                .then().statusCode(200);
        answered.add("answered-1");
        call(token, "fallback-1").body(CHAT.formatted("llama-3-8b-instruct", false)).post("/gateway/v1/chat/completions")
                .then().statusCode(200).header("X-ModelGate-Model", "mistral-7b-instruct");
        answered.add("fallback-1");
        String stream = call(token, "stream-1").body(CHAT.formatted("mistral-7b-instruct", true))
                .post("/gateway/v1/chat/completions").then().statusCode(200).extract().asString();
        assertThat(stream.strip()).endsWith("data: [DONE]");
        answered.add("stream-1");

        // 3. A request id the department used is refused, whole or streamed, and charged once.
        call(token, "answered-1").body(CHAT.formatted("mistral-7b-instruct", false)).post("/gateway/v1/chat/completions")
                .then().statusCode(409).body("code", equalTo("GATEWAY.REQUEST_ID_IN_USE"));
        call(token, "stream-1").body(CHAT.formatted("mistral-7b-instruct", true)).post("/gateway/v1/chat/completions")
                .then().statusCode(409).body("error.code", equalTo("GATEWAY.REQUEST_ID_IN_USE"));

        // 4. Provider errors and timeouts with nobody to fall back to: unanswered, nothing charged.
        String onlyOutage = onlyApproved("fault-outage");
        call(onlyOutage, "outage-1").body(CHAT.formatted("auto", false)).post("/gateway/v1/chat/completions")
                .then().statusCode(503).body("code", equalTo("GATEWAY.PROVIDERS_UNAVAILABLE"));
        String onlyHang = onlyApproved("fault-hang");
        call(onlyHang, "hang-1").body(CHAT.formatted("auto", false)).post("/gateway/v1/chat/completions")
                .then().statusCode(503);
        call(onlyHang, "hang-2").body(CHAT.formatted("auto", true)).post("/gateway/v1/chat/completions")
                .then().statusCode(503);

        // 5. A client that hangs up mid-stream is charged what it got.
        hangUpMidStream(token, "abort-1");
        answered.add("abort-1");

        // Afterwards: nothing reserved, nothing in flight, and every call that reached a provider is on the books.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(Accounts.counters(dataSource, dept).reserved()).as("reserved").isZero();
            assertThat(count("SELECT count(*) FROM call_reservation WHERE department = ?", dept)).as("in flight").isZero();
            for (String id : answered) {
                assertThat(count("SELECT count(*) FROM usage_record WHERE department = ? AND request_id = ?", dept, id))
                        .as("line of %s", id).isEqualTo(1);
                assertThat(count("SELECT count(*) FROM audit_event WHERE entity_id = ? AND action = 'GATEWAY.CALL'", id))
                        .as("event of %s", id).isEqualTo(1);
            }
            assertThat(Accounts.ledgerRow(dataSource, dept, "abort-1").orElseThrow().outcome()).isEqualTo("CLIENT_ABORTED");
            assertThat(count("SELECT count(*) FROM audit_event WHERE entity_id = ? AND action = 'GATEWAY.REFUSED'",
                    "answered-1")).as("the duplicate's refusal is audited").isEqualTo(1);
        });
        long spent = Accounts.counters(dataSource, dept).spent();
        long ledgerSum = Accounts.ledger(dataSource, dept).stream().mapToLong(Accounts.LedgerRow::costMicros).sum();
        assertThat(spent).as("spent = the ledger's sum").isEqualTo(ledgerSum).isPositive();
        System.out.printf("metering: %d lines for department %s, spent %d micro-yen = the ledger's sum%n",
                Accounts.ledger(dataSource, dept).size(), dept, spent);
    }

    @Test
    void two_departments_that_send_the_same_request_id_each_keep_their_line() {
        String shared = "same-" + UUID.randomUUID();
        List<String> departments = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String dept = "idem-" + UUID.randomUUID().toString().substring(0, 8);
            Budgets.set(dataSource, dept, 1_000_000);
            Approvals.grant(dept, Approvals.request("mistral-7b-instruct", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
            departments.add(dept);
            call(Tokens.of("svc-" + dept, dept, "gateway-client"), shared)
                    .body(CHAT.formatted("auto", false)).post("/gateway/v1/chat/completions").then().statusCode(200);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String dept : departments) {
                assertThat(Accounts.ledgerRow(dataSource, dept, shared)).as("line of %s", dept).isPresent();
                assertThat(count("SELECT count(*) FROM audit_event WHERE entity_id = ? AND department = ?", shared, dept))
                        .isEqualTo(1);
                assertThat(Accounts.counters(dataSource, dept).spent()).isPositive();
            }
        });
        for (String dept : departments) {
            Api.as(Tokens.requester(dept)).get("/api/v1/departments/" + dept + "/spend").then().statusCode(200)
                    .body("byModel[0].calls", equalTo(1));
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** A department of its own whose only approval is the given model (nobody to fall back to). */
    String onlyApproved(String model) {
        String dept = "meter-" + UUID.randomUUID().toString().substring(0, 8);
        Budgets.set(dataSource, dept, 1_000_000);
        Approvals.grant(dept, Approvals.request(model, "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        return Tokens.of("svc-" + dept, dept, "gateway-client");
    }

    static io.restassured.specification.RequestSpecification call(String token, String requestId) {
        return Api.as(token).header("X-Task-Category", "REPORT_GENERATION").header("X-Request-Id", requestId);
    }

    int upstreamHits() {
        FaultyProvider faults = FaultyProvider.shared();
        return ProviderStub.shared().okCalls.get() + ProviderStub.shared().failedCalls.get()
                + faults.hitCount("outage") + faults.hitCount("hang");
    }

    /** A request over a raw socket, so that a header can carry what an HTTP client library would refuse to send. */
    static String raw(String token, String requestId, String body) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String head = "POST /gateway/v1/chat/completions HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                    + "X-Request-Id: " + requestId + "\r\nX-Task-Category: REPORT_GENERATION\r\n"
                    + "Content-Length: " + bytes.length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void hangUpMidStream(String token, String requestId) throws Exception {
        String body = "{\"model\": \"tsuzumi-7b\", \"stream\": true, \"max_tokens\": 500,"
                + " \"messages\": [{\"role\": \"user\", \"content\": \"tell me a story\"}]}";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            String head = "POST /gateway/v1/chat/completions HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                    + "X-Request-Id: " + requestId + "\r\nX-Task-Category: REPORT_GENERATION\r\n"
                    + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n";
            socket.getOutputStream().write((head + body).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            assertThat(new String(in.readNBytes(600), StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200");
        }
    }

    long count(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
