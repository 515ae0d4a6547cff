package io.modelgate.bootstrap.console;

import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.ProviderStub;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's endpoints page: what the gateway calls, and an admin's store and remove forms. */
@QuarkusTest
class EndpointPagesTest {

    static final String GEMMA_CLOUD = "/api/v1/endpoints/gemma-2-9b/PRIVATE_CLOUD";

    @Test
    void an_admin_stores_and_removes_an_endpoint_and_a_pasted_key_is_refused_without_being_shown() {
        Api.as(Tokens.admin()).delete(GEMMA_CLOUD); // left by an earlier run on the same database, if any
        ConsolePagesTest.FormPage form = ConsolePagesTest.formPage(Tokens.admin(), "/console/endpoints");
        assertThat(form.html()).contains("id=\"endpoint-form\"").contains("mistral-7b-instruct/ON_PREMISES")
                .contains("environment variable OPENAI_API_KEY");

        Response pasted = form.post(Tokens.admin()).formParam("model", "gemma-2-9b").formParam("deployment", "PRIVATE_CLOUD")
                .formParam("protocol", "OPENAI_COMPATIBLE").formParam("url", ProviderStub.shared().baseUrl("ok"))
                .formParam("secretEnv", "sk-proj-CANARYconsole0123").post("/console/endpoints");
        assertThat(pasted.statusCode()).isEqualTo(422);
        assertThat(pasted.asString()).contains("id=\"form-error\"").contains("environment variable")
                .doesNotContain("sk-proj-CANARYconsole0123");
        Api.as(Tokens.admin()).get(GEMMA_CLOUD).then().statusCode(404);

        Response saved = form.post(Tokens.admin()).formParam("model", "gemma-2-9b").formParam("deployment", "PRIVATE_CLOUD")
                .formParam("protocol", "OPENAI_COMPATIBLE").formParam("url", ProviderStub.shared().baseUrl("ok"))
                .formParam("upstreamModel", "google/gemma-2-9b-it").formParam("timeoutSeconds", "20")
                .post("/console/endpoints");
        assertThat(saved.statusCode()).isEqualTo(303);
        Api.as(Tokens.admin()).get(GEMMA_CLOUD).then().statusCode(200)
                .body("upstreamModel", org.hamcrest.Matchers.equalTo("google/gemma-2-9b-it"));

        ConsolePagesTest.FormPage after = ConsolePagesTest.formPage(Tokens.admin(), "/console/endpoints");
        assertThat(after.html()).contains("data-endpoint=\"gemma-2-9b/PRIVATE_CLOUD\"").contains("google/gemma-2-9b-it");
        Response removed = after.post(Tokens.admin()).formParam("model", "gemma-2-9b")
                .formParam("deployment", "PRIVATE_CLOUD").formParam("version", "0").post("/console/endpoints/remove");
        assertThat(removed.statusCode()).isEqualTo(303);
        Api.as(Tokens.admin()).get(GEMMA_CLOUD).then().statusCode(404);
    }

    @Test
    void an_auditor_reads_the_page_without_forms_and_a_requester_may_not() {
        Response page = ConsolePagesTest.as(Tokens.auditor()).header("Accept-Language", "ja").get("/console/endpoints");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("プロバイダーのエンドポイント").contains("mistral-7b-instruct/ON_PREMISES")
                .doesNotContain("id=\"endpoint-form\"");
        assertThat(ConsolePagesTest.as(Tokens.requester("sales")).get("/console/endpoints").statusCode()).isEqualTo(403);
    }
}
