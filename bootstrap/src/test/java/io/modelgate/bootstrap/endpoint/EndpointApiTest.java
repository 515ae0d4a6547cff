package io.modelgate.bootstrap.endpoint;

import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Approvals;
import io.modelgate.bootstrap.testsupport.Budgets;
import io.modelgate.bootstrap.testsupport.ProviderStub;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Endpoints as data: stored, versioned, audited, used by the next gateway call; keys only ever referenced. */
@QuarkusTest
class EndpointApiTest {

    static final String SWALLOW = "/api/v1/endpoints/llama-3-swallow-8b/ON_PREMISES";
    static final String CANARY = "sk-proj-CANARY0123456789abcdef";

    @Inject
    DataSource dataSource;

    static String body(String url, String secret) {
        return "{\"protocol\": \"OPENAI_COMPATIBLE\", \"url\": \"" + url + "\", \"upstreamModel\": \"swallow-8b\","
                + " \"timeoutSeconds\": 5" + (secret == null ? "" : ", \"secret\": " + secret) + "}";
    }

    @BeforeEach
    void noStoredSwallowEndpoint() {
        Api.as(Tokens.admin()).delete(SWALLOW); // left by an earlier run on the same database, if any
    }

    @Test
    void an_admin_stores_changes_and_removes_an_endpoint_versioned_and_audited() {
        String ok = ProviderStub.shared().baseUrl("ok");
        Api.as(Tokens.admin()).body(body(ok, "{\"env\": \"SWALLOW_KEY_NOT_SET\"}")).put(SWALLOW).then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("model", equalTo("llama-3-swallow-8b")).body("deployment", equalTo("ON_PREMISES"))
                .body("source", equalTo("API")).body("secret.env", equalTo("SWALLOW_KEY_NOT_SET"))
                .body("key", equalTo("MISSING")).body("callable", equalTo(false))
                .body("problem", containsString("environment variable SWALLOW_KEY_NOT_SET is not set"))
                .body("version", equalTo(0));
        Api.as(Tokens.admin()).header("If-Match", "\"0\"").body(body(ok, null)).put(SWALLOW).then().statusCode(200)
                .header("ETag", "\"1\"").body("key", equalTo("NOT_NEEDED")).body("callable", equalTo(true))
                .body("secret", nullValue());
        Api.as(Tokens.admin()).header("If-Match", "\"0\"").body(body(ok, null)).put(SWALLOW).then().statusCode(412);
        Api.as(Tokens.auditor()).get(SWALLOW).then().statusCode(200).header("ETag", "\"1\"")
                .body("upstreamModel", equalTo("swallow-8b")).body("timeoutSeconds", equalTo(5));
        Api.as(Tokens.auditor()).get("/api/v1/endpoints").then().statusCode(200)
                .body("find { it.model == 'llama-3-swallow-8b' }.source", equalTo("API"))
                .body("find { it.model == 'mistral-7b-instruct' && it.deployment == 'ON_PREMISES' }.source",
                        equalTo("CONFIGURATION"))
                .body("find { it.model == 'gpt-4o' }.key", equalTo("MISSING"));
        Api.as(Tokens.admin()).header("If-Match", "\"0\"").delete(SWALLOW).then().statusCode(412);
        Api.as(Tokens.admin()).header("If-Match", "\"1\"").delete(SWALLOW).then().statusCode(204);
        Api.as(Tokens.admin()).get(SWALLOW).then().statusCode(404);
        Api.as(Tokens.auditor()).get("/api/v1/audit-events?entityType=endpoint&entityId=llama-3-swallow-8b/ON_PREMISES"
                + "&size=200").then().statusCode(200)
                .body("items.action", hasItems("ENDPOINT.SET", "ENDPOINT.REMOVED"))
                .body("items.summary", hasItem(containsString("environment variable SWALLOW_KEY_NOT_SET")));
    }

