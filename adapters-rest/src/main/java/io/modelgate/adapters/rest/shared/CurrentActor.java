package io.modelgate.adapters.rest.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.application.shared.Actor;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The caller as the verified token says: subject ({@code sub}), roles, and the {@code department}
 * claim. Never taken from a request body.
 *
 * <p>A bearer caller (the API) is described by its access token, which is the injected
 * {@link JsonWebToken}. A console user signed in by the authorization code flow has an ID token as
 * the injected token; roles and department are read from the session's access token, like the API's
 * (the console tenant verifies it: {@code roles.source=accesstoken}), and from the ID token only when
 * the access token does not carry the claim.
 */
@RequestScoped
public class CurrentActor {

    public static final String DEPARTMENT_CLAIM = "department";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public Actor get() {
        Optional<JsonNode> access = signedInByCodeFlow() ? accessTokenClaims() : Optional.empty();
        String subject = access.map(c -> text(c, "sub")).flatMap(s -> s)
                .orElseGet(() -> token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName());
        Optional<String> department = access.map(c -> text(c, DEPARTMENT_CLAIM)).flatMap(d -> d)
                .or(() -> Optional.ofNullable(token.<Object>getClaim(DEPARTMENT_CLAIM)).map(Object::toString))
                .map(String::strip).filter(d -> !d.isEmpty());
        return new Actor(subject, identity.getRoles(), department);
    }

    private boolean signedInByCodeFlow() {
        return identity.getCredential(IdTokenCredential.class) != null;
    }

    /** The claims of the session's access token when it is a JWT (quarkus-oidc has verified it). */
    private Optional<JsonNode> accessTokenClaims() {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || credential.getToken() == null) {
            return Optional.empty();
        }
        String[] parts = credential.getToken().split("\\.");
        if (parts.length != 3) {
            return Optional.empty(); // an opaque access token: the ID token's claims stand
        }
        try {
            return Optional.of(JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode claims, String name) {
        JsonNode value = claims.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
