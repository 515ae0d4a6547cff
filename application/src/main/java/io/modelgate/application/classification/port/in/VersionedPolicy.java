package io.modelgate.application.classification.port.in;

import io.modelgate.domain.classification.ClassificationPolicy;
import io.modelgate.domain.shared.Require;

import java.time.Instant;
import java.util.Optional;

/** One version of the classification policy, with who made it and when. Versions are never changed. */
public record VersionedPolicy(long version, ClassificationPolicy policy, String changedBy, Instant changedAt,
                              Optional<String> note) {

    public VersionedPolicy {
        Require.positive(version, "version");
        Require.present(policy, "policy");
        changedBy = Require.text(changedBy, "changedBy", 255);
        Require.present(changedAt, "changedAt");
        Require.present(note, "note");
    }
}
