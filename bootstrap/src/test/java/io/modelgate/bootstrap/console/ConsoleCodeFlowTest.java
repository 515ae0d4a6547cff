package io.modelgate.bootstrap.console;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in by the authorization code flow against the test provider (ConsoleIdpResource), as a browser
 * does it: redirect to the provider, come back with a code, get a session cookie. The ID token carries
 * neither roles nor department; the pages show them from the access token, as the API reads them.
 */
@QuarkusTest
class ConsoleCodeFlowTest {

    /** Signs in through the code flow and returns the session's cookies. */
    static Map<String, String> signIn(String subject, String department, String roles) {
        Response challenge = RestAssured.given().redirects().follow(false).get("/console");
        assertThat(challenge.statusCode()).isEqualTo(302);
        Map<String, String> cookies = new HashMap<>(challenge.getCookies());
        String login = challenge.getHeader("Location") + "&login_hint=" + subject + "&department=" + department
                + "&roles=" + URLEncoder.encode(roles, StandardCharsets.UTF_8);
        Response provider = RestAssured.given().redirects().follow(false).urlEncodingEnabled(false).get(login);
        assertThat(provider.statusCode()).isEqualTo(302);
        Response callback = RestAssured.given().redirects().follow(false).urlEncodingEnabled(false).cookies(cookies)
                .get(provider.getHeader("Location"));
        assertThat(callback.statusCode()).as(callback.asString()).isIn(302, 303);
        cookies.putAll(callback.getCookies());
        assertThat(cookies.keySet()).anyMatch(name -> name.startsWith("q_session_console"));
        return cookies;
    }

    @Test
    void a_person_signs_in_and_the_pages_use_roles_and_department_from_the_access_token() {
        Map<String, String> session = signIn("sakura-sales", "sales", "requester");
        String home = RestAssured.given().redirects().follow(false).cookies(session).get("/console").then()
                .statusCode(200).extract().asString();
        assertThat(home).contains("id=\"me-subject\">sakura-sales<").contains("id=\"me-department\">sales<")
                .contains("<span class=\"role\">requester</span>").contains("href=\"/console/requests/new\"");
        assertThat(RestAssured.given().redirects().follow(false).cookies(session).get("/console/audit").statusCode())
                .isEqualTo(403);
    }

    @Test
    void an_auditor_sees_the_verification_and_signing_out_goes_to_the_provider_and_back_to_the_signed_out_page() {
        Map<String, String> session = signIn("aoi-audit", "", "auditor");
        assertThat(RestAssured.given().cookies(session).get("/console/audit").asString())
                .contains("data-verified=\"true\"");
        Response logout = RestAssured.given().redirects().follow(false).cookies(session).get("/console/logout");
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.getHeader("Location")).contains("/protocol/openid-connect/logout")
                .contains("post_logout_redirect_uri=").contains("console%2Fsigned-out");
        assertThat(RestAssured.get("/console/signed-out").asString()).contains("<h1>You have signed out</h1>")
                .contains("id=\"sign-in\"");
    }
}
