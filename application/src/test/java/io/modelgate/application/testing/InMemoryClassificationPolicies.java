package io.modelgate.application.testing;

import io.modelgate.application.classification.port.out.ClassificationPolicies;
import io.modelgate.application.classification.port.in.VersionedPolicy;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.domain.classification.ClassificationPolicy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Fake {@link ClassificationPolicies}: starts with the shipped default as version 1, like the migration. */
public final class InMemoryClassificationPolicies implements ClassificationPolicies {

    private final List<VersionedPolicy> versions = new ArrayList<>(List.of(new VersionedPolicy(1,
            ClassificationPolicy.defaultPolicy(), "system", Instant.parse("2024-10-01T00:00:00Z"),
            Optional.of("Shipped default policy"))));

    @Override
    public synchronized VersionedPolicy current() {
        return versions.get(versions.size() - 1);
    }

    @Override
    public synchronized List<VersionedPolicy> history() {
        return List.copyOf(versions);
    }

    @Override
    public synchronized VersionedPolicy append(VersionedPolicy next) {
        if (current().version() != next.version() - 1) {
            throw StaleVersionException.concurrent("classification policy", "current");
        }
        versions.add(next);
        return next;
    }
}
