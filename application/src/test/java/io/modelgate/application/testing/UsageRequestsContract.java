package io.modelgate.application.testing;

import io.modelgate.application.approval.port.in.UsageRequestQuery;
import io.modelgate.application.approval.port.out.UsageRequests;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.approval.RequestState;
import io.modelgate.domain.approval.ReviewKind;
import io.modelgate.domain.approval.ReviewOutcome;
import io.modelgate.domain.approval.UsageRequest;
import io.modelgate.domain.approval.UsageRequestId;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.department.DepartmentId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.modelgate.application.testing.ApprovalContractSamples.FINANCE_REVIEWER;
import static io.modelgate.application.testing.ApprovalContractSamples.GPT_4O;
import static io.modelgate.application.testing.ApprovalContractSamples.LEGAL_REVIEWER;
import static io.modelgate.application.testing.ApprovalContractSamples.LLAMA_3_70B;
import static io.modelgate.application.testing.ApprovalContractSamples.REQUESTER;
import static io.modelgate.application.testing.ApprovalContractSamples.SECURITY_REVIEWER;
import static io.modelgate.application.testing.ApprovalContractSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link UsageRequests} must do. Run against the in-memory fake here and against the
 * PostgreSQL adapter in bootstrap, so the fake the use-case tests rely on cannot drift. Each test
 * works in a department of its own, so it sees only its own rows in a shared database.
 */
public abstract class UsageRequestsContract {

    protected abstract UsageRequests usageRequests();

    protected abstract Transactions transactions();

    private DepartmentId department;

    @BeforeEach
    void aDepartmentOfItsOwn() {
        department = ApprovalContractSamples.uniqueDepartment();
    }

    private UsageRequest add(UsageRequest request) {
        return transactions().inTransaction(() -> usageRequests().add(request));
    }

    private UsageRequest update(UsageRequest request) {
        return transactions().inTransaction(() -> usageRequests().update(request));
    }

    private UsageRequest find(UsageRequestId id) {
        return transactions().inTransaction(() -> usageRequests().find(id)).orElseThrow();
    }

    private Page<UsageRequest> search(UsageRequestQuery query, PageRequest page) {
        return transactions().inTransaction(() -> usageRequests().search(query, page));
    }

    private Page<UsageRequest> search(Optional<RequestState> state, Optional<ModelId> model, Set<ReviewKind> pending) {
        return search(new UsageRequestQuery(state, Optional.of(department), model, pending), new PageRequest(0, 50));
    }

    /** Every field of the aggregate, its evaluation, decisions and history included. */
    static void assertSameRequest(UsageRequest actual, UsageRequest expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
        assertSamePartsOf(actual, expected);
    }

    /** The parts are records or enum sets: equal by value, and lists in the same order. */
    private static void assertSamePartsOf(UsageRequest actual, UsageRequest expected) {
        assertThat(actual.findings()).isEqualTo(expected.findings());
        assertThat(actual.obligations()).isEqualTo(expected.obligations());
        assertThat(actual.decisions()).isEqualTo(expected.decisions());
        assertThat(actual.history()).isEqualTo(expected.history());
        assertThat(actual.requiredReviews()).isEqualTo(expected.requiredReviews());
        assertThat(actual.evaluation()).isEqualTo(expected.evaluation());
        assertThat(actual.useCase()).isEqualTo(expected.useCase());
    }

    /**
     * Updates with the result of a command and checks that the store returned that result with the
     * given version, and loads it again the same.
     */
    private UsageRequest updatedTo(UsageRequest commanded, long version) {
        UsageRequest returned = update(commanded);
        assertThat(returned.version()).isEqualTo(version);
        assertThat(returned).usingRecursiveComparison().ignoringFields("version").isEqualTo(commanded);
        assertSamePartsOf(returned, commanded);
        assertSameRequest(find(commanded.id()), returned);
        return returned;
    }

    /** Adds, finds, and checks that both the returned and the loaded request are the one given. */
    private void roundTrips(UsageRequest request) {
        UsageRequest added = add(request);
        assertSameRequest(added, request);
        assertSameRequest(find(request.id()), request);
    }

