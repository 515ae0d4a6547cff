package io.modelgate.bootstrap.catalog;

import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.CatalogBodies;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

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
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class CatalogApiTest {

    static final String PROBLEM = "application/problem+json";

    static String uniqueId() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String create() {
        String id = uniqueId();
        Api.as(Tokens.admin()).body(CatalogBodies.model(id)).post("/api/v1/models").then().statusCode(201);
        return id;
    }

    @Test
    void serves_the_shipped_catalog_to_any_role() {
        Api.as(Tokens.requester("sales")).get("/api/v1/models?size=200").then()
                .statusCode(200)
                .body("items.id", hasItems("gpt-4o", "claude-3-5-sonnet", "gemini-1-5-pro", "llama-3-70b-instruct",
                        "llama-3-8b-instruct", "mistral-7b-instruct", "gemma-2-9b", "tsuzumi-7b", "llama-3-swallow-8b"));
        Api.as(Tokens.auditor()).get("/api/v1/models/llama-3-swallow-8b").then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("licenseId", equalTo("llama-3-community"))
                .body("baseModel", equalTo("llama-3-8b-instruct"))
                .body("lifecycle", equalTo("ACTIVE"))
                .body("deployments.kind", hasItems("ON_PREMISES", "PRIVATE_CLOUD"));
        Api.as(Tokens.auditor()).get("/api/v1/models/gpt-4o").then()
                .body("deployments[0].apiPricing.inputPerMillionTokens.amount", equalTo("2.50"))
                .body("deployments[0].apiPricing.inputPerMillionTokens.currency", equalTo("USD"))
                .body("deployments[0].vendorTerms.dataRetentionDays", is(30));
    }

    @Test
    void filters_and_pages() {
        Api.as(Tokens.auditor()).get("/api/v1/models?provider=meta&size=200").then()
                .statusCode(200).body("items.id", hasItems("llama-3-70b-instruct", "llama-3-8b-instruct"))
                .body("items.provider", everyItem(equalTo("Meta")));
        Api.as(Tokens.auditor()).get("/api/v1/models?sourceKind=CLOSED&deployment=VENDOR_API&size=200").then()
                .statusCode(200).body("items.sourceKind", everyItem(equalTo("CLOSED")))
                .body("items.id", hasItems("gpt-4o", "claude-3-5-sonnet", "gemini-1-5-pro"));
        Api.as(Tokens.auditor()).get("/api/v1/models?deployment=ON_PREMISES&size=200").then()
                .statusCode(200).body("items.id", hasItems("tsuzumi-7b", "llama-3-swallow-8b"));
        Api.as(Tokens.auditor()).get("/api/v1/models?page=0&size=2").then()
                .statusCode(200).body("items", hasSize(2)).body("size", is(2)).body("page", is(0));
        Api.as(Tokens.auditor()).get("/api/v1/models?lifecycle=EXTINCT").then()
                .statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("lifecycle"));
        Api.as(Tokens.auditor()).get("/api/v1/models?size=1000").then()
                .statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("size"));
    }

    @Test
    void admin_registers_a_model() {
        String id = uniqueId();
        Api.as(Tokens.admin()).body(CatalogBodies.model(id)).post("/api/v1/models").then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/models/" + id))
                .header("ETag", equalTo("\"0\""))
                .body("lifecycle", equalTo("ACTIVE"))
                .body("version", is(0))
                .body("deployments.kind", hasItems("ON_PREMISES", "VENDOR_API"))
                .body("benchmarkScores.MMLU", is(61.5f));
        Api.as(Tokens.requester("sales")).get("/api/v1/models/" + id).then().statusCode(200)
                .body("name", equalTo("Test Model"));
    }

    @Test
    void refuses_bad_input_with_problems_and_writes_nothing() {
        String id = uniqueId();
        // unknown field
        Api.as(Tokens.admin()).body(CatalogBodies.model(id).replace("\"name\"", "\"colour\": \"red\", \"name\""))
                .post("/api/v1/models").then()
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://modelgate.dev/problems/validation-failed"))
                .body("errors[0].field", equalTo("colour"));
        // a read-only field
        Api.as(Tokens.admin()).body(CatalogBodies.model(id).replace("\"name\"", "\"lifecycle\": \"RETIRED\", \"name\""))
                .post("/api/v1/models").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("lifecycle"));
        // missing required field
        Api.as(Tokens.admin()).body(CatalogBodies.model(id).replace("\"name\": \"Test Model\",", ""))
                .post("/api/v1/models").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItems("name"));
        // unknown enum value
        Api.as(Tokens.admin()).body(CatalogBodies.model(id).replace("OPEN_WEIGHTS", "LEAKED_WEIGHTS"))
                .post("/api/v1/models").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("sourceKind"))
                .body("detail", containsString("OPEN_WEIGHTS"));
        // negative price
        Api.as(Tokens.admin()).body(CatalogBodies.model(id).replace("\"0.20\"", "\"-0.20\""))
                .post("/api/v1/models").then()
                .statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://modelgate.dev/problems/invalid-value"))
                .body("errors[0].field", equalTo("deployments[1].apiPricing.inputPerMillionTokens"));
        // more fraction digits than the currency has: the field is named by its path in the body
        Api.as(Tokens.admin()).body(CatalogBodies.model(id).replace("\"0.20\"", "\"0.205\""))
                .post("/api/v1/models").then()
                .statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("deployments[1].apiPricing.inputPerMillionTokens.amount"));
        // unknown license
        Api.as(Tokens.admin()).body(CatalogBodies.model(id).replace("apache-2.0", "wtfpl"))
                .post("/api/v1/models").then()
                .statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://modelgate.dev/problems/unknown-reference"))
                .body("errors[0].field", equalTo("licenseId"));
        // malformed JSON
        Api.as(Tokens.admin()).body("{\"id\": ").post("/api/v1/models").then()
                .statusCode(400).contentType(PROBLEM);
        // nothing of the above was stored
        Api.as(Tokens.admin()).get("/api/v1/models/" + id).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://modelgate.dev/problems/not-found"));
    }

    @Test
    void refuses_a_duplicate_id() {
        Api.as(Tokens.admin()).body(CatalogBodies.model("gpt-4o")).post("/api/v1/models").then()
                .statusCode(409).contentType(PROBLEM)
                .body("code", equalTo("MODEL.ALREADY_EXISTS"));
        Api.as(Tokens.admin()).get("/api/v1/models/gpt-4o").then().statusCode(200).body("name", equalTo("GPT-4o"));
    }

    @Test
    void revises_with_if_match_and_refuses_a_stale_version() {
        String id = create();
        String revised = CatalogBodies.model(id).replace("Test Model", "Test Model v2");
        Api.as(Tokens.admin()).header("If-Match", "\"0\"").body(revised).put("/api/v1/models/" + id).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("name", equalTo("Test Model v2"));
        Api.as(Tokens.admin()).header("If-Match", "\"0\"").body(CatalogBodies.model(id)).put("/api/v1/models/" + id).then()
                .statusCode(412).contentType(PROBLEM).body("code", equalTo("VERSION.STALE"));
        Api.as(Tokens.admin()).get("/api/v1/models/" + id).then().body("name", equalTo("Test Model v2"));
        Api.as(Tokens.admin()).body(CatalogBodies.model("another-id")).put("/api/v1/models/" + id).then()
                .statusCode(422).body("errors[0].field", equalTo("id"));
        Api.as(Tokens.admin()).body(CatalogBodies.model("no-such-model")).put("/api/v1/models/no-such-model").then()
                .statusCode(404);
    }

    @Test
    void concurrent_revisions_of_one_version_have_exactly_one_winner() throws Exception {
        String id = create();
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String body = CatalogBodies.model(id).replace("Test Model", "Writer " + i);
                calls.add(() -> Api.as(Tokens.admin()).header("If-Match", "\"0\"").body(body)
                        .put("/api/v1/models/" + id).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 409 || s == 412);
        } finally {
            pool.shutdownNow();
        }
        Api.as(Tokens.admin()).get("/api/v1/models/" + id).then().body("version", is(1));
    }

    @Test
    void lifecycle_only_moves_forward() {
        String id = create();
        Api.as(Tokens.admin()).body("{\"target\": \"DEPRECATED\", \"reason\": \"superseded\"}")
                .post("/api/v1/models/" + id + "/lifecycle").then()
                .statusCode(200).body("lifecycle", equalTo("DEPRECATED"));
        Response back = Api.as(Tokens.admin()).body("{\"target\": \"ACTIVE\"}")
                .post("/api/v1/models/" + id + "/lifecycle");
        back.then().statusCode(409).contentType(PROBLEM)
                .body("code", equalTo("MODEL.ILLEGAL_LIFECYCLE_TRANSITION"))
                .body("currentState", equalTo("DEPRECATED"));
        Api.as(Tokens.admin()).body("{\"target\": \"RETIRED\"}").post("/api/v1/models/" + id + "/lifecycle").then()
                .statusCode(200).body("lifecycle", equalTo("RETIRED"));
        Api.as(Tokens.admin()).body(CatalogBodies.model(id)).put("/api/v1/models/" + id).then()
                .statusCode(409).body("code", equalTo("MODEL.RETIRED"));
        Api.as(Tokens.admin()).get("/api/v1/models/" + id).then().body("lifecycle", equalTo("RETIRED"));
    }
}
