package io.modelgate.bootstrap.console;

import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 §4 with a configured https public URL: console pages answer only for its host (421 for any
 * other Host header), the sign-in redirect goes back to the public URL over https whatever the request
 * said, every cookie the console sets is Secure, and pages carry the security headers.
 */
@QuarkusTest
@TestProfile(ConsolePublicUrlTest.HttpsPublicUrl.class)
class ConsolePublicUrlTest {

    static final String PUBLIC_HOST = "console.modelgate.test";

    public static class HttpsPublicUrl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("modelgate.public-url", "https://" + PUBLIC_HOST);
        }
    }

    @Test
    void another_host_is_refused_before_any_redirect_is_built() {
        Response page = RestAssured.given().redirects().follow(false).header("Host", "evil.example.com").get("/console");
        assertThat(page.statusCode()).isEqualTo(421);
        assertThat(page.getHeader("Location")).isNull();
        assertThat(page.asString()).contains("https://" + PUBLIC_HOST);
        assertThat(RestAssured.given().redirects().follow(false).header("Host", "localhost").get("/console").statusCode())
                .isEqualTo(421);
        // the API is not the console: it answers whichever host it is asked for
        assertThat(RestAssured.given().auth().oauth2(Tokens.auditor()).header("Host", "evil.example.com")
                .get("/api/v1/models/gpt-4o").statusCode()).isEqualTo(200);
    }

    @Test
    void the_sign_in_redirect_returns_to_the_public_url_over_https_with_secure_cookies() {
        Response challenge = RestAssured.given().redirects().follow(false).header("Host", PUBLIC_HOST).get("/console");
        assertThat(challenge.statusCode()).isEqualTo(302);
        String location = URLDecoder.decode(challenge.getHeader("Location"), StandardCharsets.UTF_8);
        assertThat(location).contains("redirect_uri=https://" + PUBLIC_HOST + "/console");
        List<String> cookies = challenge.getHeaders().getValues("Set-Cookie");
        assertThat(cookies).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
    }

    @Test
    void pages_send_the_security_headers_and_cookies_are_secure() {
        Response page = RestAssured.given().redirects().follow(false).header("Host", PUBLIC_HOST)
                .auth().oauth2(Tokens.requester("sales")).get("/console?lang=ja");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'").contains("default-src 'self'");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.getHeader("Cache-Control")).isEqualTo("no-store");
        List<String> cookies = page.getHeaders().getValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("modelgate-lang=ja"))
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));

        Response css = RestAssured.given().header("Host", PUBLIC_HOST).get("/console/console.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(css.getHeader("Cache-Control")).doesNotContain("no-store"); // no data in it: it may be cached
    }
}