    @Test
    void a_draft_round_trips_exactly_also_after_an_edit() {
        roundTrips(ApprovalContractSamples.draft(department, GPT_4O, T0));
        UsageRequest edited = ApprovalContractSamples.editedDraft(department, T0);
        roundTrips(edited);
        assertThat(find(edited.id()).model()).isEqualTo(LLAMA_3_70B);
        assertThat(find(edited.id()).deployment()).isEqualTo(DeploymentKind.ON_PREMISES);
        assertThat(find(edited.id()).evaluation()).isEmpty();
        assertThat(find(edited.id()).version()).isZero();
    }

    @Test
    void a_submitted_request_round_trips() {
        roundTrips(ApprovalContractSamples.submitted(department, GPT_4O, T0));
    }

    @Test
    void a_request_in_review_round_trips_with_findings_obligations_decisions_and_history() {
        UsageRequest inReview = ApprovalContractSamples.inReview(department, GPT_4O, T0);
        assertThat(inReview.findings()).hasSize(3);
        assertThat(inReview.obligations()).hasSize(2);
        assertThat(inReview.decisions()).hasSize(1);
        assertThat(inReview.history()).hasSize(4);
        roundTrips(inReview);
        assertThat(find(inReview.id()).pendingReviews()).containsExactly(ReviewKind.LEGAL);
    }

    @Test
    void approved_requests_round_trip_whether_reviewed_or_approved_on_submission() {
        roundTrips(ApprovalContractSamples.approved(department, GPT_4O, T0));
        UsageRequest automatic = ApprovalContractSamples.autoApproved(department, LLAMA_3_70B, T0);
        roundTrips(automatic);
        UsageRequest found = find(automatic.id());
        assertThat(found.evaluation()).as("evaluated, though nothing was found").isPresent();
        assertThat(found.autoApproved()).isTrue();
    }

    @Test
    void rejected_requests_round_trip_whether_by_a_blocker_or_by_a_reviewer() {
        roundTrips(ApprovalContractSamples.rejectedByBlocker(department, GPT_4O, T0));
        UsageRequest byReviewer = ApprovalContractSamples.rejectedByReviewer(department, GPT_4O, T0);
        roundTrips(byReviewer);
        assertThat(find(byReviewer.id()).decisionFor(ReviewKind.LEGAL).orElseThrow().comment())
                .contains("External use is not covered by the license.");
    }

    @Test
    void withdrawn_requests_round_trip_with_or_without_an_evaluation() {
        roundTrips(ApprovalContractSamples.withdrawnDraft(department, GPT_4O, T0));
        UsageRequest fromReview = ApprovalContractSamples.withdrawnInReview(department, GPT_4O, T0);
        roundTrips(fromReview);
        assertThat(find(fromReview.id()).evaluation()).isPresent();
        assertThat(find(fromReview.id()).decisions()).hasSize(1);
    }

    @Test
    void instants_are_kept_to_the_microsecond_and_what_add_returns_is_what_find_loads() {
        Instant withNanos = Instant.parse("2025-04-01T09:00:00.123456789Z");
        UsageRequest added = add(ApprovalContractSamples.inReview(department, GPT_4O, withNanos));
        UsageRequest found = find(added.id());
        assertSameRequest(found, added);
        assertThat(found.createdAt()).isEqualTo(withNanos.truncatedTo(ChronoUnit.MICROS));
        assertThat(found.decisions().get(0).decidedAt())
                .isEqualTo(withNanos.plusSeconds(2).truncatedTo(ChronoUnit.MICROS));
        assertThat(found.history()).allSatisfy(entry -> assertThat(entry.at().getNano() % 1000).isZero());
    }

    @Test
    void each_step_of_the_workflow_is_stored_and_bumps_the_version() {
        UsageRequest draft = add(ApprovalContractSamples.draft(department, GPT_4O, T0));
        assertThat(draft.version()).isZero();

        UsageRequest edited = updatedTo(draft.edit(REQUESTER, LLAMA_3_70B, DeploymentKind.PRIVATE_CLOUD,
                ApprovalContractSamples.otherUseCase(), T0.plusSeconds(10)), 1);

        UsageRequest submitted = updatedTo(edited.submit(REQUESTER,
                ApprovalContractSamples.evaluationRequiring(ReviewKind.SECURITY, ReviewKind.LEGAL),
                T0.plusSeconds(20)), 2);
        assertThat(submitted.state()).isEqualTo(RequestState.IN_REVIEW);

        UsageRequest secured = updatedTo(submitted.review(ReviewKind.SECURITY, ReviewOutcome.APPROVE, "Fine.",
                SECURITY_REVIEWER, Set.of(ReviewKind.SECURITY.role()), T0.plusSeconds(30)), 3);
        assertThat(secured.pendingReviews()).containsExactly(ReviewKind.LEGAL);

        UsageRequest approved = updatedTo(secured.review(ReviewKind.LEGAL, ReviewOutcome.APPROVE, null,
                LEGAL_REVIEWER, Set.of(ReviewKind.LEGAL.role()), T0.plusSeconds(40)), 4);
        assertThat(approved.state()).isEqualTo(RequestState.APPROVED);
        assertThat(approved.history()).extracting(h -> h.action()).containsExactly("DRAFTED", "EDITED", "SUBMITTED",
                "SENT_TO_REVIEW", "REVIEWED", "REVIEWED");
    }

