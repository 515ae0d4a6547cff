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
 * be driven with bearer tokens; the code flow itself is exercised against Keycloak by the e2e script.
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
        server.start();
        return Map.of(
                "quarkus.oidc.console.tenant-enabled", "true",
                "quarkus.oidc.console.auth-server-url", base,
                "quarkus.oidc.console.application-type", "hybrid",
                "quarkus.oidc.console.credentials.secret", UUID.randomUUID().toString());
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
