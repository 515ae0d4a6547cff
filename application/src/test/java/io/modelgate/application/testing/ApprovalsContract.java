package io.modelgate.application.testing;

import io.modelgate.application.approval.port.in.ApprovalQuery;
import io.modelgate.application.approval.port.out.Approvals;
import io.modelgate.application.approval.port.out.UsageRequests;
import io.modelgate.application.shared.Page;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.approval.ApprovalStatus;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.modelgate.application.testing.ApprovalContractSamples.GPT_4O;
import static io.modelgate.application.testing.ApprovalContractSamples.LLAMA_3_70B;
import static io.modelgate.application.testing.ApprovalContractSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link Approvals} must do. Run against the in-memory fake here and against the
 * PostgreSQL adapter in bootstrap. Each approval grants an APPROVED request stored first through
 * {@link UsageRequests} (the database references it); each test works in a department of its own.
 */
public abstract class ApprovalsContract {

    protected abstract Approvals approvals();

    protected abstract UsageRequests usageRequests();

    protected abstract Transactions transactions();

    private static final Optional<Money> NO_CAP = Optional.empty();

    private DepartmentId department;

    @BeforeEach
    void aDepartmentOfItsOwn() {
        department = ApprovalContractSamples.uniqueDepartment();
    }

    /** Stores an APPROVED request of the department an hour before and grants it (not stored yet). */
    private Approval granting(ApprovalId id, DepartmentId of, ModelId model, Instant grantedAt, Optional<Money> cap) {
        var request = transactions().inTransaction(() -> usageRequests().add(
                ApprovalContractSamples.approved(of, model, grantedAt.minus(1, ChronoUnit.HOURS))));
        return ApprovalContractSamples.grant(id, request, grantedAt, cap);
    }

    private Approval granting(ModelId model, Instant grantedAt, Optional<Money> cap) {
        return granting(new ApprovalId(UUID.randomUUID()), department, model, grantedAt, cap);
    }

    private Approval add(Approval approval) {
        return transactions().inTransaction(() -> approvals().add(approval));
    }

    private Approval update(Approval approval) {
        return transactions().inTransaction(() -> approvals().update(approval));
    }

    private Approval find(ApprovalId id) {
        return transactions().inTransaction(() -> approvals().find(id)).orElseThrow();
    }

    private Page<Approval> search(ApprovalQuery query, PageRequest page) {
        return transactions().inTransaction(() -> approvals().search(query, page));
    }

    private List<ApprovalId> ids(ApprovalQuery query) {
        return search(query, new PageRequest(0, 50)).items().stream().map(Approval::id).toList();
    }

    private ApprovalQuery mine(Optional<ModelId> model, Optional<ApprovalStatus> status, Optional<Boolean> flagged) {
        return new ApprovalQuery(Optional.of(department), model, status, flagged);
    }

    /** Every field of the aggregate. */
    static void assertSameApproval(Approval actual, Approval expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
        assertSamePartsOf(actual, expected);
    }

    /** The parts are records or enum sets: equal by value, and lists in the same order. */
    private static void assertSamePartsOf(Approval actual, Approval expected) {
        assertThat(actual.obligations()).isEqualTo(expected.obligations());
        assertThat(actual.taskCategories()).isEqualTo(expected.taskCategories());
        assertThat(actual.monthlyCap()).isEqualTo(expected.monthlyCap());
        assertThat(actual.reReview()).isEqualTo(expected.reReview());
        assertThat(actual.revocation()).isEqualTo(expected.revocation());
        assertThat(actual.suspension()).isEqualTo(expected.suspension());
    }

    /** Checks that both what the store returned and what it loads again are the expected approval. */
    private void storedAs(Approval returned, Approval expected) {
        assertSameApproval(returned, expected);
        assertSameApproval(find(expected.id()), expected);
    }

    /**
     * Updates with the result of a command and checks that the store returned that result with the
     * given version, and loads it again the same.
     */
    private Approval updatedTo(Approval commanded, long version) {
        Approval returned = update(commanded);
        assertThat(returned.version()).isEqualTo(version);
        assertThat(returned).usingRecursiveComparison().ignoringFields("version").isEqualTo(commanded);
        assertSamePartsOf(returned, commanded);
        assertSameApproval(find(commanded.id()), returned);
        return returned;
    }

