package io.modelgate.domain.approval;

import io.modelgate.domain.shared.Require;

import java.util.regex.Pattern;

/**
 * One thing the evaluation of a usage request found.
 *
 * @param code     stable, upper-case, dot-separated, e.g. {@code CLASSIFICATION.NOT_ALLOWED}; the
 *                 codes the evaluator emits are listed on {@code RequestRule}
 * @param sentence what it means, for the requester and the reviewers (at most {@value #MAX_SENTENCE_LENGTH} characters)
 */
public record Finding(Severity severity, String code, String sentence) {

    public static final int MAX_SENTENCE_LENGTH = 4000;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*(?:\\.[A-Z][A-Z0-9_]*)*");

    public Finding {
        Require.present(severity, "finding.severity");
        code = Require.text(code, "finding.code", 80);
        Require.that(CODE.matcher(code).matches(), "finding.code",
                "must be upper-case words separated by dots, e.g. MODEL.RETIRED (was '" + code + "')");
        sentence = Require.text(sentence, "finding.sentence", MAX_SENTENCE_LENGTH);
    }

    public static Finding blocker(String code, String sentence) {
        return new Finding(Severity.BLOCKER, code, sentence);
    }

    public static Finding warning(String code, String sentence) {
        return new Finding(Severity.WARNING, code, sentence);
    }

    public static Finding info(String code, String sentence) {
        return new Finding(Severity.INFO, code, sentence);
    }

    public boolean isBlocker() {
        return severity == Severity.BLOCKER;
    }

    @Override
    public String toString() {
        return severity + " " + code + ": " + sentence;
    }
}
