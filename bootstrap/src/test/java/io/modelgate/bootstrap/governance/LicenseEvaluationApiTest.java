package io.modelgate.bootstrap.governance;

import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.modelgate.bootstrap.governance.GovernanceBodies.useCase;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class LicenseEvaluationApiTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void cc_by_nc_in_commercial_use_is_prohibited() {
        Api.as(Tokens.requester("sales")).body(useCase(true, "INTERNAL", false, false, 100))
                .post("/api/v1/licenses/cc-by-nc-4.0/evaluations").then().statusCode(200)
                .body("verdict", equalTo("PROHIBITED"))
                .body("reasons[0]", containsString("ommercial"));
    }

    @Test
    void llama_3_above_700_million_users_needs_a_separate_license() {
        Api.as(Tokens.legal()).body(useCase(true, "EXTERNAL_CUSTOMERS", false, false, 800_000_000L))
                .post("/api/v1/licenses/llama-3-community/evaluations").then().statusCode(200)
                .body("verdict", equalTo("PROHIBITED"))
                .body("reasons.join(' ')", containsString("separate license"));
        Api.as(Tokens.legal()).body(useCase(true, "EXTERNAL_CUSTOMERS", false, false, 700_000_000L))
                .post("/api/v1/licenses/llama-3-community/evaluations").then().statusCode(200)
                .body("verdict", not(equalTo("PROHIBITED")));
    }

    @Test
    void llama_3_derivative_published_carries_its_obligations_with_clauses() {
        Api.as(Tokens.legal()).body(useCase(true, "EXTERNAL_CUSTOMERS", true, true, 1000))
                .post("/api/v1/licenses/llama-3-community/evaluations").then().statusCode(200)
                .body("verdict", equalTo("PERMITTED_WITH_OBLIGATIONS"))
                .body("obligations.type", hasItems("INCLUDE_LICENSE_TEXT", "DISPLAY_ATTRIBUTION",
                        "DERIVATIVE_NAME_PREFIX", "FOLLOW_ACCEPTABLE_USE_POLICY"))
                .body("obligations.find { it.type == 'DISPLAY_ATTRIBUTION' }.sentence",
                        containsString("Built with Meta Llama 3"))
                .body("obligations.find { it.type == 'DERIVATIVE_NAME_PREFIX' }.clause", equalTo("Section 1.b.i"));
    }

    @Test
    void permissive_licenses_redistributed() {
        Api.as(Tokens.legal()).body(useCase(true, "EXTERNAL_CUSTOMERS", true, false, 1000))
                .post("/api/v1/licenses/apache-2.0/evaluations").then().statusCode(200)
                .body("obligations.type", hasItems("INCLUDE_LICENSE_TEXT", "INCLUDE_NOTICE_FILE"));
        Api.as(Tokens.legal()).body(useCase(true, "EXTERNAL_CUSTOMERS", true, false, 1000))
                .post("/api/v1/licenses/mit/evaluations").then().statusCode(200)
                .body("obligations.type", hasItem("INCLUDE_COPYRIGHT_NOTICE"));
        Api.as(Tokens.legal()).body(useCase(true, "EXTERNAL_CUSTOMERS", true, false, 1000))
                .post("/api/v1/licenses/gemma-terms/evaluations").then().statusCode(200)
                .body("obligations.type", hasItem("PASS_THROUGH_USE_RESTRICTIONS"));
        Api.as(Tokens.legal()).body(useCase(true, "EXTERNAL_CUSTOMERS", true, false, 1000))
                .post("/api/v1/licenses/vendor-proprietary/evaluations").then().statusCode(200)
                .body("verdict", equalTo("PROHIBITED"));
    }

    @Test
    void a_derived_model_carries_its_base_models_terms() {
        Api.as(Tokens.requester("sales")).body(useCase(true, "EXTERNAL_CUSTOMERS", false, false, 800_000_000L))
                .post("/api/v1/models/llama-3-swallow-8b/license-evaluations").then().statusCode(200)
                .body("verdict", equalTo("PROHIBITED"))
                .body("licensesEvaluated[0]", equalTo("llama-3-community"));
        Api.as(Tokens.requester("sales")).body(GovernanceBodies.internalUse())
                .post("/api/v1/models/mistral-7b-instruct/license-evaluations").then().statusCode(200)
                .body("verdict", equalTo("PERMITTED"))
                .body("licensesEvaluated", equalTo(java.util.List.of("apache-2.0")));
    }

    @Test
    void refuses_bad_use_cases() {
        Api.as(Tokens.requester("sales")).body(GovernanceBodies.internalUse().replace("\"purpose\": \"Answer customer "
                + "questions about our products\",", "")).post("/api/v1/licenses/mit/evaluations").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("purpose"));
        Api.as(Tokens.requester("sales")).body(GovernanceBodies.internalUse().replace("20000", "-5"))
                .post("/api/v1/licenses/mit/evaluations").then()
                .statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("volume.requestsPerMonth"));
        Api.as(Tokens.requester("sales")).body(GovernanceBodies.internalUse().replace("CUSTOMER_CHAT", "POETRY"))
                .post("/api/v1/licenses/mit/evaluations").then()
                .statusCode(400).body("errors[0].field", equalTo("taskCategory"));
        Api.as(Tokens.requester("sales")).body(GovernanceBodies.internalUse())
                .post("/api/v1/licenses/gpl-3.0/evaluations").then().statusCode(404).contentType(PROBLEM);
        Api.as(Tokens.requester("sales")).body(GovernanceBodies.internalUse())
                .post("/api/v1/models/no-such-model/license-evaluations").then().statusCode(404);
    }
}
