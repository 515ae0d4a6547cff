package io.modelgate.domain.approval;

import io.modelgate.domain.shared.StateConflictException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static io.modelgate.domain.approval.Fixtures.ALICE;
import static io.modelgate.domain.approval.Fixtures.BOB;
import static io.modelgate.domain.approval.Fixtures.FIN;
import static io.modelgate.domain.approval.Fixtures.LEA;
import static io.modelgate.domain.approval.Fixtures.SAM;
import static io.modelgate.domain.approval.Fixtures.T1;
import static io.modelgate.domain.approval.Fixtures.T2;
import static io.modelgate.domain.approval.Fixtures.T3;
import static io.modelgate.domain.approval.Fixtures.approve;
import static io.modelgate.domain.approval.Fixtures.inReview;
import static io.modelgate.domain.approval.Fixtures.reviewerOf;
import static io.modelgate.domain.approval.Fixtures.rolesOf;
import static io.modelgate.domain.approval.ReviewKind.FINANCE;
import static io.modelgate.domain.approval.ReviewKind.LEGAL;
import static io.modelgate.domain.approval.ReviewKind.SECURITY;
import static io.modelgate.domain.shared.DomainAssertions.assertConflict;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UsageRequestReviewTest {

    private static final Set<String> ALL_REVIEWER_ROLES =
            Set.of("security-reviewer", "legal-reviewer", "finance-reviewer");

    private static ReviewRefusedException assertRefused(ThrowingCallable call, String code, ReviewKind kind) {
        ReviewRefusedException e = catchThrowableOfType(ReviewRefusedException.class, call);
        assertThat(e).as("expected %s", code).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.kind()).isEqualTo(kind);
        return e;
    }

    private static HistoryEntry last(UsageRequest request) {
        return request.history().get(request.history().size() - 1);
    }

    /** Every kind × every role set a caller might hold: the kind's role is needed, nothing else is enough. */
    @ParameterizedTest(name = "{0} with roles [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SECURITY |                                                     | REVIEW.ROLE_MISSING
            SECURITY | requester                                           | REVIEW.ROLE_MISSING
            SECURITY | admin auditor gateway-client                        | REVIEW.ROLE_MISSING
            SECURITY | legal-reviewer finance-reviewer                     | REVIEW.ROLE_MISSING
            SECURITY | Security-Reviewer                                   | REVIEW.ROLE_MISSING
            SECURITY | security-reviewer                                   | IN_REVIEW
            SECURITY | security-reviewer legal-reviewer finance-reviewer   | IN_REVIEW
            LEGAL    |                                                     | REVIEW.ROLE_MISSING
            LEGAL    | admin                                               | REVIEW.ROLE_MISSING
            LEGAL    | security-reviewer finance-reviewer                  | REVIEW.ROLE_MISSING
            LEGAL    | legal-reviewer                                      | IN_REVIEW
            LEGAL    | legal-reviewer requester                            | IN_REVIEW
            FINANCE  |                                                     | REVIEW.ROLE_MISSING
            FINANCE  | admin                                               | REVIEW.ROLE_MISSING
            FINANCE  | security-reviewer legal-reviewer                    | REVIEW.ROLE_MISSING
            FINANCE  | finance-reviewer                                    | IN_REVIEW
            """)
    void theReviewerMustHoldTheKindsRole(ReviewKind kind, String roles, String expected) {
        Set<String> held = roles == null ? Set.of() : Set.of(roles.split(" "));
        UsageRequest request = inReview(SECURITY, LEGAL, FINANCE);

        if (expected.startsWith("REVIEW.")) {
            ReviewRefusedException e = assertRefused(
                    () -> request.review(kind, ReviewOutcome.APPROVE, null, BOB, held, T2), expected, kind);
            assertThat(e.getMessage()).contains(kind.role(), BOB);
        } else {
            UsageRequest next = request.review(kind, ReviewOutcome.APPROVE, null, BOB, held, T2);
            assertThat(next.state()).isEqualTo(RequestState.valueOf(expected));
            assertThat(next.decisionFor(kind)).isPresent();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReviewKind.class)
    void nobodyReviewsTheirOwnRequestWhateverTheirRoles(ReviewKind kind) {
        UsageRequest request = inReview(SECURITY, LEGAL, FINANCE);

        ReviewRefusedException e = assertRefused(
                () -> request.review(kind, ReviewOutcome.APPROVE, "fine", ALICE, ALL_REVIEWER_ROLES, T2),
                ReviewRefusedException.FOUR_EYES, kind);
        assertThat(e.getMessage()).contains(ALICE, "requester");
        assertRefused(() -> request.review(kind, ReviewOutcome.REJECT, "no", " alice ", ALL_REVIEWER_ROLES, T2),
                ReviewRefusedException.FOUR_EYES, kind);
    }

    @Test
    void subjectsAreComparedExactlyAsTheIdentityProviderIssuesThem() {
        UsageRequest request = inReview(SECURITY);

        UsageRequest next = request.review(SECURITY, ReviewOutcome.APPROVE, null, "Alice", rolesOf(SECURITY), T2);

        assertThat(next.state()).isEqualTo(RequestState.APPROVED);
    }

    @ParameterizedTest(name = "required {0}, decide {1}")
    @CsvSource({"SECURITY,LEGAL", "SECURITY,FINANCE", "LEGAL,SECURITY", "FINANCE,SECURITY", "LEGAL,FINANCE",
            "FINANCE,LEGAL"})
    void onlyARequiredKindCanBeDecided(ReviewKind required, ReviewKind decided) {
        UsageRequest request = inReview(required);

        ReviewRefusedException e = assertRefused(() -> request.review(decided, ReviewOutcome.APPROVE, null,
                reviewerOf(decided), rolesOf(decided), T2), ReviewRefusedException.NOT_REQUIRED, decided);
        assertThat(e.getMessage()).contains("does not require a " + decided + " review", required.name());
    }

    @ParameterizedTest(name = "{0} then {1}")
    @CsvSource({"APPROVE,APPROVE", "APPROVE,REJECT"})
    void oneDecisionPerKind(ReviewOutcome first, ReviewOutcome second) {
        UsageRequest request = inReview(SECURITY, LEGAL)
                .review(SECURITY, first, "first", SAM, rolesOf(SECURITY), T2);

        ReviewRefusedException e = assertRefused(() -> request.review(SECURITY, second, "second", "sam2",
                rolesOf(SECURITY), T3), ReviewRefusedException.ALREADY_DECIDED, SECURITY);
        assertThat(e.getMessage()).contains("APPROVE by sam");
        assertRefused(() -> request.review(SECURITY, second, "again", SAM, rolesOf(SECURITY), T3),
                ReviewRefusedException.ALREADY_DECIDED, SECURITY);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void aRejectionNeedsAComment(String comment) {
        UsageRequest request = inReview(LEGAL);

        ReviewRefusedException e = assertRefused(() -> request.review(LEGAL, ReviewOutcome.REJECT, comment, LEA,
                rolesOf(LEGAL), T2), ReviewRefusedException.COMMENT_REQUIRED, LEGAL);
        assertThat(e.getMessage()).contains("comment");
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void anApprovalNeedsNoComment(String comment) {
        UsageRequest approved = inReview(LEGAL).review(LEGAL, ReviewOutcome.APPROVE, comment, LEA, rolesOf(LEGAL), T2);

        assertThat(approved.decisionFor(LEGAL)).contains(
                new ReviewDecision(LEGAL, ReviewOutcome.APPROVE, LEA, Optional.empty(), T2));
    }

    @ParameterizedTest(name = "{0} characters ok={1}")
    @CsvSource({"1,true", "2000,true", "2001,false"})
    void aCommentIsAtMost2000Characters(int length, boolean ok) {
        UsageRequest request = inReview(LEGAL);
        String comment = "c".repeat(length);

        for (ReviewOutcome outcome : ReviewOutcome.values()) {
            if (ok) {
                assertThat(request.review(LEGAL, outcome, comment, LEA, rolesOf(LEGAL), T2).decisionFor(LEGAL)
                        .flatMap(ReviewDecision::comment)).contains(comment);
            } else {
                assertInvalid(() -> request.review(LEGAL, outcome, comment, LEA, rolesOf(LEGAL), T2), "comment");
            }
        }
    }

    @Test
    void commentsAreStripped() {
        UsageRequest rejected = inReview(LEGAL).review(LEGAL, ReviewOutcome.REJECT, "  CC BY-NC forbids this.\n", LEA,
                rolesOf(LEGAL), T2);

        assertThat(rejected.decisionFor(LEGAL).flatMap(ReviewDecision::comment)).contains("CC BY-NC forbids this.");
    }

    /** Every non-empty set of required kinds, approved in every order: only the last approval approves. */
    static Stream<Arguments> everyOrderOfEveryRequiredSet() {
        List<Arguments> rows = new ArrayList<>();
        for (List<ReviewKind> order : permutationsOfSubsets()) {
            rows.add(Arguments.of(order));
        }
        return rows.stream();
    }

    private static List<List<ReviewKind>> permutationsOfSubsets() {
        List<List<ReviewKind>> result = new ArrayList<>();
        ReviewKind[] all = ReviewKind.values();
        for (int mask = 1; mask < 1 << all.length; mask++) {
            List<ReviewKind> subset = new ArrayList<>();
            for (int i = 0; i < all.length; i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(all[i]);
                }
            }
            permute(subset, 0, result);
        }
        return result;
    }

    private static void permute(List<ReviewKind> kinds, int from, List<List<ReviewKind>> out) {
        if (from == kinds.size()) {
            out.add(List.copyOf(kinds));
            return;
        }
        for (int i = from; i < kinds.size(); i++) {
            java.util.Collections.swap(kinds, from, i);
            permute(kinds, from + 1, out);
            java.util.Collections.swap(kinds, from, i);
        }
    }

    @ParameterizedTest(name = "approve in order {0}")
    @MethodSource("everyOrderOfEveryRequiredSet")
    void theLastApprovalApproves(List<ReviewKind> order) {
        UsageRequest request = inReview(order.toArray(ReviewKind[]::new));
        Set<ReviewKind> pending = EnumSet.copyOf(order);
        Instant at = T2;

        for (int i = 0; i < order.size(); i++) {
            ReviewKind kind = order.get(i);
            assertThat(request.pendingReviews()).isEqualTo(pending);
            request = approve(request, kind, at);
            pending.remove(kind);
            boolean lastOne = i == order.size() - 1;
            assertThat(request.state()).isEqualTo(lastOne ? RequestState.APPROVED : RequestState.IN_REVIEW);
            assertThat(last(request).to()).isEqualTo(request.state());
            assertThat(last(request).actor()).isEqualTo(reviewerOf(kind));
            at = at.plusSeconds(60);
        }
        assertThat(request.pendingReviews()).isEmpty();
        assertThat(request.isDecided()).isTrue();
        assertThat(request.autoApproved()).isFalse();
        assertThat(request.decisions()).extracting(ReviewDecision::kind).containsExactlyElementsOf(order);
        assertThat(last(request).note()).isEqualTo(order.get(order.size() - 1)
                + " review: APPROVE. All required reviews approved: the request is approved.");
    }

    /** Every set of required kinds, with a rejection at every position: it rejects at once. */
    static Stream<Arguments> everyRejectionPosition() {
        List<Arguments> rows = new ArrayList<>();
        for (List<ReviewKind> order : permutationsOfSubsets()) {
            for (int rejectAt = 0; rejectAt < order.size(); rejectAt++) {
                rows.add(Arguments.of(order, rejectAt));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "order {0}, reject at {1}")
    @MethodSource("everyRejectionPosition")
    void anyRejectionRejects(List<ReviewKind> order, int rejectAt) {
        UsageRequest request = inReview(order.toArray(ReviewKind[]::new));
        for (int i = 0; i < rejectAt; i++) {
            request = approve(request, order.get(i), T2);
        }
        ReviewKind rejecting = order.get(rejectAt);

        UsageRequest rejected = Fixtures.reject(request, rejecting, T3);

        assertThat(rejected.state()).isEqualTo(RequestState.REJECTED);
        assertThat(rejected.isDecided()).isTrue();
        assertThat(rejected.pendingReviews()).isEmpty();
        assertThat(rejected.decisions()).hasSize(rejectAt + 1);
        assertThat(last(rejected).note()).isEqualTo(rejecting + " review: REJECT. The request is rejected. Comment: Not on customer data.");
        if (rejectAt + 1 < order.size()) {
            ReviewKind next = order.get(rejectAt + 1);
            StateConflictException e = assertConflict(() -> approve(rejected, next, T3), "REQUEST.ILLEGAL_STATE",
                    "REJECTED");
            assertThat(e.getMessage()).contains("review is allowed only in IN_REVIEW");
        }
    }

    @Test
    void historyOfAReviewedRequest() {
        UsageRequest request = inReview(SECURITY, FINANCE);
        request = request.review(FINANCE, ReviewOutcome.APPROVE, "Within the quarter's plan.", FIN, rolesOf(FINANCE), T2);
        request = request.review(SECURITY, ReviewOutcome.APPROVE, null, SAM, rolesOf(SECURITY), T3);

        assertThat(request.history()).extracting(HistoryEntry::action).containsExactly(HistoryEntry.DRAFTED,
                HistoryEntry.SUBMITTED, HistoryEntry.SENT_TO_REVIEW, HistoryEntry.REVIEWED, HistoryEntry.REVIEWED);
        assertThat(request.history().get(3)).isEqualTo(new HistoryEntry(T2, FIN, HistoryEntry.REVIEWED,
                Optional.of(RequestState.IN_REVIEW), RequestState.IN_REVIEW,
                "FINANCE review: APPROVE. Still awaiting: SECURITY. Comment: Within the quarter's plan."));
        assertThat(request.history().get(4)).isEqualTo(new HistoryEntry(T3, SAM, HistoryEntry.REVIEWED,
                Optional.of(RequestState.IN_REVIEW), RequestState.APPROVED,
                "SECURITY review: APPROVE. All required reviews approved: the request is approved."));
        assertThat(request.decisions()).containsExactly(
                new ReviewDecision(FINANCE, ReviewOutcome.APPROVE, FIN, Optional.of("Within the quarter's plan."), T2),
                new ReviewDecision(SECURITY, ReviewOutcome.APPROVE, SAM, Optional.empty(), T3));
        assertThat(request.updatedAt()).isEqualTo(T3);
        assertThat(request.createdAt()).isEqualTo(Fixtures.T0);
    }

    @Test
    void onePersonHoldingTwoReviewerRolesMayDecideBothKinds() {
        UsageRequest request = inReview(SECURITY, LEGAL);

        request = request.review(SECURITY, ReviewOutcome.APPROVE, null, BOB, ALL_REVIEWER_ROLES, T2);
        request = request.review(LEGAL, ReviewOutcome.APPROVE, null, BOB, ALL_REVIEWER_ROLES, T3);

        assertThat(request.state()).isEqualTo(RequestState.APPROVED);
    }

    /** A reviewer's inbox: the kinds they may decide now, computed by the same rule as the refusals. */
    @ParameterizedTest(name = "{0} with [{1}] -> [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            bob   | security-reviewer legal-reviewer finance-reviewer | SECURITY FINANCE
            bob   | legal-reviewer                                    |
            bob   | finance-reviewer                                  | FINANCE
            bob   |                                                   |
            alice | security-reviewer legal-reviewer finance-reviewer |
            sam   | security-reviewer                                 |
            """)
    void reviewsOpenTo(String reviewer, String roles, String expected) {
        UsageRequest request = approve(inReview(SECURITY, FINANCE), SECURITY, T2).withdraw(ALICE, T3);
        UsageRequest open = approve(inReview(SECURITY, FINANCE, LEGAL), LEGAL, T2);
        Set<String> held = roles == null ? Set.of() : Set.of(roles.split(" "));
        Set<ReviewKind> kinds = EnumSet.noneOf(ReviewKind.class);
        if (expected != null) {
            Arrays.stream(expected.split(" ")).map(ReviewKind::valueOf).forEach(kinds::add);
        }
        if (reviewer.equals(SAM)) {
            open = approve(inReview(SECURITY, FINANCE, LEGAL), SECURITY, T2);
        }

        assertThat(open.reviewsOpenTo(reviewer, held)).isEqualTo(kinds);
        assertThat(request.reviewsOpenTo(reviewer, held)).as("nothing is open once withdrawn").isEmpty();
    }

    @Test
    void refusesMissingParts() {
        UsageRequest request = inReview(SECURITY);

        assertInvalid(() -> request.review(null, ReviewOutcome.APPROVE, null, SAM, rolesOf(SECURITY), T2), "kind");
        assertInvalid(() -> request.review(SECURITY, null, null, SAM, rolesOf(SECURITY), T2), "outcome");
        assertInvalid(() -> request.review(SECURITY, ReviewOutcome.APPROVE, null, " ", rolesOf(SECURITY), T2), "reviewer");
        assertInvalid(() -> request.review(SECURITY, ReviewOutcome.APPROVE, null, SAM, null, T2), "reviewerRoles");
        assertInvalid(() -> request.review(SECURITY, ReviewOutcome.APPROVE, null, SAM, rolesOf(SECURITY), null), "at");
        assertInvalid(() -> request.reviewsOpenTo(null, Set.of()), "reviewer");
        assertInvalid(() -> request.reviewsOpenTo(SAM, null), "reviewerRoles");
        Set<String> withNull = new java.util.HashSet<>(Arrays.asList("security-reviewer", null));
        assertInvalid(() -> request.review(SECURITY, ReviewOutcome.APPROVE, null, SAM, withNull, T2), "reviewerRoles");
        assertInvalid(() -> request.reviewsOpenTo(SAM, withNull), "reviewerRoles");
    }

    @Test
    void theChecksRunInTheDocumentedOrder() {
        UsageRequest decided = approve(inReview(SECURITY, LEGAL), SECURITY, T2);

        // the requester without the role: the role is the most basic reason
        assertRefused(() -> decided.review(FINANCE, ReviewOutcome.REJECT, null, ALICE, Set.of(), T3),
                ReviewRefusedException.ROLE_MISSING, FINANCE);
        // the requester with the role, on a kind not required and without comment: four eyes first
        assertRefused(() -> decided.review(FINANCE, ReviewOutcome.REJECT, null, ALICE, ALL_REVIEWER_ROLES, T3),
                ReviewRefusedException.FOUR_EYES, FINANCE);
        // not required before already decided before comment
        assertRefused(() -> decided.review(FINANCE, ReviewOutcome.REJECT, null, BOB, ALL_REVIEWER_ROLES, T3),
                ReviewRefusedException.NOT_REQUIRED, FINANCE);
        assertRefused(() -> decided.review(SECURITY, ReviewOutcome.REJECT, null, BOB, ALL_REVIEWER_ROLES, T3),
                ReviewRefusedException.ALREADY_DECIDED, SECURITY);
        assertRefused(() -> decided.review(LEGAL, ReviewOutcome.REJECT, null, BOB, ALL_REVIEWER_ROLES, T3),
                ReviewRefusedException.COMMENT_REQUIRED, LEGAL);
    }

    @Test
    void aRefusalChangesNothing() {
        UsageRequest request = inReview(SECURITY);

        assertRefused(() -> request.review(SECURITY, ReviewOutcome.APPROVE, null, ALICE, rolesOf(SECURITY), T2),
                ReviewRefusedException.FOUR_EYES, SECURITY);

        assertThat(request.state()).isEqualTo(RequestState.IN_REVIEW);
        assertThat(request.decisions()).isEmpty();
        assertThat(request.history()).hasSize(3);
        assertThat(request.updatedAt()).isEqualTo(T1);
    }
}
