package io.modelgate.bootstrap.security;

import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.CatalogBodies;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Tokens go through quarkus-oidc's real verification: signature, issuer, expiry; then roles. */
@QuarkusTest
class TokenVerificationTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void no_token_is_401() {
        Api.anonymous().get("/api/v1/models").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("https://modelgate.dev/problems/unauthenticated"));
    }

    @Test
    void garbage_token_is_401() {
        Api.as("not-a-jwt").get("/api/v1/models").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void token_signed_by_another_key_is_401() {
        Api.as(Tokens.signedByStranger("mallory", "admin")).get("/api/v1/models").then().statusCode(401);
    }

    @Test
    void expired_token_is_401() {
        long past = Instant.now().minusSeconds(3600).getEpochSecond();
        String expired = Tokens.signed(Map.of("iss", Tokens.ISSUER, "sub", "late", "groups", List.of("admin"),
                "iat", past - 600, "exp", past));
        Api.as(expired).get("/api/v1/models").then().statusCode(401);
    }

    @Test
    void token_from_another_issuer_is_401() {
        long now = Instant.now().getEpochSecond();
        String foreign = Tokens.signed(Map.of("iss", "https://evil.example.com", "sub", "x", "groups",
                List.of("admin"), "iat", now, "exp", now + 600));
        Api.as(foreign).get("/api/v1/models").then().statusCode(401);
    }

    @Test
    void wrong_role_is_403_and_writes_nothing() {
        Api.as(Tokens.requester("sales")).body(CatalogBodies.model("sneaky-model")).post("/api/v1/models").then()
                .statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://modelgate.dev/problems/forbidden"));
        Api.as(Tokens.auditor()).body("{\"target\": \"RETIRED\"}").post("/api/v1/models/gpt-4o/lifecycle").then()
                .statusCode(403);
        Api.as(Tokens.admin()).get("/api/v1/models/sneaky-model").then().statusCode(404);
        Api.as(Tokens.admin()).get("/api/v1/models/gpt-4o").then().body("lifecycle", equalTo("ACTIVE"));
    }

    @Test
    void a_token_without_any_modelgate_role_is_403() {
        Api.as(Tokens.of("nobody", "sales")).get("/api/v1/models").then().statusCode(403);
    }

    @Test
    void keycloak_realm_roles_are_honoured() {
        long now = Instant.now().getEpochSecond();
        String keycloakShaped = Tokens.signed(Map.of("iss", Tokens.ISSUER, "sub", "kc-user", "iat", now,
                "exp", now + 600, "department", "sales", "realm_access", Map.of("roles", List.of("auditor"))));
        Api.as(keycloakShaped).get("/api/v1/models/gpt-4o").then().statusCode(200);
    }

    @Test
    void a_verified_token_is_remembered_until_it_expires_and_no_longer() throws InterruptedException {
        long now = Instant.now().getEpochSecond();
        String shortLived = Tokens.signed(Map.of("iss", Tokens.ISSUER, "sub", "brief", "groups", List.of("auditor"),
                "iat", now, "exp", now + 3));
        double hitsBefore = tokenCache("hit");

        Api.as(shortLived).get("/api/v1/models/gpt-4o").then().statusCode(200);
        Api.as(shortLived).get("/api/v1/models/gpt-4o").then().statusCode(200);
        Api.as(shortLived).get("/api/v1/models/gpt-4o").then().statusCode(200);
        // the first call was verified, the next two were answered from the cache
        org.assertj.core.api.Assertions.assertThat(tokenCache("hit") - hitsBefore).isGreaterThanOrEqualTo(2);

        Thread.sleep(Math.max(0, (now + 4) * 1000 - System.currentTimeMillis()));
        Api.as(shortLived).get("/api/v1/models/gpt-4o").then().statusCode(401);
    }

    @Test
    void a_remembered_token_with_another_signature_is_still_401() {
        String token = Tokens.of("sig-check", null, "auditor");
        Api.as(token).get("/api/v1/models/gpt-4o").then().statusCode(200);
        Api.as(token).get("/api/v1/models/gpt-4o").then().statusCode(200);

        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + Tokens.signedByStranger("sig-check", "auditor").split("\\.")[2];
        Api.as(forged).get("/api/v1/models/gpt-4o").then().statusCode(401);
        // a forged payload under the remembered signature is a different token too
        String widened = parts[0] + "." + Tokens.of("sig-check", null, "admin").split("\\.")[1] + "." + parts[2];
        Api.as(widened).get("/api/v1/models").then().statusCode(401);
    }

    private static double tokenCache(String result) {
        String metrics = RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("modelgate_auth_token_cache_total{") && line.contains("result=\"" + result + "\""))
                .mapToDouble(line -> Double.parseDouble(line.split(" ")[1])) // name{tags} value [# exemplar]
                .sum();
    }

    @Test
    void openapi_document_and_health_are_public() {
        RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/models"))
                .body("components.securitySchemes", org.hamcrest.Matchers.hasKey("bearer"));
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
    }
}