    @Test
    void an_active_approval_round_trips_with_its_cap_tasks_and_obligations() {
        Approval inYen = granting(GPT_4O, T0, Optional.of(Money.ofMinor(500_000, "JPY")));
        storedAs(add(inYen), inYen);
        Approval inDollars = granting(LLAMA_3_70B, T0, Optional.of(Money.of("1234.56", "USD")));
        storedAs(add(inDollars), inDollars);

        Approval found = find(inYen.id());
        assertThat(found.status()).isEqualTo(ApprovalStatus.ACTIVE);
        assertThat(found.obligations()).hasSize(2);
        assertThat(found.monthlyCap()).contains(Money.ofMinor(500_000, "JPY"));
        assertThat(found.validUntil()).isEqualTo(Instant.parse("2026-04-01T09:00:00.123456Z"));
        assertThat(found.version()).isZero();
    }

    @Test
    void an_approval_without_a_cap_round_trips() {
        Approval uncapped = granting(GPT_4O, T0, NO_CAP);
        storedAs(add(uncapped), uncapped);
        assertThat(find(uncapped.id()).monthlyCap()).isEmpty();
    }

    @Test
    void flags_suspensions_and_their_clearing_are_stored_and_each_bumps_the_version() {
        Approval active = add(granting(GPT_4O, T0, Optional.of(Money.ofMinor(90_000, "JPY"))));

        Approval flagged = updatedTo(active.flagForReReview("The model was deprecated.", T0.plusSeconds(60)), 1);
        assertThat(flagged.isFlaggedForReReview()).isTrue();

        Approval suspended = updatedTo(flagged.suspend("The new license forbids commercial use.",
                T0.plusSeconds(120)), 2);
        assertThat(suspended.status()).isEqualTo(ApprovalStatus.SUSPENDED);
        assertThat(suspended.reReview()).isEmpty();

        Approval suspendedAndFlagged = updatedTo(suspended.flagForReReview("The license changed again.",
                T0.plusSeconds(180)), 3);
        assertThat(suspendedAndFlagged.status()).isEqualTo(ApprovalStatus.SUSPENDED);
        assertThat(suspendedAndFlagged.isFlaggedForReReview()).isTrue();

        Approval cleared = updatedTo(suspendedAndFlagged.clearReReview(T0.plusSeconds(240)), 4);
        assertThat(cleared.status()).isEqualTo(ApprovalStatus.ACTIVE);
        assertThat(cleared.reReview()).isEmpty();
        assertThat(cleared.suspension()).isEmpty();
    }

    @Test
    void a_revoked_approval_round_trips_with_who_why_and_when() {
        Approval flagged = updatedTo(add(granting(GPT_4O, T0, NO_CAP)).flagForReReview("Deprecated.",
                T0.plusSeconds(1)), 1);
        Approval revoked = updatedTo(flagged.revoke("The model was retired.", "system:catalog", T0.plusSeconds(2)), 2);
        assertThat(revoked.status()).isEqualTo(ApprovalStatus.REVOKED);
        assertThat(revoked.reReview()).isEmpty();
        assertThat(revoked.revocation().orElseThrow().by()).isEqualTo("system:catalog");
    }

    @Test
    void instants_are_kept_to_the_microsecond() {
        Instant withNanos = Instant.parse("2025-04-01T09:00:00.123456789Z");
        Approval added = add(granting(GPT_4O, withNanos, NO_CAP));
        assertThat(added.grantedAt()).isEqualTo(withNanos.truncatedTo(ChronoUnit.MICROS));
        assertThat(added.validUntil()).isEqualTo(Instant.parse("2026-04-01T09:00:00.123456Z"));
        Approval flagged = update(added.flagForReReview("Check.", withNanos.plusSeconds(5)));
        assertThat(flagged.reReview().orElseThrow().flaggedAt())
                .isEqualTo(withNanos.plusSeconds(5).truncatedTo(ChronoUnit.MICROS));
        assertSameApproval(find(added.id()), flagged);
    }

