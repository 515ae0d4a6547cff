package io.modelgate.bootstrap.approval;

import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Budgets;
import io.modelgate.bootstrap.testsupport.CatalogBodies;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ApprovalLifecycleTest {

    @Inject
    DataSource dataSource;

    record Granted(String department, String requester, String approvalId) {
    }

    /** A fresh self-hosted model under the given license, and an automatically approved request for it. */
    Granted granted(String licenseId, boolean commercial) {
        String modelId = "m-" + UUID.randomUUID().toString().substring(0, 8);
        Api.as(Tokens.admin()).body(CatalogBodies.model(modelId).replace("apache-2.0", licenseId))
                .post("/api/v1/models").then().statusCode(201);
        String dept = "dept-" + UUID.randomUUID().toString().substring(0, 8);
        Budgets.set(dataSource, dept, 50_000_000);
        String requester = Tokens.of("rina-" + dept, dept, "requester");
        String body = RequestBodies.request(modelId, "ON_PREMISES", "INTERNAL", "INTERNAL", commercial);
        String id = Api.as(requester).body(body).post("/api/v1/usage-requests").then().statusCode(201)
                .extract().path("id");
        var submitted = Api.as(requester).post("/api/v1/usage-requests/" + id + "/submit").then().statusCode(200);
        if (commercial) {
            submitted.body("requiredReviews", hasItem("LEGAL"));
            Api.as(Tokens.legal()).body("{\"kind\": \"LEGAL\", \"outcome\": \"APPROVE\"}")
                    .post("/api/v1/usage-requests/" + id + "/reviews").then().statusCode(200);
        }
        String approvalId = Api.as(requester).get("/api/v1/usage-requests/" + id).then()
                .body("state", equalTo("APPROVED")).extract().path("approvalId");
        return new Granted(dept, requester, approvalId);
    }

    @Test
    void admin_revokes_with_a_reason_and_the_approval_stops_being_live() {
        Granted g = granted("apache-2.0", false);
        Api.as(g.requester()).body("{\"reason\": \"mine now\"}").post("/api/v1/approvals/" + g.approvalId() + "/revoke")
                .then().statusCode(403);
        Api.as(Tokens.admin()).body("{}").post("/api/v1/approvals/" + g.approvalId() + "/revoke").then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        Api.as(Tokens.admin()).body("{\"reason\": \"Project cancelled\"}")
                .post("/api/v1/approvals/" + g.approvalId() + "/revoke").then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("live", is(false))
                .body("revocation.reason", equalTo("Project cancelled")).body("revocation.by", equalTo("ada-admin"));
        Api.as(Tokens.admin()).body("{\"reason\": \"again\"}")
                .post("/api/v1/approvals/" + g.approvalId() + "/revoke").then().statusCode(409)
                .body("currentState", equalTo("REVOKED"));
    }

    @Test
    void approvals_are_scoped_like_requests() {
        Granted g = granted("apache-2.0", false);
        String stranger = Tokens.of("taro", "elsewhere-" + UUID.randomUUID().toString().substring(0, 6), "requester");
        Api.as(stranger).get("/api/v1/approvals/" + g.approvalId()).then().statusCode(404);
        Api.as(g.requester()).get("/api/v1/approvals?size=200").then().statusCode(200)
                .body("items.department", everyItem(equalTo(g.department())))
                .body("items.id", hasItem(g.approvalId()));
        Api.as(Tokens.auditor()).get("/api/v1/approvals/" + g.approvalId()).then().statusCode(200);
    }

    @Test
    void retiring_a_model_revokes_its_approvals() {
        Granted g = granted("apache-2.0", false);
        String model = Api.as(Tokens.admin()).get("/api/v1/approvals/" + g.approvalId()).then().extract().path("modelId");
        Api.as(Tokens.admin()).body("{\"target\": \"RETIRED\", \"reason\": \"end of support\"}")
                .post("/api/v1/models/" + model + "/lifecycle").then().statusCode(200);
        Api.as(Tokens.admin()).get("/api/v1/approvals/" + g.approvalId()).then()
                .body("status", equalTo("REVOKED")).body("revocation.reason", containsString("retired"));
    }

    @Test
    void changed_license_terms_flag_approvals_and_a_new_blocker_suspends_them() {
        String licenseId = "lic-" + UUID.randomUUID().toString().substring(0, 8);
        String license = """
                {"id": "%s", "name": "Test License", "textUrl": "https://example.com/license", "summary": "For tests.",
                 "terms": {"commercialUse": "%s", "attributionRequired": false, "copyrightNoticeRequired": false,
                   "licenseTextWithRedistribution": false, "noticeFileWithRedistribution": false,
                   "useRestrictionsPassThrough": false, "redistributionAllowed": true, "shareAlike": false,
                   "outputsMayImproveOtherModels": true}}
                """;
        Api.as(Tokens.admin()).body(license.formatted(licenseId, "ALLOWED")).post("/api/v1/licenses").then().statusCode(201);
        Granted internal = granted(licenseId, false);
        Granted commercial = granted(licenseId, true);

        Api.as(Tokens.admin()).body(license.formatted(licenseId, "PROHIBITED")).put("/api/v1/licenses/" + licenseId)
                .then().statusCode(200);

        Api.as(Tokens.admin()).get("/api/v1/approvals/" + internal.approvalId()).then()
                .body("status", equalTo("ACTIVE")).body("reReview.reason", containsString(licenseId));
        Api.as(Tokens.admin()).get("/api/v1/approvals/" + commercial.approvalId()).then()
                .body("status", equalTo("SUSPENDED")).body("live", is(false))
                .body("suspension.reason", containsString("commercial"));
        Api.as(Tokens.admin()).get("/api/v1/approvals?flaggedForReReview=true&size=200").then()
                .body("items.id", hasItem(internal.approvalId()));
        Api.as(Tokens.admin()).body("{\"reason\": \"internal research stays non-commercial\"}")
                .post("/api/v1/approvals/" + internal.approvalId() + "/confirm").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("reReview", equalTo(null));
        Api.as(Tokens.auditor()).queryParam("action", "APPROVAL.SUSPENDED").get("/api/v1/audit-events").then()
                .body("items.entityId", hasItem(commercial.approvalId()));
        Api.as(Tokens.auditor()).get("/api/v1/audit-events/verification").then().body("intact", is(true))
                .body("verifiedHead.hash", notNullValue());
    }
}
