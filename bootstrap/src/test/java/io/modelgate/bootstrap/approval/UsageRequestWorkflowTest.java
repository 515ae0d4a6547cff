package io.modelgate.bootstrap.approval;

import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Budgets;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class UsageRequestWorkflowTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    DataSource dataSource;

    /** A department of its own for each test, with a generous budget unless the test says otherwise. */
    String department() {
        String department = "dept-" + UUID.randomUUID().toString().substring(0, 8);
        Budgets.set(dataSource, department, 50_000_000);
        return department;
    }

    String draft(String token, String body) {
        return Api.as(token).body(body).post("/api/v1/usage-requests").then().statusCode(201)
                .body("state", equalTo("DRAFT")).extract().path("id");
    }

    Response submit(String token, String id) {
        return Api.as(token).post("/api/v1/usage-requests/" + id + "/submit");
    }

    Response review(String token, String id, String kind, String outcome, String comment) {
        String body = comment == null ? "{\"kind\": \"%s\", \"outcome\": \"%s\"}".formatted(kind, outcome)
                : "{\"kind\": \"%s\", \"outcome\": \"%s\", \"comment\": \"%s\"}".formatted(kind, outcome, comment);
        return Api.as(token).body(body).post("/api/v1/usage-requests/" + id + "/reviews");
    }

    @Test
    void from_draft_through_security_and_legal_review_to_an_approval() {
        String dept = department();
        String requester = Tokens.of("rina-" + dept, dept, "requester");
        String id = draft(requester, RequestBodies.needsSecurityAndLegal());
        submit(requester, id).then().statusCode(200)
                .body("state", equalTo("IN_REVIEW"))
                .body("requiredReviews", hasItems("SECURITY", "LEGAL"))
                .body("requiredReviews", not(hasItem("FINANCE")))
                .body("findings.code", hasItem("LICENSE.OBLIGATION"))
                .body("department", equalTo(dept));

        // the requester holds no reviewer role
        review(requester, id, "SECURITY", "APPROVE", null).then().statusCode(403);
        review(Tokens.of("sora-security", "security", "security-reviewer"), id, "SECURITY", "APPROVE", "ok")
                .then().statusCode(200).body("state", equalTo("IN_REVIEW")).body("pendingReviews", equalTo(List.of("LEGAL")));
        // a security reviewer cannot decide the legal part
        review(Tokens.of("sora-security", "security", "security-reviewer"), id, "LEGAL", "APPROVE", null)
                .then().statusCode(403).contentType(PROBLEM).body("code", equalTo("REVIEW.ROLE_MISSING"));
        String approvalId = review(Tokens.legal(), id, "LEGAL", "APPROVE", "obligations accepted").then()
                .statusCode(200).body("state", equalTo("APPROVED")).body("approvalId", notNullValue())
                .body("history.action", hasItems("DRAFTED", "SUBMITTED", "SENT_TO_REVIEW", "REVIEWED"))
                .extract().path("approvalId");

        Api.as(requester).get("/api/v1/approvals/" + approvalId).then().statusCode(200)
                .body("department", equalTo(dept)).body("modelId", equalTo("llama-3-70b-instruct"))
                .body("highestClassification", equalTo("CONFIDENTIAL"))
                .body("taskCategories", equalTo(List.of("CUSTOMER_CHAT")))
                .body("status", equalTo("ACTIVE")).body("live", is(true))
                .body("obligations.type", hasItem("DISPLAY_ATTRIBUTION"));
        Api.as(Tokens.auditor()).queryParam("entityType", "usage-request").queryParam("entityId", id)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItems("REQUEST.DRAFTED", "REQUEST.SUBMITTED", "REQUEST.REVIEWED"));
        Api.as(Tokens.auditor()).get("/api/v1/audit-events/verification").then().body("intact", is(true));
    }

    @Test
    void a_blocker_rejects_at_once_with_the_reason() {
        String dept = department();
        String requester = Tokens.of("rina-" + dept, dept, "requester");
        String id = draft(requester, RequestBodies.request("gpt-4o", "VENDOR_API", "CONFIDENTIAL", "INTERNAL", true));
        submit(requester, id).then().statusCode(200)
                .body("state", equalTo("REJECTED"))
                .body("findings.find { it.severity == 'BLOCKER' }.sentence", containsString("CONFIDENTIAL"))
                .body("approvalId", nullValue());
    }

    @Test
    void a_request_that_needs_no_review_is_approved_automatically_and_says_so() {
        String dept = department();
        String requester = Tokens.of("rina-" + dept, dept, "requester");
        String id = draft(requester, RequestBodies.harmless());
        submit(requester, id).then().statusCode(200)
                .body("state", equalTo("APPROVED")).body("autoApproved", is(true))
                .body("requiredReviews", empty()).body("approvalId", notNullValue())
                .body("history.action", hasItem("AUTO_APPROVED"));
    }

    @Test
    void without_a_budget_finance_must_review() {
        String dept = "nobudget-" + UUID.randomUUID().toString().substring(0, 8);
        String requester = Tokens.of("rina-" + dept, dept, "requester");
        String id = draft(requester, RequestBodies.harmless());
        submit(requester, id).then().statusCode(200)
                .body("state", equalTo("IN_REVIEW")).body("requiredReviews", equalTo(List.of("FINANCE")))
                .body("findings.code", hasItem("BUDGET.NOT_SET"));
        // a rejection needs a comment, and then rejects
        review(Tokens.finance(), id, "FINANCE", "REJECT", null).then()
                .statusCode(422).contentType(PROBLEM).body("code", equalTo("REVIEW.COMMENT_REQUIRED"));
        review(Tokens.finance(), id, "FINANCE", "REJECT", "No budget this quarter").then()
                .statusCode(200).body("state", equalTo("REJECTED"))
                .body("decisions[0].comment", equalTo("No budget this quarter"));
    }

    @Test
    void four_eyes_one_decision_per_kind_and_wrong_states_are_refused() {
        String dept = department();
        // someone who both requests and reviews security may not review their own request
        String both = Tokens.of("kai-" + dept, dept, "requester", "security-reviewer");
        String id = draft(both, RequestBodies.needsSecurityAndLegal());
        // a legal reviewer of the same department sees the draft, and may not review it yet
        review(Tokens.of("lee-" + dept, dept, "requester", "legal-reviewer"), id, "LEGAL", "APPROVE", null).then()
                .statusCode(409).contentType(PROBLEM).body("code", equalTo("REQUEST.ILLEGAL_STATE"))
                .body("currentState", equalTo("DRAFT"));
        // reviewers of other departments do not even see drafts
        review(Tokens.legal(), id, "LEGAL", "APPROVE", null).then().statusCode(404);
        submit(both, id).then().statusCode(200).body("state", equalTo("IN_REVIEW"));
        submit(both, id).then().statusCode(409).body("currentState", equalTo("IN_REVIEW"));
        review(both, id, "SECURITY", "APPROVE", null).then()
                .statusCode(403).body("code", equalTo("REVIEW.FOUR_EYES"));
        review(Tokens.of("sora-security", "security", "security-reviewer"), id, "SECURITY", "APPROVE", null)
                .then().statusCode(200);
        review(Tokens.of("sam-security", "security", "security-reviewer"), id, "SECURITY", "APPROVE", null)
                .then().statusCode(409).body("code", equalTo("REVIEW.ALREADY_DECIDED"));
        review(Tokens.of("fay-" + dept, dept, "requester", "finance-reviewer"), id, "FINANCE", "APPROVE", null)
                .then().statusCode(409).body("code", equalTo("REVIEW.NOT_REQUIRED"));
        review(Tokens.legal(), id, "LEGAL", "APPROVE", null).then().statusCode(200).body("state", equalTo("APPROVED"));
        Api.as(both).post("/api/v1/usage-requests/" + id + "/withdraw").then()
                .statusCode(409).body("currentState", equalTo("APPROVED"));
    }

    @Test
    void the_requester_withdraws_before_a_decision() {
        String dept = department();
        String requester = Tokens.of("rina-" + dept, dept, "requester");
        String id = draft(requester, RequestBodies.needsSecurityAndLegal());
        submit(requester, id).then().statusCode(200);
        Api.as(Tokens.of("colleague-" + dept, dept, "requester")).post("/api/v1/usage-requests/" + id + "/withdraw")
                .then().statusCode(403).body("code", equalTo("REQUEST.NOT_REQUESTER"));
        Api.as(requester).post("/api/v1/usage-requests/" + id + "/withdraw").then()
                .statusCode(200).body("state", equalTo("WITHDRAWN")).body("pendingReviews", empty());
    }

    @Test
    void drafts_are_edited_and_fields_the_caller_may_not_set_are_refused() {
        String dept = department();
        String requester = Tokens.of("rina-" + dept, dept, "requester");
        String id = draft(requester, RequestBodies.harmless());
        Api.as(requester).header("If-Match", "\"0\"")
                .body(RequestBodies.request("gemma-2-9b", "ON_PREMISES", "INTERNAL", "INTERNAL", false))
                .put("/api/v1/usage-requests/" + id).then().statusCode(200).body("modelId", equalTo("gemma-2-9b"));
        Api.as(requester).header("If-Match", "\"0\"").body(RequestBodies.harmless())
                .put("/api/v1/usage-requests/" + id).then().statusCode(412);
        for (String forbidden : new String[]{"\"department\": \"finance\"", "\"state\": \"APPROVED\"",
                "\"requester\": \"someone-else\"", "\"createdAt\": \"2020-01-01T00:00:00Z\""}) {
            Api.as(requester).body(RequestBodies.harmless().replaceFirst("\\{", "{" + forbidden + ", "))
                    .post("/api/v1/usage-requests").then().statusCode(400).contentType(PROBLEM)
                    .body("code", equalTo("REQUEST.UNKNOWN_FIELD"));
        }
        Api.as(requester).body(RequestBodies.request("no-such-model", "ON_PREMISES", "INTERNAL", "INTERNAL", false))
                .post("/api/v1/usage-requests").then().statusCode(422).body("errors[0].field", equalTo("modelId"));
        Api.as(requester).body(RequestBodies.request("gpt-4o", "ON_PREMISES", "INTERNAL", "INTERNAL", false))
                .post("/api/v1/usage-requests").then().statusCode(422).body("errors[0].field", equalTo("deployment"));
        Api.as(Tokens.of("no-dept", null, "requester")).body(RequestBodies.harmless())
                .post("/api/v1/usage-requests").then().statusCode(403).body("code", equalTo("ACCESS.NO_DEPARTMENT"));
        Api.as(requester).get("/api/v1/usage-requests/not-a-uuid").then().statusCode(404);
    }

    @Test
    void another_departments_request_is_not_found_and_lists_are_scoped() {
        String mine = department();
        String theirs = department();
        String requester = Tokens.of("rina-" + mine, mine, "requester");
        String stranger = Tokens.of("taro-" + theirs, theirs, "requester");
        String id = draft(requester, RequestBodies.needsSecurityAndLegal());
        Api.as(stranger).get("/api/v1/usage-requests/" + id).then().statusCode(404).contentType(PROBLEM);
        Api.as(stranger).post("/api/v1/usage-requests/" + id + "/submit").then().statusCode(404);
        Api.as(stranger).get("/api/v1/usage-requests?size=200").then().statusCode(200)
                .body("items.department", everyItem(equalTo(theirs)));
        Api.as(stranger).get("/api/v1/usage-requests?department=" + mine).then().statusCode(200)
                .body("items", empty());
        submit(requester, id).then().statusCode(200);
        // reviewers see requests waiting for their kind across departments; admins and auditors see all
        Api.as(Tokens.legal()).get("/api/v1/usage-requests?pendingReview=LEGAL&size=200").then().statusCode(200)
                .body("items.id", hasItem(id));
        Api.as(Tokens.finance()).get("/api/v1/usage-requests/" + id).then().statusCode(404);
        Api.as(Tokens.auditor()).get("/api/v1/usage-requests/" + id).then().statusCode(200);
        Api.as(Tokens.admin()).get("/api/v1/usage-requests?department=" + mine).then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void two_reviewers_deciding_the_same_review_at_once_cannot_both_win() throws Exception {
        String dept = department();
        String requester = Tokens.of("rina-" + dept, dept, "requester");
        for (int round = 0; round < 3; round++) {
            String id = draft(requester, RequestBodies.needsSecurityAndLegal());
            submit(requester, id).then().statusCode(200);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Response>> calls = new ArrayList<>();
                for (String reviewer : new String[]{"sora-security", "sam-security"}) {
                    calls.add(() -> {
                        start.await();
                        return review(Tokens.of(reviewer, "security", "security-reviewer"), id, "SECURITY",
                                reviewer.startsWith("sora") ? "APPROVE" : "REJECT", "decided by " + reviewer);
                    });
                }
                List<Future<Response>> futures = new ArrayList<>();
                for (Callable<Response> call : calls) {
                    futures.add(pool.submit(call));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Response> f : futures) {
                    statuses.add(f.get().statusCode());
                }
                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            } finally {
                pool.shutdownNow();
            }
            Api.as(Tokens.auditor()).get("/api/v1/usage-requests/" + id).then()
                    .body("decisions.findAll { it.kind == 'SECURITY' }.size()", is(1));
        }
    }
}
