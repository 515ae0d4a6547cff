package io.modelgate.bootstrap.console;

import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.PostgresTestResource;
import io.modelgate.bootstrap.testsupport.TokenTestResource;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Like local mode: API tokens verified with a public key, no identity provider to sign people in.
 * The console's tenant is switched off by ConsoleSignInSwitch (nothing sets it here) and every console
 * path answers one plain page that says how to configure sign-in; the API works as before.
 */
@QuarkusTest
@TestProfile(ConsoleWithoutIdentityProviderTest.PublicKeyOnly.class)
class ConsoleWithoutIdentityProviderTest {

    public static class PublicKeyOnly implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestResource.class),
                    new TestResourceEntry(TokenTestResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void every_console_path_explains_that_sign_in_needs_an_oidc_provider() {
        for (String path : List.of("/console", "/console/requests/new", "/console/audit", "/console/logout")) {
            Response page = RestAssured.given().redirects().follow(false).get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(503);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.asString()).contains("<h1>The console needs an OIDC provider</h1>")
                    .contains("QUARKUS_OIDC_AUTH_SERVER_URL").contains("QUARKUS_OIDC_CONSOLE_CREDENTIALS_SECRET")
                    .doesNotContain("Exception");
        }
        assertThat(RestAssured.given().header("Accept-Language", "ja").get("/console").asString())
                .contains("コンソールにはOIDCプロバイダーが必要です");
        Response forged = RestAssured.given().auth().oauth2(Tokens.requester("sales"))
                .contentType("application/x-www-form-urlencoded").formParam("purpose", "x").post("/console/requests");
        assertThat(forged.statusCode()).isEqualTo(503);
    }

    @Test
    void the_api_still_verifies_its_bearer_tokens_with_the_public_key() {
        Api.anonymous().get("/api/v1/models").then().statusCode(401);
        Api.as(Tokens.requester("sales")).get("/api/v1/models").then().statusCode(200);
    }
}
