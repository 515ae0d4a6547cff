package io.modelgate.bootstrap.testsupport;

import io.modelgate.bootstrap.local.LocalKeys;
import io.modelgate.bootstrap.local.TokenMinter;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Signed test tokens. The key pair lives under target/, shared by the test resource and the tests. */
public final class Tokens {

    public static final String ISSUER = "https://idp.modelgate.test/realms/modelgate";

    private Tokens() {
    }

    static LocalKeys keys() {
        return LocalKeys.loadOrCreate(Path.of("target", "test-keys"));
    }

    public static String of(String subject, String department, String... roles) {
        return new TokenMinter(keys().privateKey(), ISSUER)
                .mint(subject, List.of(roles), department, Instant.now(), Duration.ofMinutes(10));
    }

    public static String admin() {
        return of("ada-admin", null, "admin");
    }

    public static String requester(String department) {
        return of("rei-requester-" + department, department, "requester");
    }

    public static String legal() {
        return of("lena-legal", "legal", "legal-reviewer");
    }

    public static String finance() {
        return of("fumi-finance", "finance", "finance-reviewer");
    }

    public static String auditor() {
        return of("aki-auditor", null, "auditor");
    }

    /** Any claim set, signed with the trusted key: for expired, wrong-issuer and Keycloak-shaped tokens. */
    public static String signed(Map<String, Object> claims) {
        return new TokenMinter(keys().privateKey(), ISSUER).sign(claims);
    }

    /** A well-formed token signed by a key the platform does not trust. */
    public static String signedByStranger(String subject, String... roles) {
        LocalKeys stranger = LocalKeys.loadOrCreate(Path.of("target", "stranger-keys"));
        return new TokenMinter(stranger.privateKey(), ISSUER)
                .mint(subject, List.of(roles), null, Instant.now(), Duration.ofMinutes(10));
    }
}
