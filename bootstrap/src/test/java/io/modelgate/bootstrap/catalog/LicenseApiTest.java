package io.modelgate.bootstrap.catalog;

import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class LicenseApiTest {

    static String license(String id, String commercialUse) {
        return """
                {"id": "%s", "name": "Test License", "textUrl": "https://example.com/license",
                 "summary": "For tests.",
                 "terms": {"commercialUse": "%s", "attributionRequired": true, "copyrightNoticeRequired": true,
                   "licenseTextWithRedistribution": true, "noticeFileWithRedistribution": false,
                   "useRestrictionsPassThrough": false, "redistributionAllowed": true, "shareAlike": true,
                   "outputsMayImproveOtherModels": true, "clauses": {"SHARE_ALIKE": "Section 4"}}}
                """.formatted(id, commercialUse);
    }

    @Test
    void serves_the_shipped_licenses_with_their_real_terms() {
        Api.as(Tokens.requester("sales")).get("/api/v1/licenses").then().statusCode(200)
                .body("items.id", hasItems("apache-2.0", "mit", "cc-by-nc-4.0", "llama-3-community", "gemma-terms",
                        "vendor-proprietary"));
        Api.as(Tokens.requester("sales")).get("/api/v1/licenses/llama-3-community").then().statusCode(200)
                .body("terms.commercialUse", equalTo("CONDITIONAL"))
                .body("terms.monthlyActiveUserCap", is(700000000))
                .body("terms.attributionNotice", equalTo("Built with Meta Llama 3"))
                .body("terms.derivativeNamePrefix", equalTo("Llama 3"))
                .body("terms.outputsMayImproveOtherModels", is(false))
                .body("terms.clauses.MONTHLY_ACTIVE_USER_CAP", equalTo("Section 2 (Additional Commercial Terms)"));
        Api.as(Tokens.requester("sales")).get("/api/v1/licenses/cc-by-nc-4.0").then()
                .body("terms.commercialUse", equalTo("PROHIBITED"));
        Api.as(Tokens.requester("sales")).get("/api/v1/licenses/apache-2.0").then()
                .body("terms.noticeFileWithRedistribution", is(true));
    }

    @Test
    void admin_registers_and_revises_a_license() {
        Api.as(Tokens.admin()).body(license("test-share-alike", "ALLOWED")).post("/api/v1/licenses").then()
                .statusCode(201).body("terms.shareAlike", is(true)).body("version", is(0));
        Api.as(Tokens.admin()).body(license("test-share-alike", "ALLOWED")).post("/api/v1/licenses").then()
                .statusCode(409);
        Api.as(Tokens.admin()).header("If-Match", "\"0\"").body(license("test-share-alike", "PROHIBITED"))
                .put("/api/v1/licenses/test-share-alike").then()
                .statusCode(200).body("terms.commercialUse", equalTo("PROHIBITED")).body("version", is(1));
    }

    @Test
    void refuses_bad_terms() {
        Api.as(Tokens.admin()).body(license("test-bad-cap", "ALLOWED").replace("\"attributionRequired\"",
                "\"monthlyActiveUserCap\": -5, \"attributionRequired\"")).post("/api/v1/licenses").then()
                .statusCode(422).body("errors[0].field", equalTo("terms.monthlyActiveUserCap"));
        Api.as(Tokens.admin()).body(license("test-bad-term", "ALLOWED").replace("SHARE_ALIKE", "BE_NICE"))
                .post("/api/v1/licenses").then()
                .statusCode(400).body("errors[0].field", equalTo("terms.clauses"));
        Api.as(Tokens.admin()).get("/api/v1/licenses/test-bad-cap").then().statusCode(404);
        Api.as(Tokens.requester("sales")).body(license("test-by-requester", "ALLOWED")).post("/api/v1/licenses")
                .then().statusCode(403);
    }
}
