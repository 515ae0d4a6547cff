package io.modelgate.bootstrap.governance;

import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CostApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String MILLION_REQUESTS = "{\"requestsPerMonth\": 1000000, \"averageInputTokens\": 500, "
            + "\"averageOutputTokens\": 200}";

    @Test
    void estimates_an_api_model_exactly_in_the_budget_currency() {
        // 500M input × $2.50/1M = $1,250; 200M output × $10.00/1M = $2,000; $3,250 × 150.00 = ¥487,500
        Api.as(Tokens.finance()).body("{\"modelId\": \"gpt-4o\", \"deployment\": \"VENDOR_API\", \"volume\": "
                        + MILLION_REQUESTS + "}").post("/api/v1/cost/estimates").then().statusCode(200)
                .body("monthlyCost.amount", equalTo("487500")).body("monthlyCost.currency", equalTo("JPY"))
                .body("breakdown.kind", equalTo("API")).body("breakdown.inputTokens", is(500_000_000))
                .body("exchangeRate.rate", equalTo("150")).body("exchangeRate.asOf", equalTo("2024-10-01"))
                .body("pricingAsOf", equalTo("2024-10-01"));
        Api.as(Tokens.finance()).body("{\"modelId\": \"gpt-4o\", \"deployment\": \"VENDOR_API\", \"currency\": "
                        + "\"USD\", \"volume\": " + MILLION_REQUESTS + "}").post("/api/v1/cost/estimates").then()
                .statusCode(200).body("monthlyCost.amount", equalTo("3250.00")).body("exchangeRate", nullValue());
    }

    @Test
    void estimates_a_self_hosted_model_by_gpus_rounded_up() {
        // 700M tokens / 600M per GPU → 2 GPUs × ¥450,000 + ¥500,000 operations = ¥1,400,000
        Api.as(Tokens.finance()).body("{\"modelId\": \"llama-3-70b-instruct\", \"deployment\": \"ON_PREMISES\", "
                        + "\"volume\": " + MILLION_REQUESTS + "}").post("/api/v1/cost/estimates").then().statusCode(200)
                .body("monthlyCost.amount", equalTo("1400000")).body("breakdown.kind", equalTo("SELF_HOSTED"))
                .body("breakdown.gpusNeeded", is(2));
    }

    @Test
    void compares_candidates_cheapest_first_with_break_even_volumes() {
        Api.as(Tokens.requester("sales")).body("{\"candidates\": [{\"modelId\": \"gpt-4o\", \"deployment\": "
                        + "\"VENDOR_API\"}, {\"modelId\": \"llama-3-70b-instruct\", \"deployment\": \"ON_PREMISES\"}, "
                        + "{\"modelId\": \"claude-3-5-sonnet\", \"deployment\": \"VENDOR_API\"}], \"volume\": "
                        + MILLION_REQUESTS + "}").post("/api/v1/cost/comparisons").then().statusCode(200)
                .body("currency", equalTo("JPY"))
                .body("ranked", hasSize(3))
                .body("ranked.modelId", equalTo(java.util.List.of("gpt-4o", "claude-3-5-sonnet", "llama-3-70b-instruct")))
                .body("breakEvens", hasSize(2))
                .body("breakEvens.apiModel", hasItem("claude-3-5-sonnet"))
                // At 500 in / 200 out a GPU's ¥750 per 1M tokens never beats GPT-4o's blended ≈ ¥696 per 1M.
                .body("breakEvens.find { it.apiModel == 'gpt-4o' }.kind", equalTo("NEVER"));
        // With more output per request self-hosting wins from 4,853,334 requests a month on, for good.
        Api.as(Tokens.requester("sales")).body("{\"candidates\": [{\"modelId\": \"gpt-4o\", \"deployment\": "
                        + "\"VENDOR_API\"}, {\"modelId\": \"llama-3-70b-instruct\", \"deployment\": \"ON_PREMISES\"}], "
                        + "\"volume\": {\"requestsPerMonth\": 1000000, \"averageInputTokens\": 500, "
                        + "\"averageOutputTokens\": 500}}").post("/api/v1/cost/comparisons").then().statusCode(200)
                .body("breakEvens[0].kind", equalTo("AT_VOLUME"))
                .body("breakEvens[0].requestsPerMonth", is(4853334))
                .body("breakEvens[0].sentence", containsString("llama-3-70b-instruct"));
    }

    @Test
    void refuses_bad_cost_requests() {
        Api.as(Tokens.finance()).body("{\"modelId\": \"nope\", \"deployment\": \"VENDOR_API\", \"volume\": "
                + MILLION_REQUESTS + "}").post("/api/v1/cost/estimates").then()
                .statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("modelId"));
        Api.as(Tokens.finance()).body("{\"modelId\": \"gpt-4o\", \"deployment\": \"ON_PREMISES\", \"volume\": "
                + MILLION_REQUESTS + "}").post("/api/v1/cost/estimates").then()
                .statusCode(422).body("errors[0].field", equalTo("deployment"));
        Api.as(Tokens.finance()).body("{\"modelId\": \"gpt-4o\", \"deployment\": \"VENDOR_API\", \"currency\": "
                + "\"EUR\", \"volume\": " + MILLION_REQUESTS + "}").post("/api/v1/cost/estimates").then()
                .statusCode(422).body("code", equalTo("COST.EXCHANGE_RATE_MISSING"));
        Api.as(Tokens.finance()).body("{\"modelId\": \"gpt-4o\", \"deployment\": \"VENDOR_API\", \"currency\": "
                + "\"XYZ\", \"volume\": " + MILLION_REQUESTS + "}").post("/api/v1/cost/estimates").then()
                .statusCode(422).body("errors[0].field", equalTo("currency"));
        Api.as(Tokens.finance()).body("{\"modelId\": \"gpt-4o\", \"deployment\": \"VENDOR_API\", \"volume\": "
                + MILLION_REQUESTS.replace("1000000", "99999999999") + "}").post("/api/v1/cost/estimates").then()
                .statusCode(422).body("errors[0].field", equalTo("volume.requestsPerMonth"));
        Api.as(Tokens.finance()).body("{\"candidates\": [], \"volume\": " + MILLION_REQUESTS + "}")
                .post("/api/v1/cost/comparisons").then().statusCode(400).body("errors[0].field", equalTo("candidates"));
        Api.anonymous().body("{}").post("/api/v1/cost/estimates").then().statusCode(401);
    }
}
