package io.modelgate.bootstrap.testsupport;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * A minimal OIDC provider for the console tenant: discovery and the JWKS of the test key, so that the
 * console verifies the suite's signed tokens through the provider's keys (the production path), and an
 * anonymous visitor is sent to its authorization endpoint. In tests the tenant is "hybrid" so pages can
 * be driven with bearer tokens. It also answers the code flow (a "login" that signs in whoever the test
 * names, and a token endpoint issuing Keycloak-shaped tokens) so that sign-in, the session and sign-out
 * are shown too; the e2e script does the same against a real Keycloak.
 */
public class ConsoleIdpResource implements QuarkusTestResourceLifecycleManager {

    static final String REALM = "/realms/modelgate";
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + REALM;
        String discovery = """
                {"issuer": "%s", "authorization_endpoint": "%s/protocol/openid-connect/auth",
                 "token_endpoint": "%s/protocol/openid-connect/token", "jwks_uri": "%s/protocol/openid-connect/certs",
                 "end_session_endpoint": "%s/protocol/openid-connect/logout",
                 "response_types_supported": ["code"], "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"]}
                """.formatted(Tokens.ISSUER, base, base, base, base);
        RSAPublicKey key = (RSAPublicKey) Tokens.keys().publicKey();
        String jwks = """
                {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "n": "%s", "e": "%s"}]}
                """.formatted(unsigned(key.getModulus().toByteArray()), unsigned(key.getPublicExponent().toByteArray()));
        serve(REALM + "/.well-known/openid-configuration", discovery);
        serve(REALM + "/protocol/openid-connect/certs", jwks);
        server.createContext(REALM + "/protocol/openid-connect/auth", this::authorize);
        server.createContext(REALM + "/protocol/openid-connect/token", this::token);
        server.start();
        return Map.of(
                "quarkus.oidc.console.tenant-enabled", "true",
                "quarkus.oidc.console.auth-server-url", base,
                "quarkus.oidc.console.application-type", "hybrid",
                "quarkus.oidc.console.credentials.secret", UUID.randomUUID().toString());
    }

    /**
     * The "login page": signs in whoever the test names in {@code login_hint}, {@code department} and
     * {@code roles} (added by the test to the URL the console redirected to) and sends the browser back
     * with a one-time code.
     */
    private void authorize(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        SIGNED_IN.put(code, Map.of("sub", query.getOrDefault("login_hint", "nobody"),
                "department", query.getOrDefault("department", ""), "roles", query.getOrDefault("roles", "")));
        String redirect = query.get("redirect_uri");
        String back = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code + "&state="
                + java.net.URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /**
     * Exchanges a code for tokens like Keycloak: an ID token without roles or department, and an access
     * token that carries them (realm roles, department), both signed with the suite's key.
     */
    private void token(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, String> user = SIGNED_IN.remove(body.getOrDefault("code", ""));
        if (user == null) {
            answer(exchange, 400, "{\"error\": \"invalid_grant\"}");
            return;
        }
        long now = java.time.Instant.now().getEpochSecond();
        Map<String, Object> id = new java.util.LinkedHashMap<>();
        id.put("iss", Tokens.ISSUER);
        id.put("sub", user.get("sub"));
        id.put("aud", "modelgate-console");
        id.put("preferred_username", user.get("sub"));
        id.put("iat", now);
        id.put("exp", now + 600);
        Map<String, Object> access = new java.util.LinkedHashMap<>();
        access.put("iss", Tokens.ISSUER);
        access.put("sub", user.get("sub"));
        access.put("typ", "Bearer");
        access.put("azp", "modelgate-console");
        access.put("realm_access", Map.of("roles", java.util.List.of(user.get("roles").split(","))));
        if (!user.get("department").isEmpty()) {
            access.put("department", user.get("department"));
        }
        access.put("iat", now);
        access.put("exp", now + 600);
        answer(exchange, 200, "{\"access_token\": \"" + Tokens.signed(access) + "\", \"id_token\": \""
                + Tokens.signed(id) + "\", \"token_type\": \"Bearer\", \"expires_in\": 600}");
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static final Map<String, Map<String, String>> SIGNED_IN = new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new java.util.HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
        return values;
    }

    private void serve(String path, String json) {
        server.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    /** Base64url of a big-endian magnitude without the sign byte, as JWK wants it. */
    private static String unsigned(byte[] bytes) {
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] magnitude = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(magnitude);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