    @Test
    void of_two_commands_on_the_same_version_only_the_first_is_stored() {
        Approval active = add(granting(GPT_4O, T0, NO_CAP));
        Approval suspended = active.suspend("A blocker.", T0.plusSeconds(10));
        Approval revoked = active.revoke("Not needed.", "admin@example.com", T0.plusSeconds(11));

        assertThat(update(suspended).version()).isEqualTo(1);
        assertThatThrownBy(() -> update(revoked)).isInstanceOf(StaleVersionException.class);
        Approval stored = find(active.id());
        assertThat(stored.status()).isEqualTo(ApprovalStatus.SUSPENDED);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void updating_an_approval_that_was_never_added_is_refused() {
        Approval never = granting(GPT_4O, T0, NO_CAP);
        assertThatThrownBy(() -> update(never)).isInstanceOf(StaleVersionException.class);
        assertThat(transactions().inTransaction(() -> approvals().find(never.id()))).isEmpty();
        assertThat(transactions().inTransaction(() -> approvals().find(new ApprovalId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void searches_by_department_model_status_and_flag_newest_grant_first() {
        Approval oldGpt = add(granting(GPT_4O, T0, NO_CAP));
        Approval llama = add(granting(LLAMA_3_70B, T0.plusSeconds(60), NO_CAP));
        Approval flaggedGpt = update(add(granting(GPT_4O, T0.plusSeconds(120), NO_CAP))
                .flagForReReview("Deprecated.", T0.plusSeconds(600)));
        Approval suspendedLlama = update(add(granting(LLAMA_3_70B, T0.plusSeconds(180), NO_CAP))
                .suspend("A blocker.", T0.plusSeconds(600)));
        Approval revokedGpt = update(add(granting(GPT_4O, T0.plusSeconds(240), NO_CAP))
                .revoke("Not needed.", "admin@example.com", T0.plusSeconds(600)));
        Approval elsewhere = add(granting(new ApprovalId(UUID.randomUUID()), ApprovalContractSamples.uniqueDepartment(),
                GPT_4O, T0.plusSeconds(300), NO_CAP));

        assertThat(ids(mine(Optional.empty(), Optional.empty(), Optional.empty()))).containsExactly(
                revokedGpt.id(), suspendedLlama.id(), flaggedGpt.id(), llama.id(), oldGpt.id());
        assertThat(ids(mine(Optional.of(GPT_4O), Optional.empty(), Optional.empty())))
                .containsExactly(revokedGpt.id(), flaggedGpt.id(), oldGpt.id());
        assertThat(ids(mine(Optional.empty(), Optional.of(ApprovalStatus.ACTIVE), Optional.empty())))
                .containsExactly(flaggedGpt.id(), llama.id(), oldGpt.id());
        assertThat(ids(mine(Optional.empty(), Optional.of(ApprovalStatus.SUSPENDED), Optional.empty())))
                .containsExactly(suspendedLlama.id());
        assertThat(ids(mine(Optional.empty(), Optional.of(ApprovalStatus.REVOKED), Optional.empty())))
                .containsExactly(revokedGpt.id());
        assertThat(ids(mine(Optional.empty(), Optional.empty(), Optional.of(true)))).containsExactly(flaggedGpt.id());
        assertThat(ids(mine(Optional.empty(), Optional.empty(), Optional.of(false))))
                .containsExactly(revokedGpt.id(), suspendedLlama.id(), llama.id(), oldGpt.id());
        assertThat(ids(mine(Optional.of(LLAMA_3_70B), Optional.of(ApprovalStatus.ACTIVE), Optional.of(false))))
                .containsExactly(llama.id());
        assertThat(ids(mine(Optional.of(LLAMA_3_70B), Optional.of(ApprovalStatus.ACTIVE), Optional.of(true))))
                .isEmpty();

        Page<Approval> found = search(mine(Optional.empty(), Optional.empty(), Optional.empty()),
                new PageRequest(0, 5));
        assertSameApproval(found.items().get(2), flaggedGpt);
        List<ApprovalId> everywhere = search(new ApprovalQuery(Optional.empty(), Optional.of(GPT_4O),
                Optional.of(ApprovalStatus.ACTIVE), Optional.empty()), new PageRequest(0, 200)).items().stream()
                .map(Approval::id).toList();
        assertThat(everywhere).contains(elsewhere.id(), flaggedGpt.id()).doesNotContain(revokedGpt.id(), llama.id());
    }

    @Test
    void ties_on_the_grant_go_by_id_and_pages_split_the_order() {
        Approval oldest = add(granting(GPT_4O, T0, NO_CAP));
        // The same instant: the id decides, in the text order of the uuid (PostgreSQL's order).
        Approval tieHigh = add(granting(ApprovalContractSamples.approvalIdStartingWith('f'), department, GPT_4O,
                T0.plusSeconds(60), NO_CAP));
        Approval tieLow = add(granting(ApprovalContractSamples.approvalIdStartingWith('2'), department, GPT_4O,
                T0.plusSeconds(60), NO_CAP));
        Approval newest = add(granting(GPT_4O, T0.plusSeconds(120), NO_CAP));
        List<ApprovalId> order = List.of(newest.id(), tieLow.id(), tieHigh.id(), oldest.id());

        ApprovalQuery all = mine(Optional.empty(), Optional.empty(), Optional.empty());
        Page<Approval> first = search(all, new PageRequest(0, 2));
        Page<Approval> second = search(all, new PageRequest(1, 2));
        assertThat(first.items()).extracting(Approval::id).containsExactlyElementsOf(order.subList(0, 2));
        assertThat(second.items()).extracting(Approval::id).containsExactlyElementsOf(order.subList(2, 4));
        assertThat(first.totalItems()).isEqualTo(4);
        assertThat(first.totalPages()).isEqualTo(2);
    }

    @Test
    void the_approvals_of_a_department_include_suspended_expired_and_revoked_ones_newest_first() {
        Approval expired = add(granting(GPT_4O, T0.minus(800, ChronoUnit.DAYS), NO_CAP));
        Approval active = add(granting(LLAMA_3_70B, T0, NO_CAP));
        Approval suspended = update(add(granting(GPT_4O, T0.plusSeconds(60), NO_CAP))
                .suspend("A blocker.", T0.plusSeconds(600)));
        Approval revoked = update(add(granting(GPT_4O, T0.plusSeconds(120), NO_CAP)).revoke("Gone.",
                "admin@example.com", T0.plusSeconds(600)));
        add(granting(new ApprovalId(UUID.randomUUID()), ApprovalContractSamples.uniqueDepartment(), GPT_4O, T0,
                NO_CAP));

        List<Approval> all = transactions().inTransaction(() -> approvals().forDepartment(department));
        assertThat(all).extracting(Approval::id)
                .containsExactly(revoked.id(), suspended.id(), active.id(), expired.id());
        assertSameApproval(all.get(1), suspended);
        assertSameApproval(all.get(0), revoked);
        assertThat(transactions().inTransaction(() -> approvals()
                .forDepartment(ApprovalContractSamples.uniqueDepartment()))).isEmpty();
    }

    @Test
    void unrevoked_approvals_of_a_model_span_departments() {
        Approval mineOnGpt = add(granting(GPT_4O, T0, NO_CAP));
        Approval flaggedOnGpt = update(add(granting(GPT_4O, T0.plusSeconds(60), NO_CAP))
                .flagForReReview("License changed.", T0.plusSeconds(600)));
        Approval revokedOnGpt = update(add(granting(GPT_4O, T0.plusSeconds(120), NO_CAP))
                .revoke("Gone.", "admin@example.com", T0.plusSeconds(600)));
        Approval onLlama = add(granting(LLAMA_3_70B, T0, NO_CAP));
        DepartmentId other = ApprovalContractSamples.uniqueDepartment();
        Approval otherOnGpt = add(granting(new ApprovalId(UUID.randomUUID()), other, GPT_4O, T0.plusSeconds(30),
                NO_CAP));

        // Other tests share the shipped models: look only at this test's departments.
        List<ApprovalId> onGpt = transactions().inTransaction(() -> approvals().unrevokedForModel(GPT_4O)).stream()
                .filter(a -> a.department().equals(department) || a.department().equals(other))
                .map(Approval::id).toList();
        assertThat(onGpt).containsExactly(flaggedOnGpt.id(), otherOnGpt.id(), mineOnGpt.id())
                .doesNotContain(revokedOnGpt.id(), onLlama.id());
    }

    @Test
    void finds_the_approval_a_request_granted() {
        Approval stored = add(granting(LLAMA_3_70B, T0, NO_CAP));
        assertThat(transactions().inTransaction(() -> approvals().findByRequest(stored.requestId())))
                .get().extracting(Approval::id).isEqualTo(stored.id());
        assertThat(transactions().inTransaction(() -> approvals().findByRequest(
                new io.modelgate.domain.approval.UsageRequestId(UUID.randomUUID())))).isEmpty();
    }
}
