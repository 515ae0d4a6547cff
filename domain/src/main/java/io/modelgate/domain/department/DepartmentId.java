package io.modelgate.domain.department;

import io.modelgate.domain.shared.Require;

/**
 * A department's stable identifier: a slug such as {@code sales} or {@code legal.contracts}, as the
 * identity provider's {@code department} claim carries it. Errors name the field {@code department}.
 */
public record DepartmentId(String value) {

    public static final int MAX_LENGTH = 64;

    public DepartmentId {
        value = Require.slug(value, "department", MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
