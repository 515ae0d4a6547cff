package io.modelgate.application.classification.port.in;

import io.modelgate.application.shared.Actor;
import io.modelgate.domain.classification.ContentFinding;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.classification.EffectiveClassification;
import io.modelgate.domain.shared.Require;

import java.util.Optional;

/** Use case: which classification does this text really carry, given what the caller declared. */
public interface InspectContent {

    int MAX_TEXT_LENGTH = 1_000_000;

    Result inspect(Query query);

    record Query(Actor actor, String text, Optional<DataClassification> declared) {
        public Query {
            Require.present(actor, "actor");
            Require.present(text, "text");
            Require.that(text.length() <= MAX_TEXT_LENGTH, "text", "must be at most " + MAX_TEXT_LENGTH + " characters");
            Require.present(declared, "declaredLevel");
        }
    }

    record Result(EffectiveClassification effective, ContentFinding finding, DataClassification departmentDefault) {
    }
}
