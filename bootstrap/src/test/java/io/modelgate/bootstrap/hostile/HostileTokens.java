package io.modelgate.bootstrap.hostile;

import io.modelgate.bootstrap.testsupport.Tokens;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Bearer credentials that must all answer 401: malformed, unsigned, another key, expired, another issuer. */
final class HostileTokens {

    record Token(String label, String value) {
    }

    private HostileTokens() {
    }

    static List<Token> all() {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = Map.of("iss", Tokens.ISSUER, "sub", "mallory", "groups", List.of("admin",
                "gateway-client", "requester", "auditor"), "iat", now, "exp", now + 600);
        return List.of(
                new Token("a dot", "."),
                new Token("three dots", "..."),
                new Token("two parts", "a.b"),
                new Token("not base64", "not-a-jwt!"),
                new Token("garbage in three parts", "eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl"),
                new Token("10,000 characters", "x".repeat(10_000)),
                new Token("alg none", unsigned(claims)),
                new Token("signed by another key", Tokens.signedByStranger("mallory", "admin", "gateway-client")),
                new Token("expired", Tokens.signed(Map.of("iss", Tokens.ISSUER, "sub", "late", "groups", List.of("admin"),
                        "iat", now - 7200, "exp", now - 3600))),
                new Token("another issuer", Tokens.signed(Map.of("iss", "https://evil.example.com", "sub", "x",
                        "groups", List.of("admin"), "iat", now, "exp", now + 600))),
                new Token("not yet valid", Tokens.signed(Map.of("iss", Tokens.ISSUER, "sub", "early",
                        "groups", List.of("admin"), "iat", now, "nbf", now + 3600, "exp", now + 7200))));
    }

    /** {"alg": "none"} over valid claims, with an empty signature. */
    private static String unsigned(Map<String, Object> claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        StringBuilder payload = new StringBuilder("{");
        claims.forEach((name, value) -> payload.append(payload.length() > 1 ? "," : "").append('"').append(name)
                .append("\":").append(value instanceof String text ? "\"" + text + "\""
                        : value instanceof List<?> list ? list.stream().map(v -> "\"" + v + "\"")
                        .collect(java.util.stream.Collectors.joining(",", "[", "]")) : value.toString()));
        payload.append('}');
        return base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
