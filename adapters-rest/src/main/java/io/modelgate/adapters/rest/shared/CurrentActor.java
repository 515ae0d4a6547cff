package io.modelgate.adapters.rest.shared;

import io.modelgate.application.shared.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * The caller as the verified token says: subject ({@code sub}), roles, and the {@code department}
 * claim. Never taken from a request body.
 */
@RequestScoped
public class CurrentActor {

    public static final String DEPARTMENT_CLAIM = "department";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public Actor get() {
        String subject = token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
        Optional<String> department = Optional.ofNullable(token.<Object>getClaim(DEPARTMENT_CLAIM))
                .map(Object::toString).map(String::strip).filter(d -> !d.isEmpty());
        return new Actor(subject, identity.getRoles(), department);
    }
}