    @Test
    void of_two_decisions_on_the_same_version_only_the_first_is_stored() {
        UsageRequest inReview = add(ApprovalContractSamples.awaitingSecurityAndFinance(department, GPT_4O, T0));
        UsageRequest first = inReview.review(ReviewKind.SECURITY, ReviewOutcome.APPROVE, null, SECURITY_REVIEWER,
                Set.of(ReviewKind.SECURITY.role()), T0.plusSeconds(10));
        UsageRequest second = inReview.review(ReviewKind.FINANCE, ReviewOutcome.REJECT, "Over budget.",
                FINANCE_REVIEWER, Set.of(ReviewKind.FINANCE.role()), T0.plusSeconds(11));

        assertThat(update(first).version()).isEqualTo(1);
        assertThatThrownBy(() -> update(second)).isInstanceOf(StaleVersionException.class);

        UsageRequest stored = find(inReview.id());
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.state()).isEqualTo(RequestState.IN_REVIEW);
        assertThat(stored.pendingReviews()).containsExactly(ReviewKind.FINANCE);
    }

    @Test
    void updating_a_request_that_was_never_added_is_refused() {
        UsageRequest never = ApprovalContractSamples.draft(department, GPT_4O, T0);
        assertThatThrownBy(() -> update(never)).isInstanceOf(StaleVersionException.class);
        assertThat(transactions().inTransaction(() -> usageRequests().find(never.id()))).isEmpty();
    }

    @Test
    void searches_by_state_department_and_model_newest_first() {
        UsageRequest draft = add(ApprovalContractSamples.draft(department, GPT_4O, T0));
        UsageRequest inReview = add(ApprovalContractSamples.inReview(department, LLAMA_3_70B, T0.plusSeconds(60)));
        UsageRequest approved = add(ApprovalContractSamples.approved(department, GPT_4O, T0.plusSeconds(120)));
        UsageRequest rejected = add(ApprovalContractSamples.rejectedByBlocker(department, GPT_4O, T0.plusSeconds(180)));
        add(ApprovalContractSamples.draft(ApprovalContractSamples.uniqueDepartment(), GPT_4O, T0));

        Page<UsageRequest> all = search(Optional.empty(), Optional.empty(), Set.of());
        assertThat(all.items()).extracting(UsageRequest::id)
                .containsExactly(rejected.id(), approved.id(), inReview.id(), draft.id());
        assertThat(all.totalItems()).isEqualTo(4);
        assertSameRequest(all.items().get(2), inReview);

        assertThat(search(Optional.of(RequestState.DRAFT), Optional.empty(), Set.of()).items())
                .extracting(UsageRequest::id).containsExactly(draft.id());
        assertThat(search(Optional.empty(), Optional.of(GPT_4O), Set.of()).items())
                .extracting(UsageRequest::id).containsExactly(rejected.id(), approved.id(), draft.id());
        assertThat(search(Optional.of(RequestState.IN_REVIEW), Optional.of(GPT_4O), Set.of()).items()).isEmpty();
        assertThat(search(Optional.of(RequestState.IN_REVIEW), Optional.of(LLAMA_3_70B), Set.of()).items())
                .extracting(UsageRequest::id).containsExactly(inReview.id());

        Page<UsageRequest> allDepartments = search(new UsageRequestQuery(Optional.of(RequestState.REJECTED),
                Optional.empty(), Optional.empty(), Set.of()), new PageRequest(0, 200));
        assertThat(allDepartments.items()).extracting(UsageRequest::id).contains(rejected.id())
                .doesNotContain(draft.id(), approved.id(), inReview.id());
    }

    @Test
    void pending_review_kinds_select_requests_in_review_that_still_wait_for_one_of_them() {
        // SECURITY approved, LEGAL pending.
        UsageRequest awaitingLegal = add(ApprovalContractSamples.inReview(department, GPT_4O, T0));
        // SECURITY and FINANCE pending.
        UsageRequest awaitingSecurityAndFinance = add(
                ApprovalContractSamples.awaitingSecurityAndFinance(department, GPT_4O, T0.plusSeconds(60)));
        // Nothing pending any more, or no longer in review.
        add(ApprovalContractSamples.approved(department, GPT_4O, T0.plusSeconds(120)));
        add(ApprovalContractSamples.withdrawnInReview(department, GPT_4O, T0.plusSeconds(180)));
        add(ApprovalContractSamples.draft(department, GPT_4O, T0.plusSeconds(240)));

        assertThat(search(Optional.empty(), Optional.empty(), Set.of(ReviewKind.SECURITY)).items())
                .extracting(UsageRequest::id).containsExactly(awaitingSecurityAndFinance.id());
        assertThat(search(Optional.empty(), Optional.empty(), Set.of(ReviewKind.LEGAL)).items())
                .extracting(UsageRequest::id).containsExactly(awaitingLegal.id());
        assertThat(search(Optional.empty(), Optional.empty(), Set.of(ReviewKind.FINANCE)).items())
                .extracting(UsageRequest::id).containsExactly(awaitingSecurityAndFinance.id());
        Page<UsageRequest> legalOrFinance = search(Optional.empty(), Optional.empty(),
                Set.of(ReviewKind.LEGAL, ReviewKind.FINANCE));
        assertThat(legalOrFinance.items()).extracting(UsageRequest::id)
                .containsExactly(awaitingSecurityAndFinance.id(), awaitingLegal.id());
        assertThat(legalOrFinance.totalItems()).isEqualTo(2);
        assertThat(search(Optional.of(RequestState.IN_REVIEW), Optional.of(LLAMA_3_70B), Set.of(ReviewKind.LEGAL))
                .items()).isEmpty();

        // Deciding the last pending kind takes a request out of that inbox.
        update(awaitingSecurityAndFinance.review(ReviewKind.FINANCE, ReviewOutcome.APPROVE, null, FINANCE_REVIEWER,
                Set.of(ReviewKind.FINANCE.role()), T0.plusSeconds(300)));
        assertThat(search(Optional.empty(), Optional.empty(), Set.of(ReviewKind.FINANCE)).items()).isEmpty();
        assertThat(search(Optional.empty(), Optional.empty(), Set.of(ReviewKind.SECURITY)).items())
                .extracting(UsageRequest::id).containsExactly(awaitingSecurityAndFinance.id());
    }

    @Test
    void ties_on_creation_go_by_id_and_pages_split_the_order() {
        UsageRequest oldest = add(ApprovalContractSamples.draft(department, GPT_4O, T0));
        // The same instant: the id decides, in the text order of the uuid (PostgreSQL's order).
        UsageRequest tieHigh = add(ApprovalContractSamples.draft(ApprovalContractSamples.requestIdStartingWith('f'),
                department, GPT_4O, T0.plusSeconds(60)));
        UsageRequest tieLow = add(ApprovalContractSamples.draft(ApprovalContractSamples.requestIdStartingWith('1'),
                department, GPT_4O, T0.plusSeconds(60)));
        UsageRequest newest = add(ApprovalContractSamples.draft(department, GPT_4O, T0.plusSeconds(120)));
        List<UsageRequestId> order = List.of(newest.id(), tieLow.id(), tieHigh.id(), oldest.id());

        UsageRequestQuery mine = new UsageRequestQuery(Optional.empty(), Optional.of(department), Optional.empty(),
                Set.of());
        Page<UsageRequest> first = search(mine, new PageRequest(0, 3));
        Page<UsageRequest> second = search(mine, new PageRequest(1, 3));
        assertThat(first.items()).extracting(UsageRequest::id).containsExactlyElementsOf(order.subList(0, 3));
        assertThat(second.items()).extracting(UsageRequest::id).containsExactlyElementsOf(order.subList(3, 4));
        assertThat(second.totalItems()).isEqualTo(4);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(search(mine, new PageRequest(2, 3)).items()).isEmpty();
    }

    @Test
    void a_missing_request_is_empty() {
        assertThat(transactions().inTransaction(() -> usageRequests().find(new UsageRequestId(UUID.randomUUID()))))
                .isEmpty();
    }
}
