package io.modelgate.application.shared;

import io.modelgate.domain.shared.Require;

import java.util.Optional;
import java.util.Set;

/**
 * Who is acting, as established by the verified token: the subject, the roles, and the department
 * (absent for platform roles that belong to none).
 */
public record Actor(String subject, Set<String> roles, Optional<String> department) {

    public Actor {
        subject = Require.text(subject, "subject", 255);
        roles = Set.copyOf(Require.present(roles, "roles"));
        Require.present(department, "department");
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
