package io.modelgate.domain.approval;

import java.util.Optional;
import java.util.function.Supplier;

import static io.modelgate.domain.approval.Fixtures.ALICE;
import static io.modelgate.domain.approval.Fixtures.T1;
import static io.modelgate.domain.approval.Fixtures.T2;
import static io.modelgate.domain.approval.Fixtures.T3;
import static io.modelgate.domain.approval.Fixtures.approve;
import static io.modelgate.domain.approval.Fixtures.blocked;
import static io.modelgate.domain.approval.Fixtures.drafted;
import static io.modelgate.domain.approval.Fixtures.inReview;
import static io.modelgate.domain.approval.Fixtures.needing;
import static io.modelgate.domain.approval.Fixtures.reject;
import static io.modelgate.domain.approval.ReviewKind.LEGAL;
import static io.modelgate.domain.approval.ReviewKind.SECURITY;

/**
 * A usage request in every state, reached by the commands where they can reach it (SUBMITTED passes
 * at once on submission, so it is reconstituted). Requests in review need SECURITY and LEGAL.
 */
enum Situation {
    DRAFT(RequestState.DRAFT, Fixtures::drafted),
    SUBMITTED(RequestState.SUBMITTED, () -> Fixtures.withState(drafted(), RequestState.SUBMITTED, Optional.empty())),
    IN_REVIEW(RequestState.IN_REVIEW, () -> inReview(SECURITY, LEGAL)),
    IN_REVIEW_SECURITY_APPROVED(RequestState.IN_REVIEW, () -> approve(inReview(SECURITY, LEGAL), SECURITY, T2)),
    APPROVED_AUTOMATICALLY(RequestState.APPROVED, () -> drafted().submit(ALICE, needing(), T1)),
    APPROVED_BY_REVIEW(RequestState.APPROVED,
            () -> approve(approve(inReview(SECURITY, LEGAL), SECURITY, T2), LEGAL, T3)),
    REJECTED_BY_BLOCKER(RequestState.REJECTED, () -> drafted().submit(ALICE, blocked(), T1)),
    REJECTED_BY_REVIEW(RequestState.REJECTED, () -> reject(inReview(SECURITY, LEGAL), SECURITY, T2)),
    WITHDRAWN_FROM_DRAFT(RequestState.WITHDRAWN, () -> drafted().withdraw(ALICE, T1)),
    WITHDRAWN_FROM_REVIEW(RequestState.WITHDRAWN, () -> inReview(SECURITY, LEGAL).withdraw(ALICE, T2));

    final RequestState state;
    private final Supplier<UsageRequest> build;

    Situation(RequestState state, Supplier<UsageRequest> build) {
        this.state = state;
        this.build = build;
    }

    UsageRequest request() {
        return build.get();
    }
}
