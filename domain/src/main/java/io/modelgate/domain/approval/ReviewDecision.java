package io.modelgate.domain.approval;

import io.modelgate.domain.shared.Require;

import java.time.Instant;
import java.util.Optional;

/**
 * One reviewer's decision on one review kind of a usage request.
 *
 * @param reviewer the reviewer's subject (the identity provider's {@code sub})
 * @param comment  why, for the requester; required to reject, at most {@value UsageRequest#MAX_COMMENT_LENGTH} characters
 */
public record ReviewDecision(ReviewKind kind, ReviewOutcome outcome, String reviewer, Optional<String> comment,
                             Instant decidedAt) {

    public ReviewDecision {
        Require.present(kind, "kind");
        Require.present(outcome, "outcome");
        reviewer = Require.text(reviewer, "reviewer", UsageRequest.MAX_SUBJECT_LENGTH);
        Require.present(comment, "comment");
        comment = comment.map(text -> Require.text(text, "comment", UsageRequest.MAX_COMMENT_LENGTH));
        Require.that(outcome != ReviewOutcome.REJECT || comment.isPresent(), "comment",
                "is required to reject");
        Require.present(decidedAt, "decidedAt");
    }

    public boolean rejects() {
        return outcome == ReviewOutcome.REJECT;
    }
}
