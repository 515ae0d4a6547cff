package io.modelgate.bootstrap.gateway;

import io.modelgate.bootstrap.testsupport.Accounts;
import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Approvals;
import io.modelgate.bootstrap.testsupport.Budgets;
import io.modelgate.bootstrap.testsupport.ProviderStub;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class GatewayApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String CHAT = "{\"model\": \"%s\", \"messages\": [{\"role\": \"system\", \"content\": \"Be brief.\"},"
            + " {\"role\": \"user\", \"content\": \"%s\"}], \"max_tokens\": 64}";

    @Inject
    DataSource dataSource;

    String department() {
        String department = "gw-" + UUID.randomUUID().toString().substring(0, 8);
        Budgets.set(dataSource, department, 1_000_000);
        return department;
    }

    static String client(String department) {
        return Tokens.of("svc-" + department, department, "gateway-client");
    }

    static Response chat(String token, String model, String text, String classification) {
        var request = Api.as(token).header("X-Task-Category", "REPORT_GENERATION");
        if (classification != null) {
            request = request.header("X-Data-Classification", classification);
        }
        return request.body(CHAT.formatted(model, text)).post("/gateway/v1/chat/completions");
    }

    /**
     * The month's counters once every call of the department was settled. Settlement is committed by a
     * background writer shortly after the answer, so this waits (up to 10 s) until nothing is reserved;
     * the assertions on the counters stay exact.
     */
    long[] counters(String department) {
        return Accounts.await(() -> readCounters(department), c -> c[1] == 0, 10_000);
    }

    long[] readCounters(String department) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT spent_micros, reserved_micros, hard_limit_micros FROM "
                     + "department_budget WHERE department = ? AND month = ?")) {
            p.setString(1, department);
            p.setString(2, YearMonth.now(ZoneId.of("Asia/Tokyo")).toString());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return new long[]{r.getLong(1), r.getLong(2), r.getLong(3)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void an_approved_call_is_answered_in_openai_format_and_charged() {
        String dept = department();
        Approvals.grant(dept, Approvals.request("mistral-7b-instruct", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        chat(client(dept), "auto", "Summarise this week's sales figures.", null).then().statusCode(200)
                .header("X-ModelGate-Model", "mistral-7b-instruct")
                .header("X-ModelGate-Deployment", "ON_PREMISES")
                .body("object", equalTo("chat.completion"))
                .body("choices[0].message.role", equalTo("assistant"))
                .body("choices[0].message.content", equalTo("Hello from the stub"))
                .body("choices[0].finish_reason", equalTo("stop"))
                .body("usage.prompt_tokens", is(ProviderStub.PROMPT_TOKENS))
                .body("usage.completion_tokens", is(ProviderStub.COMPLETION_TOKENS));
        long[] c = counters(dept);
        // 28 tokens × ¥300,000 / 4,500,000,000 tokens per GPU-month = ¥0.001866… → 1,867 micro-yen
        assertThat(c[0]).isEqualTo(1_867);
        assertThat(c[1]).isZero();
        Api.as(client(dept)).get("/gateway/v1/models").then().statusCode(200)
                .body("data.id", hasItem("mistral-7b-instruct"));
    }

    @Test
    void each_refusal_says_which_rule_refused() {
        String dept = department();
        // OpenAI's SDKs read errors only as application/json with an "error" object: the gateway gives both shapes
        chat(client(dept), "auto", "hello", null).then().statusCode(403).contentType("application/json")
                .body("code", equalTo("GATEWAY.NO_APPROVAL"))
                .body("type", equalTo("https://modelgate.dev/problems/gateway-refused"))
                .body("error.type", equalTo("permission_error"))
                .body("error.code", equalTo("GATEWAY.NO_APPROVAL"));
        Approvals.grant(dept, Approvals.request("mistral-7b-instruct", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        chat(client(dept), "gemma-2-9b", "hello", null).then().statusCode(403)
                .body("code", equalTo("GATEWAY.MODEL_NOT_APPROVED"));
        chat(client(dept), "auto", "hello", "CONFIDENTIAL").then().statusCode(403)
                .body("code", equalTo("GATEWAY.CLASSIFICATION_NOT_COVERED"));
        // the content check raises the level even when the caller declares less
        chat(client(dept), "auto", "顧客の個人番号は 1234 5678 9018 です", "INTERNAL").then().statusCode(403)
                .body("code", equalTo("GATEWAY.CLASSIFICATION_NOT_COVERED"))
                .body("detail", containsString("RESTRICTED"));
        Api.as(client(dept)).header("X-Task-Category", "CODE_ASSIST").body(CHAT.formatted("auto", "hi"))
                .post("/gateway/v1/chat/completions").then().statusCode(403)
                .body("code", equalTo("GATEWAY.TASK_NOT_COVERED"));
        Api.as(Tokens.auditor()).body(CHAT.formatted("auto", "hi")).post("/gateway/v1/chat/completions").then()
                .statusCode(403);
        Api.anonymous().body(CHAT.formatted("auto", "hi")).post("/gateway/v1/chat/completions").then().statusCode(401);
        chat(client(dept), "auto", "hello", "TOP_SECRET").then().statusCode(422)
                .body("errors[0].field", equalTo("X-Data-Classification"));
        Api.as(client(dept)).body("{\"model\": \"auto\"}").post("/gateway/v1/chat/completions").then()
                .statusCode(422).body("errors[0].field", equalTo("messages"));
    }

    @Test
    void a_revoked_approval_stops_the_gateway_at_once() {
        String dept = department();
        String approval = Approvals.grant(dept, Approvals.request("gemma-2-9b", "ON_PREMISES", "INTERNAL",
                "REPORT_GENERATION"));
        chat(client(dept), "auto", "hello", null).then().statusCode(200);
        Api.as(Tokens.admin()).body("{\"reason\": \"test\"}").post("/api/v1/approvals/" + approval + "/revoke")
                .then().statusCode(200);
        chat(client(dept), "auto", "hello", null).then().statusCode(403)
                .body("code", equalTo("GATEWAY.APPROVAL_REVOKED"));
    }

    @Test
    void confidential_data_goes_on_premises_first() {
        String dept = department();
        Approvals.grant(dept, Approvals.request("llama-3-70b-instruct", "PRIVATE_CLOUD", "CONFIDENTIAL",
                "REPORT_GENERATION"));
        Approvals.grant(dept, Approvals.request("llama-3-70b-instruct", "ON_PREMISES", "CONFIDENTIAL",
                "REPORT_GENERATION"));
        chat(client(dept), "auto", "社外秘: 来期の価格改定案を要約して", null).then().statusCode(200)
                .header("X-ModelGate-Deployment", "ON_PREMISES")
                .header("X-ModelGate-Classification", "CONFIDENTIAL");
    }

    @Test
    void a_failing_provider_falls_back_to_the_next_approved_candidate_and_is_not_charged() {
        String dept = department();
        // llama-3-8b on-premises (the stub answers 503) and mistral on-premises (answers), both approved
        Approvals.grant(dept, Approvals.request("llama-3-8b-instruct", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        Approvals.grant(dept, Approvals.request("mistral-7b-instruct", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        int failedBefore = ProviderStub.shared().failedCalls.get();
        chat(client(dept), "llama-3-8b-instruct", "hello", null).then().statusCode(200)
                .header("X-ModelGate-Model", "mistral-7b-instruct");
        assertThat(ProviderStub.shared().failedCalls.get()).isEqualTo(failedBefore + 1);
        long[] c = counters(dept);
        assertThat(c[0]).isEqualTo(1_867); // only the answered attempt is charged
        assertThat(c[1]).isZero();
    }

    @Test
    void a_call_the_budget_cannot_pay_for_is_refused_before_any_provider_is_called() {
        String dept = "poor-" + UUID.randomUUID().toString().substring(0, 8);
        Budgets.set(dataSource, dept, 0);
        Approvals.grant(dept, Approvals.request("mistral-7b-instruct", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        int before = ProviderStub.shared().okCalls.get();
        chat(client(dept), "auto", "hello", null).then().statusCode(402)
                .body("code", equalTo("GATEWAY.BUDGET_EXCEEDED"));
        assertThat(ProviderStub.shared().okCalls.get()).isEqualTo(before);
    }

    @Test
    void streams_server_sent_events_and_accounts_usage_at_the_end() {
        String dept = department();
        Approvals.grant(dept, Approvals.request("mistral-7b-instruct", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        String sse = Api.as(client(dept)).header("X-Task-Category", "REPORT_GENERATION")
                .body("{\"model\": \"auto\", \"stream\": true, \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}")
                .post("/gateway/v1/chat/completions").then().statusCode(200)
                .contentType(containsString("text/event-stream")).extract().asString();
        assertThat(sse).contains("\"delta\":{\"role\":\"assistant\",\"content\":\"Hello\"}")
                .contains("\"finish_reason\":\"stop\"").contains("\"completion_tokens\":7").endsWith("data: [DONE]\n\n");
        long[] c = counters(dept);
        assertThat(c[0]).isEqualTo(1_867);
        assertThat(c[1]).isZero();
    }

    @Test
    void hundreds_of_parallel_calls_never_overspend_the_budget() throws Exception {
        String dept = "race-" + UUID.randomUUID().toString().substring(0, 8);
        Approvals.grant(dept, Approvals.request("mistral-7b-instruct", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        // One call costs 1,867 micro-yen (28 tokens); the hard limit pays for exactly 50 of them. Each call
        // first reserves its maximum (estimated prompt + 64 max_tokens), so fewer may fit while others run.
        Budgets.setMicros(dataSource, dept, 50 * 1_867);
        int upstreamBefore = ProviderStub.shared().okCalls.get();
        int calls = 300;
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Callable<Integer>> tasks = new ArrayList<>();
        String token = client(dept);
        for (int i = 0; i < calls; i++) {
            tasks.add(() -> chat(token, "auto", "hello", null).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long ok = statuses.stream().filter(s -> s == 200).count();
        long refused = statuses.stream().filter(s -> s == 402).count();
        long[] c = counters(dept);
        System.out.printf("budget race: %d calls, %d answered, %d refused (402), spent %d of %d micro-yen, reserved %d%n",
                calls, ok, refused, c[0], c[2], c[1]);
        assertThat(ok + refused).isEqualTo(calls);
        assertThat(ok).isPositive().isLessThanOrEqualTo(50);
        assertThat(c[0] + c[1]).isLessThanOrEqualTo(c[2]);
        assertThat(c[1]).as("no reservation left open").isZero();
        assertThat(c[0]).as("spent is exactly the answered calls").isEqualTo(ok * 1_867);
        assertThat(ProviderStub.shared().okCalls.get() - upstreamBefore).as("refused calls never reached the provider")
                .isEqualTo((int) ok);
    }

    @Test
    void openapi_describes_the_gateway() {
        RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/gateway/v1/chat/completions"));
    }

    @Test
    void a_client_that_hangs_up_mid_stream_is_charged_for_what_it_got_and_the_rest_is_released() throws Exception {
        String dept = department();
        Approvals.grant(dept, Approvals.request("tsuzumi-7b", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        int abortedBefore = ProviderStub.shared().abortedStreams.get();
        String body = "{\"model\": \"auto\", \"stream\": true, \"max_tokens\": 500, "
                + "\"messages\": [{\"role\": \"user\", \"content\": \"tell me a story\"}]}";
        // A raw socket, so that hanging up really closes the connection.
        try (java.net.Socket socket = new java.net.Socket("localhost", RestAssured.port)) {
            String head = "POST /gateway/v1/chat/completions HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + client(dept) + "\r\nContent-Type: application/json\r\n"
                    + "X-Request-Id: abort-" + dept + "\r\nX-Task-Category: REPORT_GENERATION\r\n"
                    + "Content-Length: " + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\r\n\r\n";
            socket.getOutputStream().write((head + body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            byte[] first = socket.getInputStream().readNBytes(600); // headers and a few chunks, then hang up
            assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200")
                    .contains("word");
        }
        long started = System.nanoTime();
        String outcome = Accounts.await(() -> Api.as(Tokens.auditor()).queryParam("department", dept)
                        .get("/api/v1/usage").then().extract()
                        .<String>path("items.find { it.requestId == 'abort-" + dept + "' }.outcome"),
                found -> found != null, 10_000);
        System.out.printf("client abort: usage row %s after %d ms%n", outcome,
                (System.nanoTime() - started) / 1_000_000);
        assertThat(outcome).isEqualTo("CLIENT_ABORTED");
        long[] c = counters(dept);
        assertThat(c[1]).as("reservation released").isZero();
        assertThat(c[0]).as("charged for what was delivered").isPositive();
        // the stub notices the closed connection on its next write (one every 200 ms)
        Accounts.await(() -> ProviderStub.shared().abortedStreams.get(), aborted -> aborted > abortedBefore, 5_000);
        assertThat(ProviderStub.shared().abortedStreams.get()).as("the upstream call was cancelled")
                .isGreaterThan(abortedBefore);
    }

    @Test
    void a_failing_provider_is_switched_off_within_five_failures_and_calls_keep_being_answered() {
        String dept = department();
        Approvals.grant(dept, Approvals.request("llama-3-8b-instruct", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        Approvals.grant(dept, Approvals.request("mistral-7b-instruct", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        int failedBefore = ProviderStub.shared().failedCalls.get();
        for (int i = 0; i < 10; i++) {
            chat(client(dept), "llama-3-8b-instruct", "hello", null).then().statusCode(200)
                    .header("X-ModelGate-Model", "mistral-7b-instruct");
        }
        int upstreamFailures = ProviderStub.shared().failedCalls.get() - failedBefore;
        System.out.printf("circuit breaker: 10 calls, the failing upstream was tried %d times%n", upstreamFailures);
        // the breaker counts consecutive failures of the endpoint (other tests may have begun the count)
        assertThat(upstreamFailures).isBetween(0, 5);
        long[] c = counters(dept);
        assertThat(c[0]).as("each call charged once, for the answered attempt").isEqualTo(10 * 1_867);
    }

    @Test
    void crossing_the_soft_threshold_records_one_alert_for_the_month() {
        String dept = "alert-" + UUID.randomUUID().toString().substring(0, 8);
        String month = YearMonth.now(ZoneId.of("Asia/Tokyo")).toString();
        // ¥1 with a 1 % soft threshold (¥0.01); one call to Llama 3 70B on-premises costs ¥0.021
        Api.as(Tokens.admin()).body("{\"amount\": {\"amount\": \"1\", \"currency\": \"JPY\"}, \"softAlertPercent\": 1, "
                        + "\"hardLimit\": {\"amount\": \"100\", \"currency\": \"JPY\"}}")
                .put("/api/v1/departments/" + dept + "/budgets/" + month).then().statusCode(201);
        Approvals.grant(dept, Approvals.request("llama-3-70b-instruct", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        chat(client(dept), "auto", "hello", null).then().statusCode(200);
        chat(client(dept), "auto", "hello again", null).then().statusCode(200);
        assertThat(counters(dept)[1]).as("both calls settled").isZero();
        Api.as(Tokens.auditor()).queryParam("action", "BUDGET.SOFT_ALERT").queryParam("entityId", dept + "/" + month)
                .get("/api/v1/audit-events").then().statusCode(200).body("totalItems", is(1));
    }
}
