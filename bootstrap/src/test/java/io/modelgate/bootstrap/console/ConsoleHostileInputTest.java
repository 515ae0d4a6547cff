package io.modelgate.bootstrap.console;

import io.modelgate.bootstrap.console.ConsolePagesTest.FormPage;
import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.RawHttp;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 §1 and §2 on the console (it is not in the OpenAPI document, so the generated suite does not
 * reach it): hostile form fields, query and path parameters answer a 4xx page that names the field, stay
 * small, and store nothing; amounts with exponents are refused without being written out.
 */
@QuarkusTest
class ConsoleHostileInputTest {

    @TestHTTPResource("/")
    URI base;

    /** A console page with its layout is a few KiB; a refusal must not grow with the input. */
    static final int MAX_PAGE_BYTES = 16 * 1024;

    @Test
    void control_characters_in_form_fields_are_refused_and_nothing_is_stored() {
        String requester = Tokens.requester("hostile-console-" + UUID.randomUUID().toString().substring(0, 8));
        long before = requests(requester);
        FormPage form = ConsolePagesTest.formPage(requester, "/console/requests/new");
        for (String purpose : new String[] {"a\u0000b", "a\u0001b", "a\u0085b"}) {
            Map<String, String> fields = ConsolePagesTest.draftFields(purpose, false);
            Response refused = form.post(requester).formParams(fields).post("/console/requests");
            assertRefused(refused, 422, "purpose"); // the use case's text refuses it: nothing reaches the database
        }
        Map<String, String> longer = ConsolePagesTest.draftFields("x".repeat(10_000), false);
        Response tooLong = form.post(requester).formParams(longer).post("/console/requests");
        assertThat(tooLong.statusCode()).as(tooLong.asString()).isBetween(400, 499);
        assertThat(tooLong.asByteArray().length).isLessThan(MAX_PAGE_BYTES);
        assertThat(requests(requester)).isEqualTo(before);
    }

    @Test
    void hostile_query_and_path_parameters_are_refused_with_a_page_naming_them() {
        assertRefused(ConsolePagesTest.as(Tokens.admin()).urlEncodingEnabled(false).get("/console/budgets?department=%00"),
                400, "department");
        assertRefused(ConsolePagesTest.as(Tokens.admin()).urlEncodingEnabled(false).get("/console/requests/a%00b"),
                400, "id");
        assertRefused(ConsolePagesTest.as(Tokens.auditor()).get("/console/audit?page=abc"), 422, "page");
    }

    @Test
    void amounts_with_exponents_are_refused_at_once_and_not_written_out() {
        FormPage form = ConsolePagesTest.formPage(Tokens.admin(), "/console/budgets?department=finance");
        for (String amount : new String[] {"1e-999999999", "1e+999999999", "1e-10000000"}) {
            long started = System.nanoTime();
            Response refused = form.post(Tokens.admin()).formParam("department", "hostile-budget")
                    .formParam("month", "2030-01").formParam("amount", amount).formParam("hardLimit", "1")
                    .formParam("currency", "JPY").formParam("softAlertPercent", "80").post("/console/budgets");
            assertRefused(refused, 422, "amount");
            assertThat(System.nanoTime() - started).as("nanoseconds for " + amount).isLessThan(2_000_000_000L);
        }
        Api.as(Tokens.admin()).get("/api/v1/departments/hostile-budget/budgets").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(0));
    }

    @Test
    void a_form_post_with_an_empty_content_type_is_refused_with_415() throws Exception {
        // RestAssured will not send an empty Content-Type.
        RawHttp.Answer refused = RawHttp.send("POST", base.resolve("/console/requests"), Map.of("Authorization",
                "Bearer " + Tokens.requester("sales"), "Content-Type", ""), "purpose=x".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.contentType()).startsWith("text/html");
    }

    private static void assertRefused(Response page, int status, String field) {
        assertThat(page.statusCode()).as(page.asString()).isEqualTo(status);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString()).contains(field).doesNotContain("Exception");
        assertThat(page.asByteArray().length).isLessThan(MAX_PAGE_BYTES);
    }

    private static long requests(String requester) {
        return ((Number) Api.as(requester).get("/api/v1/usage-requests").then().statusCode(200).extract()
                .path("totalItems")).longValue();
    }
}
