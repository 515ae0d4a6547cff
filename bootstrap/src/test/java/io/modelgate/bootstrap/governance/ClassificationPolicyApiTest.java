package io.modelgate.bootstrap.governance;

import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ClassificationPolicyApiTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void serves_the_shipped_default_policy() {
        Api.as(Tokens.requester("sales")).get("/api/v1/classification-policy").then().statusCode(200)
                .body("version", greaterThanOrEqualTo(1))
                .body("levels.RESTRICTED.allowedDeployments", equalTo(java.util.List.of("ON_PREMISES")))
                .body("levels.CONFIDENTIAL.vendorApiCondition.requiresZeroRetention", is(true))
                .body("levels.CONFIDENTIAL.vendorApiCondition.requiredProcessingRegion", equalTo("JP"));
    }

    @Test
    void admin_changes_the_policy_as_a_new_version_and_keeps_the_old_one() {
        int before = Api.as(Tokens.admin()).get("/api/v1/classification-policy").then().extract().path("version");
        String allowVendorConfidentialAnywhere = GovernanceBodies.defaultPolicy("relaxed for a test")
                .replace("\"requiredProcessingRegion\": \"JP\"", "\"requiredProcessingRegion\": null");
        Api.as(Tokens.admin()).header("If-Match", "\"" + before + "\"").body(allowVendorConfidentialAnywhere)
                .put("/api/v1/classification-policy").then().statusCode(200)
                .header("ETag", equalTo("\"" + (before + 1) + "\""))
                .body("version", is(before + 1))
                .body("changedBy", equalTo("ada-admin"))
                .body("note", equalTo("relaxed for a test"));
        // a stale If-Match is refused and changes nothing
        Api.as(Tokens.admin()).header("If-Match", "\"" + before + "\"").body(GovernanceBodies.defaultPolicy("x"))
                .put("/api/v1/classification-policy").then().statusCode(412).contentType(PROBLEM);
        Api.as(Tokens.auditor()).get("/api/v1/classification-policy/versions").then().statusCode(200)
                .body("version", hasItems(1, before, before + 1))
                .body("find { it.version == 1 }.changedBy", equalTo("system"));
        // restore the shipped rules for the other tests
        Api.as(Tokens.admin()).body(GovernanceBodies.defaultPolicy("restore default")).put("/api/v1/classification-policy")
                .then().statusCode(200).body("version", is(before + 2));
    }

    @Test
    void refuses_an_incoherent_or_incomplete_policy_and_keeps_the_current_one() {
        int before = Api.as(Tokens.admin()).get("/api/v1/classification-policy").then().extract().path("version");
        String restrictedOnVendorApi = GovernanceBodies.defaultPolicy("bad")
                .replace("\"RESTRICTED\": {\"allowedDeployments\": [\"ON_PREMISES\"]}",
                        "\"RESTRICTED\": {\"allowedDeployments\": [\"ON_PREMISES\", \"VENDOR_API\"]}");
        Api.as(Tokens.admin()).body(restrictedOnVendorApi).put("/api/v1/classification-policy").then()
                .statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("policy"))
                .body("detail", containsString("RESTRICTED"));
        String missingLevel = GovernanceBodies.defaultPolicy("bad")
                .replace(",\n  \"RESTRICTED\": {\"allowedDeployments\": [\"ON_PREMISES\"]}", "");
        Api.as(Tokens.admin()).body(missingLevel).put("/api/v1/classification-policy").then()
                .statusCode(422).contentType(PROBLEM);
        Api.as(Tokens.admin()).body(GovernanceBodies.defaultPolicy("bad").replace("ON_PREMISES\"]}}}", "MOON\"]}}}"))
                .put("/api/v1/classification-policy").then().statusCode(400).contentType(PROBLEM);
        Api.as(Tokens.requester("sales")).body(GovernanceBodies.defaultPolicy("mine"))
                .put("/api/v1/classification-policy").then().statusCode(403);
        Api.as(Tokens.admin()).get("/api/v1/classification-policy").then().body("version", is(before));
    }

    @Test
    void decides_with_a_sentence_a_reviewer_can_read() {
        Api.as(Tokens.requester("sales")).body("{\"modelId\": \"gpt-4o\", \"deployment\": \"VENDOR_API\", "
                        + "\"level\": \"CONFIDENTIAL\"}").post("/api/v1/classification-policy/decisions").then()
                .statusCode(200).body("allowed", is(false))
                .body("reason", containsString("30 days")).body("reason", containsString("US"));
        Api.as(Tokens.requester("sales")).body("{\"modelId\": \"gemini-1-5-pro\", \"deployment\": \"VENDOR_API\", "
                        + "\"level\": \"CONFIDENTIAL\"}").post("/api/v1/classification-policy/decisions").then()
                .statusCode(200).body("allowed", is(true));
        Api.as(Tokens.requester("sales")).body("{\"modelId\": \"llama-3-70b-instruct\", \"deployment\": "
                        + "\"ON_PREMISES\", \"level\": \"RESTRICTED\"}").post("/api/v1/classification-policy/decisions")
                .then().statusCode(200).body("allowed", is(true));
        Api.as(Tokens.requester("sales")).body("{\"modelId\": \"llama-3-70b-instruct\", \"deployment\": "
                        + "\"PRIVATE_CLOUD\", \"level\": \"RESTRICTED\"}").post("/api/v1/classification-policy/decisions")
                .then().statusCode(200).body("allowed", is(false)).body("reason", containsString("RESTRICTED"));
    }

    @Test
    void refuses_bad_decision_requests() {
        Api.as(Tokens.requester("sales")).body("{\"modelId\": \"no-such-model\", \"deployment\": \"VENDOR_API\", "
                        + "\"level\": \"PUBLIC\"}").post("/api/v1/classification-policy/decisions").then()
                .statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("modelId"));
        Api.as(Tokens.requester("sales")).body("{\"modelId\": \"gpt-4o\", \"deployment\": \"ON_PREMISES\", "
                        + "\"level\": \"PUBLIC\"}").post("/api/v1/classification-policy/decisions").then()
                .statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("deployment"));
        Api.as(Tokens.requester("sales")).body("{\"modelId\": \"gpt-4o\", \"deployment\": \"VENDOR_API\", "
                        + "\"level\": \"SECRET\"}").post("/api/v1/classification-policy/decisions").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("level"));
        Api.as(Tokens.requester("sales")).body("{\"modelId\": \"gpt-4o\"}")
                .post("/api/v1/classification-policy/decisions").then()
                .statusCode(400).body("errors.field", hasItems("deployment", "level"));
    }

    @Test
    void content_inspection_raises_the_level_and_never_repeats_the_text() {
        Api.as(Tokens.requester("sales")).body("{\"text\": \"顧客の個人番号は 1234 5678 9018 です\", "
                        + "\"declaredLevel\": \"INTERNAL\"}").post("/api/v1/classification-policy/content-inspections")
                .then().statusCode(200)
                .body("effectiveLevel", equalTo("RESTRICTED")).body("decidedBy", equalTo("CONTENT"))
                .body("markers[0].kind", equalTo("MY_NUMBER"))
                .body(not(containsString("5678")));
        Api.as(Tokens.requester("sales")).body("{\"text\": \"社外秘: 来期の価格改定案\"}")
                .post("/api/v1/classification-policy/content-inspections").then().statusCode(200)
                .body("effectiveLevel", equalTo("CONFIDENTIAL")).body("markers[0].kind", equalTo("CLASSIFICATION_LABEL"));
        Api.as(Tokens.requester("sales")).body("{\"text\": \"今日の天気は晴れです\"}")
                .post("/api/v1/classification-policy/content-inspections").then().statusCode(200)
                .body("effectiveLevel", equalTo("INTERNAL")).body("decidedBy", equalTo("DEPARTMENT_DEFAULT"));
        Api.as(Tokens.requester("legal")).body("{\"text\": \"今日の天気は晴れです\"}")
                .post("/api/v1/classification-policy/content-inspections").then().statusCode(200)
                .body("departmentDefault", equalTo("CONFIDENTIAL")).body("effectiveLevel", equalTo("CONFIDENTIAL"));
    }
}