    @Test
    void bad_input_is_refused_with_a_clear_problem_and_changes_nothing() {
        String ok = ProviderStub.shared().baseUrl("ok");
        // a key value is never accepted, and never repeated back
        Response value = Api.as(Tokens.admin()).body("{\"protocol\": \"OPENAI_COMPATIBLE\", \"url\": \"" + ok
                + "\", \"apiKey\": \"" + CANARY + "\"}").put(SWALLOW);
        assertThat(value.statusCode()).isEqualTo(422);
        assertThat(value.asString()).contains("never accepts a key").doesNotContain(CANARY);
        Response pasted = Api.as(Tokens.admin()).body(body(ok, "{\"env\": \"" + CANARY + "\"}")).put(SWALLOW);
        assertThat(pasted.statusCode()).isEqualTo(422);
        assertThat(pasted.asString()).contains("secret.env").doesNotContain(CANARY);
        // the address allow-list: metadata, link-local and loopback names need to be listed exactly
        for (String url : new String[]{"http://169.254.169.254/latest", "http://metadata.google.internal/v1",
                "http://127.0.0.2:8000/v1", "http://[::1]:8000/v1"}) {
            Api.as(Tokens.admin()).body(body(url, null)).put(SWALLOW).then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("url"))
                    .body("detail", containsString("allowed-hosts"));
        }
        Api.as(Tokens.admin()).body(body("http://u:p@vllm.internal/v1", null)).put(SWALLOW).then().statusCode(422)
                .body("detail", containsString("credentials"));
        Api.as(Tokens.admin()).body(body("ftp://vllm.internal/v1", null)).put(SWALLOW).then().statusCode(422);
        Api.as(Tokens.admin()).body(body(ok, "{\"file\": \"../etc/passwd\"}")).put(SWALLOW).then().statusCode(422)
                .body("errors[0].field", equalTo("secret.file"));
        Api.as(Tokens.admin()).body("{\"protocol\": \"SOAP\", \"url\": \"" + ok + "\"}").put(SWALLOW).then()
                .statusCode(400).body("detail", containsString("OPENAI_COMPATIBLE"));
        Api.as(Tokens.admin()).body("{\"protocol\": \"OPENAI_COMPATIBLE\", \"url\": \"" + ok + "\", \"timeoutSeconds\": 0}")
                .put(SWALLOW).then().statusCode(422).body("errors[0].field", equalTo("timeoutSeconds"));
        Api.as(Tokens.admin()).body(body(ok, null)).put("/api/v1/endpoints/no-such-model/ON_PREMISES").then()
                .statusCode(422).body("errors[0].field", equalTo("model"));
        Api.as(Tokens.admin()).body(body(ok, null)).put("/api/v1/endpoints/gpt-4o/ON_PREMISES").then()
                .statusCode(422).body("errors[0].field", equalTo("deployment"));
        Api.as(Tokens.admin()).body(body(ok, null)).put("/api/v1/endpoints/gpt-4o/ON_THE_MOON").then().statusCode(404);
        Api.as(Tokens.admin()).header("If-Match", "\"0\"").body(body(ok, null)).put(SWALLOW).then().statusCode(404);
        Api.as(Tokens.requester("sales")).body(body(ok, null)).put(SWALLOW).then().statusCode(403);
        Api.as(Tokens.requester("sales")).get("/api/v1/endpoints").then().statusCode(403);
        Api.anonymous().get("/api/v1/endpoints").then().statusCode(401);
        // a configured endpoint is changed in the configuration, not removed here
        Api.as(Tokens.admin()).delete("/api/v1/endpoints/mistral-7b-instruct/ON_PREMISES").then().statusCode(409)
                .body("detail", containsString("defined in the configuration"));
        Api.as(Tokens.admin()).get(SWALLOW).then().statusCode(404);
        Api.as(Tokens.auditor()).get("/api/v1/audit-events?entityType=endpoint&action=ENDPOINT.SET&size=200").then()
                .statusCode(200).body("items.summary", not(hasItem(containsString(CANARY))));
    }

    /** Issue 15: an approved deployment without an endpoint names itself; one stored through the API serves the next call. */
    @Test
    void the_gateway_uses_a_stored_endpoint_from_the_next_call_and_names_a_missing_one() {
        String dept = "ep-" + UUID.randomUUID().toString().substring(0, 8);
        Budgets.set(dataSource, dept, 1_000_000);
        Approvals.grant(dept, Approvals.request("llama-3-swallow-8b", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        String client = Tokens.of("svc-" + dept, dept, "gateway-client");
        String chat = "{\"model\": \"llama-3-swallow-8b\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}],"
                + " \"max_tokens\": 16}";
        Api.as(client).header("X-Task-Category", "REPORT_GENERATION").body(chat).post("/gateway/v1/chat/completions").then().statusCode(503)
                .body("code", equalTo("GATEWAY.PROVIDERS_UNAVAILABLE"))
                .body("detail", containsString("no endpoint configured for llama-3-swallow-8b/ON_PREMISES"));
        Api.as(client).get("/gateway/v1/models").then().statusCode(200)
                .body("data.id", not(hasItem("llama-3-swallow-8b")));

        Api.as(Tokens.admin()).body(body(ProviderStub.shared().baseUrl("ok"), null)).put(SWALLOW).then().statusCode(201);
        Api.as(client).header("X-Task-Category", "REPORT_GENERATION").body(chat).post("/gateway/v1/chat/completions").then().statusCode(200)
                .header("X-ModelGate-Model", "llama-3-swallow-8b")
                .body("choices[0].message.content", equalTo("Hello from the stub"));
        Api.as(client).get("/gateway/v1/models").then().statusCode(200).body("data.id", hasItem("llama-3-swallow-8b"));

        Api.as(Tokens.admin()).delete(SWALLOW).then().statusCode(204);
        Api.as(client).header("X-Task-Category", "REPORT_GENERATION").body(chat).post("/gateway/v1/chat/completions").then().statusCode(503)
                .body("detail", containsString("llama-3-swallow-8b/ON_PREMISES"));
    }

    /** The README's journey: the local demo upstream, reached through a stored endpoint, answers a governed call. */
    @Test
    void the_local_demo_upstream_answers_through_a_stored_endpoint_and_says_what_it_is() {
        String dept = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        Budgets.set(dataSource, dept, 1_000_000);
        Approvals.grant(dept, Approvals.request("llama-3-swallow-8b", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        Api.as(Tokens.admin()).body(body("http://127.0.0.1:" + RestAssured.port + "/demo-upstream/v1", null))
                .put(SWALLOW).then().statusCode(201).body("callable", equalTo(true));
        Api.as(Tokens.of("svc-" + dept, dept, "gateway-client")).header("X-Task-Category", "REPORT_GENERATION")
                .body("{\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"こんにちは\"}]}")
                .post("/gateway/v1/chat/completions").then().statusCode(200)
                .body("choices[0].message.content", containsString("local demo upstream"))
                .body("choices[0].message.content", containsString("こんにちは"))
                .body("usage.completion_tokens", org.hamcrest.Matchers.greaterThan(0));
        String stream = Api.as(Tokens.of("svc-" + dept, dept, "gateway-client")).header("X-Task-Category", "REPORT_GENERATION")
                .accept("text/event-stream")
                .body("{\"model\": \"auto\", \"stream\": true, \"messages\": [{\"role\": \"user\", \"content\": \"hello\"}]}")
                .post("/gateway/v1/chat/completions").then().statusCode(200).extract().asString();
        assertThat(stream).contains("local demo upstream").contains("You said: hello").contains("data: [DONE]");
        Api.as(Tokens.admin()).delete(SWALLOW).then().statusCode(204);
    }

    @Test
    void the_provider_health_group_says_a_vendor_endpoint_without_a_key_is_not_configured() {
        RestAssured.given().get("/q/health/group/providers").then()
                .body("checks[0].data.'gpt-4o/VENDOR_API'", containsString("NOT_CONFIGURED"))
                .body("checks[0].data.'gpt-4o/VENDOR_API'", containsString("environment variable OPENAI_API_KEY"))
                .body("checks[0].data.'fault-vendor/VENDOR_API'", not(containsString("NOT_CONFIGURED")));
    }
}
