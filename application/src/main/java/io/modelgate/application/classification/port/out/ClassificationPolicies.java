package io.modelgate.application.classification.port.out;

import io.modelgate.application.classification.port.in.VersionedPolicy;
import java.util.List;

/** Out-port: the classification policy's versions, newest last. Version 1 is the shipped default. */
public interface ClassificationPolicies {

    VersionedPolicy current();

    List<VersionedPolicy> history();

    /**
     * Appends {@code next} as the new current version. Throws {@code StaleVersionException} when
     * another version was appended since {@code next.version() - 1}.
     */
    VersionedPolicy append(VersionedPolicy next);
}
