package io.modelgate.bootstrap;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the prod profile needs before it may serve anyone, each refusal one sentence that says what to
 * set (docs/operations.md). Checked before Quarkus starts, from the environment and system properties
 * ({@link ModelGateMain}), and again inside Quarkus with every configuration source ({@link StartupChecks}).
 */
final class ProdRequirements {

    static final String ANY_ISSUER = "any";

    private ProdRequirements() {
    }

    /** The first requirement the configuration misses, or empty. */
    static Optional<String> firstMissing(Function<String, Optional<String>> config) {
        boolean idp = config.apply("quarkus.oidc.auth-server-url").isPresent();
        boolean key = config.apply("quarkus.oidc.public-key").isPresent();
        if (!idp && !key) {
            return Optional.of(StartupChecks.NO_IDENTITY_PROVIDER);
        }
        boolean discovery = idp && config.apply("quarkus.oidc.discovery-enabled").map(Boolean::parseBoolean).orElse(true);
        if (!discovery && config.apply("quarkus.oidc.token.issuer").isEmpty()) {
            return Optional.of("ModelGate refuses to start in the prod profile without the token issuer to expect: "
                    + "with a public key (or without discovery) no issuer is known, and tokens of any issuer would be "
                    + "accepted. Set QUARKUS_OIDC_TOKEN_ISSUER to the iss claim your tokens carry, or to '" + ANY_ISSUER
                    + "' to accept every issuer on purpose (docs/operations.md).");
        }
        Optional<String> publicUrl = config.apply("modelgate.public-url");
        if (publicUrl.isPresent() && !isAbsoluteHttpUrl(publicUrl.get())) {
            return Optional.of("ModelGate refuses to start: MODELGATE_PUBLIC_URL must be an absolute http(s) URL such as "
                    + "https://modelgate.example.co.jp (docs/operations.md).");
        }
        boolean console = config.apply("quarkus.oidc.console.tenant-enabled").map(Boolean::parseBoolean).orElse(idp);
        if (console && publicUrl.isEmpty()) {
            return Optional.of("ModelGate refuses to start in the prod profile with console sign-in but no public URL: set "
                    + "MODELGATE_PUBLIC_URL to where people reach ModelGate (e.g. https://modelgate.example.co.jp); the "
                    + "sign-in redirect is built from it, never from a request's Host header (docs/operations.md).");
        }
        return Optional.empty();
    }

    private static boolean isAbsoluteHttpUrl(String value) {
        try {
            URI uri = URI.create(value.strip());
            return uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme())
                    || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
