package io.modelgate.domain.approval;

import io.modelgate.domain.license.evaluation.Obligation;
import io.modelgate.domain.shared.Require;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the automatic evaluation of a usage request concluded: the findings (worst first), the
 * reviews the request needs, and the license obligations that an approval will carry. Made by
 * {@link RequestEvaluator}; a {@link UsageRequest} takes it on submission.
 */
public record RequestEvaluation(List<Finding> findings, Set<ReviewKind> requiredReviews, List<Obligation> obligations) {

    public RequestEvaluation {
        findings = Lists.copy(findings, "findings");
        requiredReviews = kinds(requiredReviews, "requiredReviews");
        obligations = Lists.copy(obligations, "obligations");
    }

    public boolean hasBlocker() {
        return findings.stream().anyMatch(Finding::isBlocker);
    }

    public List<Finding> blockers() {
        return findings.stream().filter(Finding::isBlocker).toList();
    }

    public List<Finding> withSeverity(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /** Nothing blocks and no review is needed: submission approves the request at once. */
    public boolean approvesAutomatically() {
        return !hasBlocker() && requiredReviews.isEmpty();
    }

    /** An unmodifiable copy in declaration order (SECURITY, LEGAL, FINANCE), refusing nulls. */
    static Set<ReviewKind> kinds(Set<ReviewKind> kinds, String field) {
        Require.present(kinds, field);
        Set<ReviewKind> copy = EnumSet.noneOf(ReviewKind.class);
        for (ReviewKind kind : kinds) {
            copy.add(Require.present(kind, field));
        }
        return Collections.unmodifiableSet(copy);
    }
}
