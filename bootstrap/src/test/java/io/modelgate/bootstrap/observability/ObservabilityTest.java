package io.modelgate.bootstrap.observability;

import io.modelgate.bootstrap.testsupport.Accounts;
import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Approvals;
import io.modelgate.bootstrap.testsupport.Budgets;
import io.modelgate.bootstrap.testsupport.FaultStubResource;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.modelgate.bootstrap.testsupport.TraceCollector;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Metrics, health groups and tracing as docs/operations.md describes them. */
@QuarkusTest
class ObservabilityTest {

    static final String CHAT = "{\"model\": \"auto\", \"stream\": %s, \"messages\": [{\"role\": \"user\", \"content\": "
            + "\"%s\"}], \"max_tokens\": 32}";

    @Inject
    DataSource dataSource;

    @Test
    void gateway_calls_refusals_tokens_cost_and_latencies_are_counted() {
        String dept = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
        Budgets.set(dataSource, dept, 1_000_000);
        String token = Tokens.of("svc-" + dept, dept, "gateway-client");
        String model = "{model=\"mistral-7b-instruct\"";
        double callsBefore = value(metrics(), "modelgate_gateway_calls_total", "model=\"mistral-7b-instruct\"",
                "outcome=\"success\"", "stream=\"false\"");
        double streamsBefore = value(metrics(), "modelgate_gateway_calls_total", "model=\"mistral-7b-instruct\"",
                "outcome=\"success\"", "stream=\"true\"");
        double refusalsBefore = value(metrics(), "modelgate_gateway_refusals_total", "reason=\"NO_APPROVAL\"");
        double inputBefore = value(metrics(), "modelgate_gateway_tokens_total", "direction=\"input\"",
                "model=\"mistral-7b-instruct\"");
        double upstreamBefore = value(metrics(), "modelgate_upstream_latency_seconds_count",
                "endpoint=\"mistral-7b-instruct/ON_PREMISES\"", "outcome=\"success\"");

        chat(token, false).then().statusCode(403); // no approval yet
        Approvals.grant(dept, Approvals.request("mistral-7b-instruct", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        double costBefore = value(metrics(), "modelgate_gateway_cost_micros_total", "currency=\"JPY\"",
                "model=\"mistral-7b-instruct\"");
        double firstTokensBefore = value(metrics(), "modelgate_gateway_stream_first_token_seconds_count",
                "model=\"mistral-7b-instruct\"");
        double streamEndsBefore = value(metrics(), "modelgate_gateway_stream_duration_seconds_count",
                "model=\"mistral-7b-instruct\"", "outcome=\"success\"");
        chat(token, false).then().statusCode(200);
        double oneCall = value(metrics(), "modelgate_gateway_cost_micros_total", "currency=\"JPY\"",
                "model=\"mistral-7b-instruct\"") - costBefore;
        chat(token, true).then().statusCode(200);

        String metrics = metrics();
        assertThat(value(metrics, "modelgate_gateway_calls_total", "model=\"mistral-7b-instruct\"", "outcome=\"success\"",
                "stream=\"false\"") - callsBefore).isEqualTo(1);
        double streams = Accounts.await(() -> value(metrics(), "modelgate_gateway_calls_total",
                "model=\"mistral-7b-instruct\"", "outcome=\"success\"", "stream=\"true\""), v -> v > streamsBefore, 5_000);
        assertThat(streams - streamsBefore).isEqualTo(1);
        // the stream is charged like the call (same usage: 21 + 7 tokens), and timed
        assertThat(oneCall).as("cost of one answered call").isPositive();
        assertThat(value(metrics(), "modelgate_gateway_cost_micros_total", "currency=\"JPY\"",
                "model=\"mistral-7b-instruct\"") - costBefore).as("cost of the call and the stream").isEqualTo(2 * oneCall);
        assertThat(value(metrics(), "modelgate_gateway_stream_first_token_seconds_count",
                "model=\"mistral-7b-instruct\"") - firstTokensBefore).isEqualTo(1);
        assertThat(value(metrics(), "modelgate_gateway_stream_duration_seconds_count",
                "model=\"mistral-7b-instruct\"", "outcome=\"success\"") - streamEndsBefore).isEqualTo(1);
        assertThat(value(metrics, "modelgate_gateway_refusals_total", "reason=\"NO_APPROVAL\"") - refusalsBefore)
                .isEqualTo(1);
        assertThat(value(metrics(), "modelgate_gateway_tokens_total", "direction=\"input\"",
                "model=\"mistral-7b-instruct\"") - inputBefore).as("input tokens of both answered calls").isEqualTo(42);
        assertThat(value(metrics, "modelgate_upstream_latency_seconds_count", "endpoint=\"mistral-7b-instruct/ON_PREMISES\"",
                "outcome=\"success\"") - upstreamBefore).isEqualTo(1);
        assertThat(value(metrics, "modelgate_gateway_added_latency_seconds_count", "model=\"mistral-7b-instruct\""))
                .isPositive();
        assertThat(value(metrics, "modelgate_gateway_cost_micros_total", "currency=\"JPY\"",
                "model=\"mistral-7b-instruct\"")).isPositive();
        // bounded tags only: no department, subject or request id
        assertThat(metrics).doesNotContain(dept).doesNotContain("svc-" + dept);
        System.out.printf("observability: mistral-7b-instruct so far in this JVM: %.0f non-streamed calls, %.1f ms added "
                        + "on average (total minus the upstream call), %.0f input tokens%n",
                value(metrics, "modelgate_gateway_added_latency_seconds_count", model.substring(1)),
                1000 * value(metrics, "modelgate_gateway_added_latency_seconds_sum", model.substring(1))
                        / value(metrics, "modelgate_gateway_added_latency_seconds_count", model.substring(1)),
                value(metrics(), "modelgate_gateway_tokens_total", "direction=\"input\"", model.substring(1)));
    }

    @Test
    void providers_have_their_own_health_group_outside_readiness() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItem("provider-circuits")));
        RestAssured.given().get("/q/health/group/providers").then()
                .body("checks.find { it.name == 'provider-circuits' }.data['mistral-7b-instruct/ON_PREMISES']",
                        equalTo("CLOSED"))
                .body("checks.find { it.name == 'provider-circuits' }.data['gpt-4o/VENDOR_API']",
                        org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void spans_are_exported_without_prompts_tokens_or_keys() {
        String dept = "trace-" + UUID.randomUUID().toString().substring(0, 8);
        Budgets.set(dataSource, dept, 1_000_000);
        Approvals.grant(dept, Approvals.request("mistral-7b-instruct", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        String token = Tokens.of("svc-" + dept, dept, "gateway-client");
        String prompt = "prompt-canary-" + UUID.randomUUID();
        Api.as(token).header("X-Task-Category", "REPORT_GENERATION").body(CHAT.formatted(false, prompt))
                .post("/gateway/v1/chat/completions").then().statusCode(200);
        String spans = Accounts.await(TraceCollector::received, s -> s.contains("/gateway/v1/chat/completions"), 10_000);
        System.out.printf("tracing: %d exports, %d bytes of spans; prompt found %b, bearer token found %b, canary found %b%n",
                TraceCollector.exports(), spans.length(), spans.contains(prompt), spans.contains(token),
                spans.contains(FaultStubResource.canary()));
        assertThat(spans).as("the gateway call was traced").contains("/gateway/v1/chat/completions");
        assertThat(spans).doesNotContain(prompt).doesNotContain(token).doesNotContain(FaultStubResource.canary());
    }

    private static io.restassured.response.Response chat(String token, boolean stream) {
        return Api.as(token).header("X-Task-Category", "REPORT_GENERATION")
                .body(CHAT.formatted(stream, "How did sales go?")).post("/gateway/v1/chat/completions");
    }

    private static String metrics() {
        return RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the Prometheus sample with this name and these labels, 0 when absent. */
    static double value(String metrics, String name, String... labels) {
        List<String> lines = metrics.lines().filter(l -> l.startsWith(name + "{"))
                .filter(l -> List.of(labels).stream().allMatch(l::contains)).toList();
        if (lines.isEmpty()) {
            return 0;
        }
        // "name{labels} value" and, with tracing on, " # {exemplar} value timestamp" after it
        String afterLabels = lines.get(0).substring(lines.get(0).indexOf("} ") + 2);
        return Double.parseDouble(afterLabels.split(" ")[0]);
    }
}
