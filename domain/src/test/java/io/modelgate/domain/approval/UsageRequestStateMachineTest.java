package io.modelgate.domain.approval;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.shared.DomainException;
import io.modelgate.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.function.Function;

import static io.modelgate.domain.approval.Fixtures.ALICE;
import static io.modelgate.domain.approval.Fixtures.GPT;
import static io.modelgate.domain.approval.Fixtures.LEA;
import static io.modelgate.domain.approval.Fixtures.T4;
import static io.modelgate.domain.approval.Fixtures.needing;
import static io.modelgate.domain.approval.Fixtures.rolesOf;
import static io.modelgate.domain.approval.Fixtures.useCase;
import static io.modelgate.domain.shared.DomainAssertions.assertConflict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Every state × every command: the next state or the refusal. */
class UsageRequestStateMachineTest {

    enum Command {
        EDIT(r -> r.edit(ALICE, GPT, DeploymentKind.VENDOR_API, useCase(), T4),
                "edit is allowed only in DRAFT"),
        SUBMIT(r -> r.submit(ALICE, needing(ReviewKind.SECURITY, ReviewKind.LEGAL), T4),
                "submit is allowed only in DRAFT"),
        APPROVE_LEGAL(r -> r.review(ReviewKind.LEGAL, ReviewOutcome.APPROVE, "ok", LEA, rolesOf(ReviewKind.LEGAL), T4),
                "review is allowed only in IN_REVIEW"),
        REJECT_LEGAL(r -> r.review(ReviewKind.LEGAL, ReviewOutcome.REJECT, "no", LEA, rolesOf(ReviewKind.LEGAL), T4),
                "review is allowed only in IN_REVIEW"),
        WITHDRAW(r -> r.withdraw(ALICE, T4),
                "withdraw is allowed only in DRAFT, SUBMITTED or IN_REVIEW");

        final Function<UsageRequest, UsageRequest> apply;
        final String allowed;

