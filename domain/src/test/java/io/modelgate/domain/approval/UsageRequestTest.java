package io.modelgate.domain.approval;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.shared.DomainException;
import io.modelgate.domain.usecase.Audience;
import io.modelgate.domain.usecase.UseCase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.modelgate.domain.approval.Fixtures.ALICE;
import static io.modelgate.domain.approval.Fixtures.BOB;
import static io.modelgate.domain.approval.Fixtures.GPT;
import static io.modelgate.domain.approval.Fixtures.REQUEST_ID;
import static io.modelgate.domain.approval.Fixtures.SALES;
import static io.modelgate.domain.approval.Fixtures.SWALLOW;
import static io.modelgate.domain.approval.Fixtures.T0;
import static io.modelgate.domain.approval.Fixtures.T1;
import static io.modelgate.domain.approval.Fixtures.T2;
import static io.modelgate.domain.approval.Fixtures.blocked;
import static io.modelgate.domain.approval.Fixtures.drafted;
import static io.modelgate.domain.approval.Fixtures.needing;
import static io.modelgate.domain.approval.Fixtures.useCase;
import static io.modelgate.domain.approval.ReviewKind.FINANCE;
import static io.modelgate.domain.approval.ReviewKind.LEGAL;
import static io.modelgate.domain.approval.ReviewKind.SECURITY;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UsageRequestTest {

    private static void assertNotRequester(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        NotRequesterException e = catchThrowableOfType(NotRequesterException.class, call);
        assertThat(e).as("expected REQUEST.NOT_REQUESTER").isNotNull();
        assertThat(e.code()).isEqualTo("REQUEST.NOT_REQUESTER");
        assertThat(e).isInstanceOf(DomainException.class);
    }

    private static HistoryEntry last(UsageRequest request) {
        return request.history().get(request.history().size() - 1);
    }

    @Nested
    class Drafting {

        @Test
        void aNewRequestIsADraftByItsRequester() {
            UsageRequest request = drafted();

            assertThat(request.id()).isEqualTo(REQUEST_ID);
            assertThat(request.requester()).isEqualTo(ALICE);
            assertThat(request.department()).isEqualTo(SALES);
            assertThat(request.model()).isEqualTo(SWALLOW);
            assertThat(request.deployment()).isEqualTo(DeploymentKind.ON_PREMISES);
            assertThat(request.useCase()).isEqualTo(useCase());
            assertThat(request.state()).isEqualTo(RequestState.DRAFT);
            assertThat(request.evaluation()).isEmpty();
            assertThat(request.findings()).isEmpty();
            assertThat(request.requiredReviews()).isEmpty();
            assertThat(request.obligations()).isEmpty();
            assertThat(request.decisions()).isEmpty();
            assertThat(request.pendingReviews()).isEmpty();
            assertThat(request.isDecided()).isFalse();
            assertThat(request.autoApproved()).isFalse();
            assertThat(request.createdAt()).isEqualTo(T0);
            assertThat(request.updatedAt()).isEqualTo(T0);
            assertThat(request.version()).isZero();
            assertThat(request.history()).containsExactly(new HistoryEntry(T0, ALICE, HistoryEntry.DRAFTED,
                    Optional.empty(), RequestState.DRAFT, "Drafted a request to use llama-3-swallow-70b on ON_PREMISES."));
        }

        @Test
        void theRequesterIsStripped() {
            assertThat(UsageRequest.draft(REQUEST_ID, "  alice ", SALES, SWALLOW, DeploymentKind.VENDOR_API, useCase(), T0)
                    .requester()).isEqualTo(ALICE);
        }

        @Test
        void refusesMissingParts() {
            assertInvalid(() -> UsageRequest.draft(null, ALICE, SALES, SWALLOW, DeploymentKind.VENDOR_API, useCase(), T0), "id");
            assertInvalid(() -> UsageRequest.draft(REQUEST_ID, " ", SALES, SWALLOW, DeploymentKind.VENDOR_API, useCase(), T0),
                    "requester");
            assertInvalid(() -> UsageRequest.draft(REQUEST_ID, "x".repeat(256), SALES, SWALLOW, DeploymentKind.VENDOR_API,
                    useCase(), T0), "requester");
            assertInvalid(() -> UsageRequest.draft(REQUEST_ID, ALICE, null, SWALLOW, DeploymentKind.VENDOR_API, useCase(), T0),
                    "department");
            assertInvalid(() -> UsageRequest.draft(REQUEST_ID, ALICE, SALES, null, DeploymentKind.VENDOR_API, useCase(), T0),
                    "model");
            assertInvalid(() -> UsageRequest.draft(REQUEST_ID, ALICE, SALES, SWALLOW, null, useCase(), T0), "deployment");
            assertInvalid(() -> UsageRequest.draft(REQUEST_ID, ALICE, SALES, SWALLOW, DeploymentKind.VENDOR_API, null, T0),
                    "useCase");
            assertInvalid(() -> UsageRequest.draft(REQUEST_ID, ALICE, SALES, SWALLOW, DeploymentKind.VENDOR_API, useCase(), null),
                    "at");
        }
    }

    @Nested
    class Editing {

        @Test
        void replacesModelDeploymentAndUseCase() {
            UseCase confidential = useCase(DataClassification.CONFIDENTIAL, Audience.INTERNAL, true);

            UsageRequest edited = drafted().edit(ALICE, GPT, DeploymentKind.VENDOR_API, confidential, T1);

            assertThat(edited.model()).isEqualTo(GPT);
            assertThat(edited.deployment()).isEqualTo(DeploymentKind.VENDOR_API);
            assertThat(edited.useCase()).isEqualTo(confidential);
            assertThat(edited.state()).isEqualTo(RequestState.DRAFT);
            assertThat(edited.createdAt()).isEqualTo(T0);
            assertThat(edited.updatedAt()).isEqualTo(T1);
            assertThat(last(edited)).isEqualTo(new HistoryEntry(T1, ALICE, HistoryEntry.EDITED,
                    Optional.of(RequestState.DRAFT), RequestState.DRAFT,
                    "Edited: model llama-3-swallow-70b → gpt-4o, deployment ON_PREMISES → VENDOR_API, use case."));
        }

        @Test
        void anEditThatChangesNothingIsStillRecorded() {
            UsageRequest edited = drafted().edit(ALICE, SWALLOW, DeploymentKind.ON_PREMISES, useCase(), T1);

            assertThat(last(edited).note()).isEqualTo("Edited; nothing changed.");
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {BOB, "Alice", "alice2", "sam"})
        void onlyByTheRequester(String actor) {
            assertNotRequester(() -> drafted().edit(actor, GPT, DeploymentKind.VENDOR_API, useCase(), T1));
        }

        @Test
        void refusesMissingParts() {
            UsageRequest draft = drafted();

            assertInvalid(() -> draft.edit(null, GPT, DeploymentKind.VENDOR_API, useCase(), T1), "actor");
            assertInvalid(() -> draft.edit(ALICE, null, DeploymentKind.VENDOR_API, useCase(), T1), "model");
            assertInvalid(() -> draft.edit(ALICE, GPT, null, useCase(), T1), "deployment");
            assertInvalid(() -> draft.edit(ALICE, GPT, DeploymentKind.VENDOR_API, null, T1), "useCase");
            assertInvalid(() -> draft.edit(ALICE, GPT, DeploymentKind.VENDOR_API, useCase(), null), "at");
        }
    }

    @Nested
    class Submitting {

        @Test
        void aBlockerRejectsAtOnceWithTheBlockersAsTheNote() {
            UsageRequest rejected = drafted().submit(ALICE, blocked(), T1);

            assertThat(rejected.state()).isEqualTo(RequestState.REJECTED);
            assertThat(rejected.isDecided()).isTrue();
            assertThat(rejected.autoApproved()).isFalse();
            assertThat(rejected.evaluation()).contains(blocked());
            assertThat(rejected.findings()).isEqualTo(blocked().findings());
            assertThat(rejected.pendingReviews()).as("nothing awaits a decision").isEmpty();
            assertThat(rejected.history()).extracting(HistoryEntry::action)
                    .containsExactly(HistoryEntry.DRAFTED, HistoryEntry.SUBMITTED, HistoryEntry.AUTO_REJECTED);
            assertThat(rejected.history().get(1)).isEqualTo(new HistoryEntry(T1, ALICE, HistoryEntry.SUBMITTED,
                    Optional.of(RequestState.DRAFT), RequestState.SUBMITTED, "Submitted for evaluation."));
            assertThat(last(rejected)).isEqualTo(new HistoryEntry(T1, HistoryEntry.SYSTEM, HistoryEntry.AUTO_REJECTED,
                    Optional.of(RequestState.SUBMITTED), RequestState.REJECTED,
                    "Rejected automatically by 2 blocker(s): MODEL.RETIRED: Model is RETIRED. | "
                            + "LICENSE.PROHIBITED: Non-commercial only."));
        }

        @Test
        void noRequiredReviewApprovesAutomatically() {
            UsageRequest approved = drafted().submit(ALICE, needing(), T1);

            assertThat(approved.state()).isEqualTo(RequestState.APPROVED);
            assertThat(approved.autoApproved()).isTrue();
            assertThat(approved.isDecided()).isTrue();
            assertThat(approved.obligations()).containsExactly(Fixtures.AUP);
            assertThat(approved.history()).extracting(HistoryEntry::action)
                    .containsExactly(HistoryEntry.DRAFTED, HistoryEntry.SUBMITTED, HistoryEntry.AUTO_APPROVED);
            assertThat(last(approved)).isEqualTo(new HistoryEntry(T1, HistoryEntry.SYSTEM, HistoryEntry.AUTO_APPROVED,
                    Optional.of(RequestState.SUBMITTED), RequestState.APPROVED,
                    "Approved automatically: the evaluation found no blocker and requires no review."));
        }

        @Test
        void requiredReviewsSendItToReview() {
            UsageRequest inReview = drafted().submit(ALICE, needing(FINANCE, SECURITY), T1);

            assertThat(inReview.state()).isEqualTo(RequestState.IN_REVIEW);
            assertThat(inReview.requiredReviews()).containsExactly(SECURITY, FINANCE);
            assertThat(inReview.pendingReviews()).containsExactly(SECURITY, FINANCE);
            assertThat(inReview.isDecided()).isFalse();
            assertThat(inReview.autoApproved()).isFalse();
            assertThat(last(inReview)).isEqualTo(new HistoryEntry(T1, HistoryEntry.SYSTEM, HistoryEntry.SENT_TO_REVIEW,
                    Optional.of(RequestState.SUBMITTED), RequestState.IN_REVIEW, "Awaiting review: SECURITY, FINANCE."));
        }

        @Test
        void aRealEvaluationOfTheRequest() {
            UsageRequest draft = drafted();
            Fixtures.Input facts = Fixtures.input();
            EvaluationInput input = EvaluationInput.forRequest(draft, facts.lifecycle, facts.decision(),
                    Fixtures.license(io.modelgate.domain.license.evaluation.Verdict.PERMITTED_WITH_OBLIGATIONS),
                    Fixtures.estimate(draft.model(), draft.deployment(), draft.useCase().volume(), Fixtures.jpy(1)),
                    Optional.empty(), Fixtures.jpy(1_000));

            UsageRequest submitted = draft.submit(ALICE, RequestEvaluator.evaluate(input), T1);

            assertThat(submitted.state()).isEqualTo(RequestState.IN_REVIEW);
            assertThat(submitted.pendingReviews()).containsExactly(LEGAL, FINANCE);
        }

        @Test
        void onlyByTheRequester() {
            assertNotRequester(() -> drafted().submit(BOB, needing(), T1));
        }

        @Test
        void refusesMissingParts() {
            assertInvalid(() -> drafted().submit(" ", needing(), T1), "actor");
            assertInvalid(() -> drafted().submit(ALICE, null, T1), "evaluation");
            assertInvalid(() -> drafted().submit(ALICE, needing(), null), "at");
        }
    }

    @Nested
    class Withdrawing {

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Situation.class, names = {"DRAFT", "SUBMITTED", "IN_REVIEW", "IN_REVIEW_SECURITY_APPROVED"})
        void theRequesterWithdrawsBeforeADecision(Situation situation) {
            UsageRequest request = situation.request();

            UsageRequest withdrawn = request.withdraw(ALICE, T2);

            assertThat(withdrawn.state()).isEqualTo(RequestState.WITHDRAWN);
            assertThat(withdrawn.isDecided()).isFalse();
            assertThat(withdrawn.pendingReviews()).isEmpty();
            assertThat(withdrawn.decisions()).isEqualTo(request.decisions());
            assertThat(last(withdrawn)).isEqualTo(new HistoryEntry(T2, ALICE, HistoryEntry.WITHDRAWN,
                    Optional.of(situation.state), RequestState.WITHDRAWN, "Withdrawn by the requester."));
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Situation.class, names = {"DRAFT", "SUBMITTED", "IN_REVIEW"})
        void nobodyElseWithdraws(Situation situation) {
            assertNotRequester(() -> situation.request().withdraw(BOB, T2));
            assertNotRequester(() -> situation.request().withdraw(Fixtures.SAM, T2));
        }

        @Test
        void refusesMissingParts() {
            assertInvalid(() -> drafted().withdraw(null, T1), "actor");
            assertInvalid(() -> drafted().withdraw(ALICE, null), "at");
        }
    }

    @Nested
    class Reconstituting {

        @ParameterizedTest(name = "{0}")
        @EnumSource(Situation.class)
        void aSavedRequestComesBackAsItWas(Situation situation) {
            UsageRequest saved = situation.request();

            UsageRequest loaded = UsageRequest.reconstitute(saved.id(), saved.requester(), saved.department(),
                    saved.model(), saved.deployment(), saved.useCase(), saved.state(), saved.evaluation(),
                    saved.decisions(), saved.history(), saved.createdAt(), saved.updatedAt(), 7);

            assertThat(loaded.state()).isEqualTo(saved.state());
            assertThat(loaded.evaluation()).isEqualTo(saved.evaluation());
            assertThat(loaded.decisions()).isEqualTo(saved.decisions());
            assertThat(loaded.history()).isEqualTo(saved.history());
            assertThat(loaded.pendingReviews()).isEqualTo(saved.pendingReviews());
            assertThat(loaded.autoApproved()).isEqualTo(saved.autoApproved());
            assertThat(loaded.version()).isEqualTo(7);
        }

        @Test
        void refusesContradictions() {
            UsageRequest inReview = Fixtures.inReview(SECURITY, LEGAL);
            UsageRequest rejectedByReview = Situation.REJECTED_BY_REVIEW.request();
            ReviewDecision byRequester = new ReviewDecision(SECURITY, ReviewOutcome.APPROVE, ALICE, Optional.empty(), T2);
            ReviewDecision notRequired = new ReviewDecision(FINANCE, ReviewOutcome.APPROVE, "fin", Optional.empty(), T2);
            ReviewDecision security = new ReviewDecision(SECURITY, ReviewOutcome.APPROVE, "sam", Optional.empty(), T2);

            assertState(() -> load(inReview, RequestState.DRAFT, inReview.evaluation(), List.of()));
            assertState(() -> load(inReview, RequestState.SUBMITTED, inReview.evaluation(), List.of()));
            assertState(() -> load(inReview, RequestState.IN_REVIEW, Optional.empty(), List.of()));
            assertState(() -> load(inReview, RequestState.APPROVED, inReview.evaluation(), List.of()));
            assertState(() -> load(inReview, RequestState.REJECTED, inReview.evaluation(), List.of()));
            assertState(() -> load(inReview, RequestState.IN_REVIEW, inReview.evaluation(), List.of(byRequester)));
            assertState(() -> load(inReview, RequestState.IN_REVIEW, inReview.evaluation(), List.of(notRequired)));
            assertState(() -> load(inReview, RequestState.IN_REVIEW, inReview.evaluation(), List.of(security, security)));
            assertState(() -> load(rejectedByReview, RequestState.IN_REVIEW, rejectedByReview.evaluation(),
                    rejectedByReview.decisions()));
            assertState(() -> load(rejectedByReview, RequestState.WITHDRAWN, rejectedByReview.evaluation(),
                    rejectedByReview.decisions()));
            assertState(() -> load(drafted(), RequestState.IN_REVIEW, Optional.of(blocked()), List.of()));
            assertState(() -> load(drafted(), RequestState.APPROVED, Optional.of(blocked()), List.of()));
            assertInvalid(() -> UsageRequest.reconstitute(REQUEST_ID, ALICE, SALES, SWALLOW, DeploymentKind.ON_PREMISES,
                    useCase(), RequestState.DRAFT, Optional.empty(), List.of(), List.of(), T0, T0, 0), "history");
            assertInvalid(() -> load(drafted(), null, Optional.empty(), List.of()), "state");
            assertInvalid(() -> UsageRequest.reconstitute(REQUEST_ID, ALICE, SALES, SWALLOW, DeploymentKind.ON_PREMISES,
                    useCase(), RequestState.DRAFT, Optional.empty(), List.of(), drafted().history(), T0, T0, -1), "version");
        }

        private UsageRequest load(UsageRequest request, RequestState state, Optional<RequestEvaluation> evaluation,
                                  List<ReviewDecision> decisions) {
            return UsageRequest.reconstitute(request.id(), request.requester(), request.department(), request.model(),
                    request.deployment(), request.useCase(), state, evaluation, decisions, request.history(),
                    request.createdAt(), request.updatedAt(), 1);
        }

        private void assertState(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
            assertThat(assertInvalid(call, "state").reason()).startsWith("usage request " + REQUEST_ID);
        }
    }

    @Test
    void historyAndCollectionsCannotBeChangedFromOutside() {
        UsageRequest request = Fixtures.inReview(SECURITY);

        assertThat(request.history()).isUnmodifiable();
        assertThat(request.decisions()).isUnmodifiable();
        assertThat(request.findings()).isUnmodifiable();
        assertThat(request.pendingReviews()).isUnmodifiable();
        assertThat(request.requiredReviews()).isUnmodifiable();
    }

    @Test
    void printsItsIdentity() {
        assertThat(drafted().toString()).contains(REQUEST_ID.toString(), "DRAFT", "llama-3-swallow-70b", "alice", "sales");
    }

    @Test
    void timeIsWhatTheCallerSays() {
        Instant late = Instant.parse("2030-01-01T00:00:00Z");

        assertThat(drafted().withdraw(ALICE, late).updatedAt()).isEqualTo(late);
    }
}
