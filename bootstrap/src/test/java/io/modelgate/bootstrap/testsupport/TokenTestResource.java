package io.modelgate.bootstrap.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points quarkus-oidc at the test key pair: tokens are verified by the real OIDC code path (signature,
 * issuer, expiry), exactly as with QUARKUS_OIDC_PUBLIC_KEY in production.
 */
public class TokenTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.public-key", Tokens.keys().publicKeyBase64(),
                "quarkus.oidc.token.issuer", Tokens.ISSUER);
    }

    @Override
    public void stop() {
    }
}