        Command(Function<UsageRequest, UsageRequest> apply, String allowed) {
            this.apply = apply;
            this.allowed = allowed;
        }
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DRAFT                       | EDIT          | DRAFT
            DRAFT                       | SUBMIT        | IN_REVIEW
            DRAFT                       | APPROVE_LEGAL | REQUEST.ILLEGAL_STATE
            DRAFT                       | REJECT_LEGAL  | REQUEST.ILLEGAL_STATE
            DRAFT                       | WITHDRAW      | WITHDRAWN
            SUBMITTED                   | EDIT          | REQUEST.ILLEGAL_STATE
            SUBMITTED                   | SUBMIT        | REQUEST.ILLEGAL_STATE
            SUBMITTED                   | APPROVE_LEGAL | REQUEST.ILLEGAL_STATE
            SUBMITTED                   | REJECT_LEGAL  | REQUEST.ILLEGAL_STATE
            SUBMITTED                   | WITHDRAW      | WITHDRAWN
            IN_REVIEW                   | EDIT          | REQUEST.ILLEGAL_STATE
            IN_REVIEW                   | SUBMIT        | REQUEST.ILLEGAL_STATE
            IN_REVIEW                   | APPROVE_LEGAL | IN_REVIEW
            IN_REVIEW                   | REJECT_LEGAL  | REJECTED
            IN_REVIEW                   | WITHDRAW      | WITHDRAWN
            IN_REVIEW_SECURITY_APPROVED | EDIT          | REQUEST.ILLEGAL_STATE
            IN_REVIEW_SECURITY_APPROVED | SUBMIT        | REQUEST.ILLEGAL_STATE
            IN_REVIEW_SECURITY_APPROVED | APPROVE_LEGAL | APPROVED
            IN_REVIEW_SECURITY_APPROVED | REJECT_LEGAL  | REJECTED
            IN_REVIEW_SECURITY_APPROVED | WITHDRAW      | WITHDRAWN
            APPROVED_AUTOMATICALLY      | EDIT          | REQUEST.ILLEGAL_STATE
            APPROVED_AUTOMATICALLY      | SUBMIT        | REQUEST.ILLEGAL_STATE
            APPROVED_AUTOMATICALLY      | APPROVE_LEGAL | REQUEST.ILLEGAL_STATE
            APPROVED_AUTOMATICALLY      | REJECT_LEGAL  | REQUEST.ILLEGAL_STATE
            APPROVED_AUTOMATICALLY      | WITHDRAW      | REQUEST.ILLEGAL_STATE
            APPROVED_BY_REVIEW          | EDIT          | REQUEST.ILLEGAL_STATE
            APPROVED_BY_REVIEW          | SUBMIT        | REQUEST.ILLEGAL_STATE
            APPROVED_BY_REVIEW          | APPROVE_LEGAL | REQUEST.ILLEGAL_STATE
            APPROVED_BY_REVIEW          | REJECT_LEGAL  | REQUEST.ILLEGAL_STATE
            APPROVED_BY_REVIEW          | WITHDRAW      | REQUEST.ILLEGAL_STATE
            REJECTED_BY_BLOCKER         | EDIT          | REQUEST.ILLEGAL_STATE
            REJECTED_BY_BLOCKER         | SUBMIT        | REQUEST.ILLEGAL_STATE
            REJECTED_BY_BLOCKER         | APPROVE_LEGAL | REQUEST.ILLEGAL_STATE
            REJECTED_BY_BLOCKER         | REJECT_LEGAL  | REQUEST.ILLEGAL_STATE
            REJECTED_BY_BLOCKER         | WITHDRAW      | REQUEST.ILLEGAL_STATE
            REJECTED_BY_REVIEW          | EDIT          | REQUEST.ILLEGAL_STATE
            REJECTED_BY_REVIEW          | SUBMIT        | REQUEST.ILLEGAL_STATE
            REJECTED_BY_REVIEW          | APPROVE_LEGAL | REQUEST.ILLEGAL_STATE
            REJECTED_BY_REVIEW          | REJECT_LEGAL  | REQUEST.ILLEGAL_STATE
            REJECTED_BY_REVIEW          | WITHDRAW      | REQUEST.ILLEGAL_STATE
            WITHDRAWN_FROM_DRAFT        | EDIT          | REQUEST.ILLEGAL_STATE
            WITHDRAWN_FROM_DRAFT        | SUBMIT        | REQUEST.ILLEGAL_STATE
            WITHDRAWN_FROM_DRAFT        | APPROVE_LEGAL | REQUEST.ILLEGAL_STATE
            WITHDRAWN_FROM_DRAFT        | REJECT_LEGAL  | REQUEST.ILLEGAL_STATE
            WITHDRAWN_FROM_DRAFT        | WITHDRAW      | REQUEST.ILLEGAL_STATE
            WITHDRAWN_FROM_REVIEW       | EDIT          | REQUEST.ILLEGAL_STATE
            WITHDRAWN_FROM_REVIEW       | SUBMIT        | REQUEST.ILLEGAL_STATE
            WITHDRAWN_FROM_REVIEW       | APPROVE_LEGAL | REQUEST.ILLEGAL_STATE
            WITHDRAWN_FROM_REVIEW       | REJECT_LEGAL  | REQUEST.ILLEGAL_STATE
            WITHDRAWN_FROM_REVIEW       | WITHDRAW      | REQUEST.ILLEGAL_STATE
            """)
    void everyStateAndEveryCommand(Situation situation, Command command, String expected) {
        UsageRequest request = situation.request();
        assertThat(request.state()).isEqualTo(situation.state);

        if (expected.equals("REQUEST.ILLEGAL_STATE")) {
            StateConflictException e = assertConflict(() -> command.apply.apply(request), expected,
                    situation.state.name());
            assertThat(e.getMessage()).contains("it is " + situation.state, command.allowed, Fixtures.REQUEST_ID.toString());
        } else {
            UsageRequest next = command.apply.apply(request);
            assertThat(next.state()).isEqualTo(RequestState.valueOf(expected));
            assertThat(next.version()).as("the version is the stored one until saved").isEqualTo(request.version());
            assertThat(next.updatedAt()).isEqualTo(T4);
            assertThat(next.history()).hasSizeGreaterThan(request.history().size());
            assertThat(next.history().get(next.history().size() - 1).to()).isEqualTo(next.state());
        }
        assertThat(request.state()).as("the original is unchanged").isEqualTo(situation.state);
    }

    @Test
    void theSituationsCoverEveryState() {
        assertThat(Arrays.stream(Situation.values()).map(s -> s.state).distinct())
                .containsExactlyInAnyOrder(RequestState.values());
    }

    /** The state is checked before who acts: a stranger learns the state, not that they are not the requester. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Situation.class, names = {"APPROVED_BY_REVIEW", "REJECTED_BY_BLOCKER", "WITHDRAWN_FROM_DRAFT"})
    void theStateIsCheckedFirst(Situation situation) {
        UsageRequest request = situation.request();

        for (Throwable thrown : new Throwable[]{
                catchThrowable(() -> request.edit("mallory", null, null, null, null)),
                catchThrowable(() -> request.submit("mallory", null, null)),
                catchThrowable(() -> request.review(null, null, null, "mallory", null, null)),
                catchThrowable(() -> request.withdraw("mallory", null))}) {
            assertThat(thrown).isInstanceOf(StateConflictException.class);
            assertThat(((DomainException) thrown).code()).isEqualTo("REQUEST.ILLEGAL_STATE");
        }
    }
}
