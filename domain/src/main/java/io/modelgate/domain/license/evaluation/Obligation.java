package io.modelgate.domain.license.evaluation;

import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.shared.Require;

/**
 * One thing a license asks of a use, typed for rules and worded for people.
 *
 * @param sentence what to do, as a reviewer or requester reads it
 * @param source   the license that asks it (the model's own license or one inherited from a base model)
 * @param clause   where the license says so, e.g. "Section 4(d)"
 */
public record Obligation(ObligationType type, String sentence, LicenseId source, String clause) {

    public Obligation {
        Require.present(type, "obligation.type");
        sentence = Require.text(sentence, "obligation.sentence", 1000);
        Require.present(source, "obligation.source");
        clause = Require.text(clause, "obligation.clause", 120);
    }
}
