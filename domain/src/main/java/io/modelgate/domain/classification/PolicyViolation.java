package io.modelgate.domain.classification;

import io.modelgate.domain.shared.Require;

/** One reason a classification policy cannot be used, for the level it concerns. */
public record PolicyViolation(DataClassification level, String sentence) {

    public PolicyViolation {
        Require.present(level, "violation.level");
        sentence = Require.text(sentence, "violation.sentence", 400);
    }

    @Override
    public String toString() {
        return sentence;
    }
}
