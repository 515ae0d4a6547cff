package io.modelgate.bootstrap.console;

import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Budgets;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's pages with real token verification: the console tenant checks the suite's signed
 * tokens against the test provider's JWKS (ConsoleIdpResource), forms carry the CSRF token the page
 * gave, and every assertion reads the page's content.
 */
@QuarkusTest
class ConsolePagesTest {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern VERSION_INPUT = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern REQUEST_ID = Pattern.compile("/console/requests/([0-9a-f-]{36})$");

    @Inject
    DataSource dataSource;

    String department() {
        String department = "con-" + UUID.randomUUID().toString().substring(0, 8);
        Budgets.set(dataSource, department, 50_000_000);
        return department;
    }

    static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).redirects().follow(false);
    }

    /** A page with a form, and the CSRF cookie and token the form posts back. */
    record FormPage(String html, String cookie, String token) {
        RequestSpecification post(String bearer) {
            return as(bearer).cookie("csrf-token", cookie).contentType("application/x-www-form-urlencoded")
                    .formParam("csrf-token", token);
        }

        String version() {
            Matcher m = VERSION_INPUT.matcher(html);
            assertThat(m.find()).as("the page carries the version it shows").isTrue();
            return m.group(1);
        }
    }

    static FormPage formPage(String bearer, String path) {
        Response page = as(bearer).get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        String html = page.asString();
        Matcher token = CSRF_INPUT.matcher(html);
        assertThat(token.find()).as("the form on " + path + " carries a CSRF token").isTrue();
        String cookie = page.getCookie("csrf-token");
        assertThat(cookie).as("the CSRF cookie").isNotBlank();
        return new FormPage(html, cookie, token.group(1));
    }

    static Map<String, String> draftFields(String purpose, boolean commercial) {
        Map<String, String> f = new HashMap<>();
        f.put("modelId", "llama-3-70b-instruct");
        f.put("deployment", "ON_PREMISES");
        f.put("purpose", purpose);
        f.put("taskCategory", "REPORT_GENERATION");
        f.put("audience", "INTERNAL");
        if (commercial) {
            f.put("commercial", "true");
        }
        f.put("expectedMonthlyActiveUsers", "40");
        f.put("highestClassification", "INTERNAL");
        f.put("requestsPerMonth", "2000");
        f.put("averageInputTokens", "600");
        f.put("averageOutputTokens", "250");
        return f;
    }

    long requestsOf(String requester) {
        return ((Number) Api.as(requester).get("/api/v1/usage-requests").then().statusCode(200)
                .extract().path("totalItems")).longValue();
    }

    String drafted(String requester, String purpose) {
        FormPage form = formPage(requester, "/console/requests/new");
        Response created = form.post(requester).formParams(draftFields(purpose, true)).post("/console/requests");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(303);
        Matcher id = REQUEST_ID.matcher(created.getHeader("Location"));
        assertThat(id.find()).as(created.getHeader("Location")).isTrue();
        return id.group(1);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_identity_provider_to_sign_in() {
        Response response = RestAssured.given().redirects().follow(false).get("/console/requests");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.getHeader("Location")).contains("/realms/modelgate/protocol/openid-connect/auth")
                .contains("client_id=modelgate-console").contains("response_type=code");
    }

    @Test
    void home_says_who_i_am_my_department_and_roles() {
        String html = as(Tokens.requester("sales")).get("/console").then().statusCode(200).extract().asString();
        assertThat(html).contains("<h1>Welcome</h1>").contains("id=\"me-subject\">rei-requester-sales<")
                .contains("id=\"me-department\">sales<").contains("requester").contains("href=\"/console/requests/new\"")
                .doesNotContain("href=\"/console/audit\"");
    }

    @Test
    void a_requester_drafts_sees_findings_and_cost_submits_and_a_legal_reviewer_approves_from_the_queue() {
        String department = department();
        String requester = Tokens.requester(department);
        String id = drafted(requester, "Monthly sales report drafts");

        FormPage detail = formPage(requester, "/console/requests/" + id);
        assertThat(detail.html()).contains("data-request-id=\"" + id + "\"").contains("id=\"request-status\">DRAFT<")
                .contains("id=\"findings\"").contains("id=\"preview-reviews\">LEGAL<")
                .contains("id=\"estimate-monthly\">").contains("JPY</dd>")
                .contains("id=\"remaining-budget\">50,000,000 JPY<").contains("id=\"submit-form\"");

        Response submitted = detail.post(requester).formParam("version", detail.version())
                .post("/console/requests/" + id + "/submit");
        assertThat(submitted.statusCode()).isEqualTo(303);
        String inReview = as(requester).get("/console/requests/" + id).asString();
        assertThat(inReview).contains("id=\"request-status\">IN_REVIEW<").contains("id=\"pending-reviews\">LEGAL<")
                .doesNotContain("id=\"submit-form\"").contains("id=\"withdraw-form\"");

        Response refused = as(requester).get("/console/reviews");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.asString()).contains("id=\"problem\"").doesNotContain("review-queue");

        String legal = Tokens.legal();
        assertThat(as(legal).get("/console/reviews").asString()).contains("data-request-id=\"" + id + "\"");
        FormPage review = formPage(legal, "/console/reviews/" + id);
        assertThat(review.html()).contains("id=\"review-form\"").contains("id=\"review-approve\"")
                .contains("<option value=\"LEGAL\">").contains("id=\"estimate-monthly\">");
        Response approved = review.post(legal).formParam("kind", "LEGAL").formParam("outcome", "APPROVE")
                .formParam("version", review.version()).post("/console/reviews/" + id);
        assertThat(approved.statusCode()).isEqualTo(303);

        String done = as(requester).get("/console/requests/" + id).asString();
        assertThat(done).contains("id=\"request-status\">APPROVED<").contains("id=\"approval-link\"")
                .contains("lena-legal");
        assertThat(as(requester).get("/console/approvals").asString()).contains("llama-3-70b-instruct")
                .contains(department);
    }

    @Test
    void a_rejection_without_a_comment_is_shown_on_the_review_page_and_decides_nothing() {
        String requester = Tokens.requester(department());
        String id = drafted(requester, "Contract summaries");
        FormPage detail = formPage(requester, "/console/requests/" + id);
        detail.post(requester).formParam("version", detail.version()).post("/console/requests/" + id + "/submit")
                .then().statusCode(303);

        FormPage review = formPage(Tokens.legal(), "/console/reviews/" + id);
        Response refused = review.post(Tokens.legal()).formParam("kind", "LEGAL").formParam("outcome", "REJECT")
                .formParam("comment", " ").formParam("version", review.version()).post("/console/reviews/" + id);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("role=\"alert\" id=\"form-error\"").contains("comment")
                .contains("id=\"review-form\"");
        assertThat(as(requester).get("/console/requests/" + id).asString())
                .contains("id=\"request-status\">IN_REVIEW<");
    }

    @Test
    void a_stale_submit_gets_a_clear_message_and_changes_nothing() {
        String requester = Tokens.requester(department());
        String id = drafted(requester, "Stale edit");
        FormPage detail = formPage(requester, "/console/requests/" + id);
        Response stale = detail.post(requester).formParam("version", "99").post("/console/requests/" + id + "/submit");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("id=\"form-error\"").contains("Reload the page")
                .contains("id=\"request-status\">DRAFT<");
    }

    @Test
    void a_requester_lists_edits_and_withdraws_a_draft_and_a_stale_edit_is_refused() {
        String requester = Tokens.requester(department());
        String id = drafted(requester, "First wording");
        assertThat(as(requester).get("/console/requests").asString()).contains("data-request-id=\"" + id + "\"")
                .contains(">First wording</a>").contains("DRAFT");

        FormPage edit = formPage(requester, "/console/requests/" + id + "/edit");
        assertThat(edit.html()).contains("id=\"draft-form\"").contains(">First wording</textarea>")
                .contains("<option value=\"llama-3-70b-instruct\" selected>");
        String version = edit.version();
        Map<String, String> fields = draftFields("Second wording", false);
        Response edited = edit.post(requester).formParams(fields).formParam("version", version)
                .post("/console/requests/" + id + "/edit");
        assertThat(edited.statusCode()).isEqualTo(303);
        assertThat(as(requester).get("/console/requests/" + id).asString()).contains("Second wording")
                .contains("EDITED");

        Response stale = edit.post(requester).formParams(draftFields("Third wording", false))
                .formParam("version", version).post("/console/requests/" + id + "/edit");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("id=\"form-error\"").contains("Reload the page")
                .contains(">Third wording</textarea>");
        assertThat(as(requester).get("/console/requests/" + id).asString()).contains("Second wording")
                .doesNotContain("Third wording");

        FormPage detail = formPage(requester, "/console/requests/" + id);
        Response withdrawn = detail.post(requester).formParam("version", detail.version())
                .post("/console/requests/" + id + "/withdraw");
        assertThat(withdrawn.statusCode()).isEqualTo(303);
        assertThat(as(requester).get("/console/requests/" + id).asString())
                .contains("id=\"request-status\">WITHDRAWN<").doesNotContain("id=\"withdraw-form\"")
                .doesNotContain("id=\"submit-form\"");
    }

    @Test
    void another_requester_of_the_same_department_cannot_submit_my_draft() {
        String department = department();
        String id = drafted(Tokens.requester(department), "Mine");
        String colleague = Tokens.of("kenji-colleague", department, "requester");
        FormPage detail = formPage(colleague, "/console/requests/" + id);
        Response refused = detail.post(colleague).formParam("version", detail.version())
                .post("/console/requests/" + id + "/submit");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.asString()).contains("id=\"form-error\"").contains("id=\"request-status\">DRAFT<");
    }

    @Test
    void a_form_post_without_the_csrf_token_is_refused_and_stores_nothing() {
        String requester = Tokens.requester(department());
        long before = requestsOf(requester);
        Response refused = as(requester).contentType("application/x-www-form-urlencoded")
                .formParams(draftFields("Forged", false)).post("/console/requests");
        assertThat(refused.statusCode()).isEqualTo(400);
        FormPage form = formPage(requester, "/console/requests/new");
        Response wrongToken = as(requester).cookie("csrf-token", form.cookie())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", "not-the-token")
                .formParams(draftFields("Forged", false)).post("/console/requests");
        assertThat(wrongToken.statusCode()).isEqualTo(400);
        assertThat(requestsOf(requester)).isEqualTo(before);
    }

    @Test
    void bad_input_is_shown_back_with_the_users_values_and_stores_nothing() {
        String requester = Tokens.requester(department());
        long before = requestsOf(requester);
        FormPage form = formPage(requester, "/console/requests/new");
        Map<String, String> fields = draftFields("Keep my purpose text", false);
        fields.put("expectedMonthlyActiveUsers", "many");
        Response refused = form.post(requester).formParams(fields).post("/console/requests");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("role=\"alert\" id=\"form-error\"")
                .contains("expectedMonthlyActiveUsers: must be a whole number (was &#39;many&#39;)")
                .contains(">Keep my purpose text</textarea>").contains("value=\"many\"").contains("id=\"draft-form\"");

        fields = draftFields("Unknown model", false);
        fields.put("modelId", "no-such-model");
        Response unknown = form.post(requester).formParams(fields).post("/console/requests");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.asString()).contains("id=\"form-error\"").contains("no-such-model");
        assertThat(requestsOf(requester)).isEqualTo(before);
    }

    @Test
    void another_departments_request_is_not_found() {
        String id = drafted(Tokens.requester(department()), "Private to my department");
        Response other = as(Tokens.requester(department())).get("/console/requests/" + id);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.asString()).contains("id=\"problem\"").doesNotContain("Private to my department");
    }

    @Test
    void labels_follow_accept_language_and_the_switch_remembers_the_choice() {
        String requester = Tokens.requester("sales");
        assertThat(as(requester).header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.8").get("/console").asString())
                .contains("<html lang=\"ja\">").contains("<h1>ようこそ</h1>").contains("承認申請");
        assertThat(as(requester).header("Accept-Language", "en-US,en;q=0.9").get("/console").asString())
                .contains("<html lang=\"en\">").contains("<h1>Welcome</h1>");

        Response switched = as(requester).header("Accept-Language", "en").get("/console?lang=ja");
        assertThat(switched.getCookie("modelgate-lang")).isEqualTo("ja");
        assertThat(switched.asString()).contains("<h1>ようこそ</h1>");
        assertThat(as(requester).header("Accept-Language", "en").cookie("modelgate-lang", "ja")
                .get("/console/catalog").asString()).contains("<h1>カタログ</h1>");
        assertThat(as(requester).header("Accept-Language", "ja").cookie("modelgate-lang", "en")
                .get("/console/catalog").asString()).contains("<h1>Catalog</h1>");
    }

    @Test
    void the_catalog_shows_models_and_license_terms() {
        String html = as(Tokens.requester("sales")).get("/console/catalog").asString();
        assertThat(html).contains("data-model-id=\"llama-3-70b-instruct\"").contains("data-license-id=\"llama-3-community\"")
                .contains("700,000,000").contains("CC-BY-NC-4.0");
    }

    @Test
    void an_auditor_sees_the_trail_and_its_verification_and_a_requester_may_not() {
        drafted(Tokens.requester(department()), "Something to audit");
        String html = as(Tokens.auditor()).get("/console/audit").then().statusCode(200).extract().asString();
        assertThat(html).contains("id=\"audit-verification\" data-verified=\"true\"").contains("VERIFIED")
                .contains("REQUEST.DRAFTED");
        assertThat(as(Tokens.auditor()).header("Accept-Language", "ja").get("/console/audit").asString())
                .contains("検証済み");
        assertThat(as(Tokens.requester("sales")).get("/console/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void budgets_are_read_only_for_non_admins_and_admins_set_them() {
        String department = department();
        String requester = Tokens.requester(department);
        String page = as(requester).get("/console/budgets").asString();
        assertThat(page).contains("id=\"budget-amount\">50,000,000 JPY<").contains("id=\"budget-readonly\"")
                .doesNotContain("id=\"budget-form\"");
        FormPage any = formPage(requester, "/console/requests/new");
        Response refused = any.post(requester).formParam("department", department).formParam("month", "2030-01")
                .formParam("amount", "1").formParam("hardLimit", "1").formParam("currency", "JPY")
                .formParam("softAlertPercent", "80").post("/console/budgets");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(as(requester).get("/console/budgets").asString()).doesNotContain("2030-01");

        String admin = Tokens.admin();
        FormPage form = formPage(admin, "/console/budgets?department=" + department);
        assertThat(form.html()).contains("id=\"budget-form\"");
        Response set = form.post(admin).formParam("department", department).formParam("month", "2030-01")
                .formParam("amount", "700000").formParam("hardLimit", "800000").formParam("currency", "JPY")
                .formParam("softAlertPercent", "75").formParam("version", "").post("/console/budgets");
        assertThat(set.statusCode()).isEqualTo(303);
        assertThat(as(requester).get("/console/budgets").asString()).contains("2030-01").contains("700,000 JPY");

        Response bad = form.post(admin).formParam("department", department).formParam("month", "2030-02")
                .formParam("amount", "900000").formParam("hardLimit", "100").formParam("currency", "JPY")
                .formParam("softAlertPercent", "75").post("/console/budgets");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.asString()).contains("id=\"form-error\"").contains("hardLimit");
        assertThat(as(requester).get("/console/budgets").asString()).doesNotContain("2030-02");
    }

    @Test
    void an_admin_revokes_an_approval_on_its_page() {
        String department = department();
        String approvalId = io.modelgate.bootstrap.testsupport.Approvals.grant(department,
                io.modelgate.bootstrap.testsupport.Approvals.request("llama-3-70b-instruct", "ON_PREMISES",
                        "INTERNAL", "REPORT_GENERATION"));
        assertThat(as(Tokens.requester(department)).get("/console/approvals/" + approvalId).asString())
                .contains("id=\"approval-status\">ACTIVE<").doesNotContain("id=\"revoke-form\"");
        FormPage page = formPage(Tokens.admin(), "/console/approvals/" + approvalId);
        Response revoked = page.post(Tokens.admin()).formParam("reason", "project cancelled")
                .formParam("version", page.version()).post("/console/approvals/" + approvalId + "/revoke");
        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(as(Tokens.admin()).get("/console/approvals/" + approvalId).asString())
                .contains("id=\"approval-status\">REVOKED<").contains("project cancelled");
    }

    @Test
    void the_api_keeps_answering_json_problems_and_needs_no_csrf_token() {
        Api.anonymous().get("/api/v1/models").then().statusCode(401).contentType("application/problem+json");
        Response api = Api.as(Tokens.requester("sales")).get("/api/v1/models");
        assertThat(api.statusCode()).isEqualTo(200);
        List<String> models = api.path("items.id");
        assertThat(models).contains("llama-3-70b-instruct");
        assertThat(api.getHeaders().getValues("Set-Cookie")).as("API responses carry no CSRF cookie").isEmpty();
        assertThat(as(Tokens.requester("sales")).get("/console/requests/new").getHeaders().getValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith("csrf-token=") && c.contains("Path=/console"));
    }
}
