package io.modelgate.domain.approval;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.StateConflictException;
import io.modelgate.domain.usecase.TaskCategory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.modelgate.domain.approval.Fixtures.APPROVAL_ID;
import static io.modelgate.domain.approval.Fixtures.AUP;
import static io.modelgate.domain.approval.Fixtures.REQUEST_ID;
import static io.modelgate.domain.approval.Fixtures.SALES;
import static io.modelgate.domain.approval.Fixtures.SWALLOW;
import static io.modelgate.domain.approval.Fixtures.jpy;
import static io.modelgate.domain.shared.DomainAssertions.assertConflict;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class ApprovalTest {

    private static final Instant GRANTED = Instant.parse("2024-04-02T10:00:00Z");
    private static final Instant UNTIL = Instant.parse("2025-04-02T10:00:00Z");
    private static final Instant LATER = Instant.parse("2024-05-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2024-06-01T00:00:00Z");

    private static Approval granted() {
        return Approval.grant(APPROVAL_ID, Situation.APPROVED_BY_REVIEW.request(), GRANTED, Period.ofMonths(12),
                Optional.of(jpy(300_000)));
    }

    /** An approval with a given status, flag and validity, as the store could hold it. */
    private static Approval stored(ApprovalStatus status, boolean flagged, Instant validUntil) {
        return Approval.reconstitute(APPROVAL_ID, REQUEST_ID, SALES, SWALLOW, DeploymentKind.ON_PREMISES,
                DataClassification.CONFIDENTIAL, EnumSet.of(TaskCategory.KNOWLEDGE_SEARCH, TaskCategory.REPORT_GENERATION),
                List.of(AUP), GRANTED, validUntil, Optional.empty(), status,
                flagged ? Optional.of(new ReReview("Llama 3 license changed.", GRANTED)) : Optional.empty(),
                status == ApprovalStatus.REVOKED ? Optional.of(new Revocation("Model retired.", "admin", GRANTED))
                        : Optional.empty(),
                status == ApprovalStatus.SUSPENDED ? Optional.of(new Suspension("Blocker found.", GRANTED))
                        : Optional.empty(),
                GRANTED, 3);
    }

    @Nested
    class Granting {

        @Test
        void grantsWhatTheApprovedRequestAskedFor() {
            UsageRequest request = Situation.APPROVED_BY_REVIEW.request();

            Approval approval = granted();

            assertThat(approval.id()).isEqualTo(APPROVAL_ID);
            assertThat(approval.requestId()).isEqualTo(request.id());
            assertThat(approval.department()).isEqualTo(request.department());
            assertThat(approval.model()).isEqualTo(request.model());
            assertThat(approval.deployment()).isEqualTo(request.deployment());
            assertThat(approval.highestClassification()).isEqualTo(request.useCase().highestClassification());
            assertThat(approval.taskCategories()).containsExactly(request.useCase().taskCategory());
            assertThat(approval.obligations()).isEqualTo(request.obligations()).containsExactly(AUP);
            assertThat(approval.grantedAt()).isEqualTo(GRANTED);
            assertThat(approval.validUntil()).isEqualTo(UNTIL);
            assertThat(approval.monthlyCap()).contains(jpy(300_000));
            assertThat(approval.status()).isEqualTo(ApprovalStatus.ACTIVE);
            assertThat(approval.reReview()).isEmpty();
            assertThat(approval.revocation()).isEmpty();
            assertThat(approval.suspension()).isEmpty();
            assertThat(approval.updatedAt()).isEqualTo(GRANTED);
            assertThat(approval.version()).isZero();
            assertThat(approval.isLiveAt(GRANTED)).isTrue();
        }

        @Test
        void anAutomaticallyApprovedRequestIsGrantedToo() {
            Approval approval = Approval.grant(APPROVAL_ID, Situation.APPROVED_AUTOMATICALLY.request(), GRANTED,
                    Period.ofYears(1), Optional.empty());

            assertThat(approval.monthlyCap()).isEmpty();
            assertThat(approval.validUntil()).isEqualTo(UNTIL);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Situation.class, names = {"APPROVED_AUTOMATICALLY", "APPROVED_BY_REVIEW"}, mode = EnumSource.Mode.EXCLUDE)
        void onlyAnApprovedRequestIsGranted(Situation situation) {
            UsageRequest request = situation.request();

            StateConflictException e = assertConflict(() -> Approval.grant(APPROVAL_ID, request, GRANTED,
                    Period.ofMonths(12), Optional.empty()), "APPROVAL.REQUEST_NOT_APPROVED", situation.state.name());
            assertThat(e.getMessage()).contains(REQUEST_ID.toString(), "only an APPROVED request");
        }

        @ParameterizedTest(name = "{0} + {1} = {2}")
        @CsvSource({
                // 12 months across 29 February 2024: 366 days
                "2023-06-15T09:00:00Z, P12M, 2024-06-15T09:00:00Z, 366",
                "2023-03-01T00:00:00Z, P1Y,  2024-03-01T00:00:00Z, 366",
                // 12 months not across a leap day: 365 days
                "2024-03-01T00:00:00Z, P12M, 2025-03-01T00:00:00Z, 365",
                // from the leap day: the calendar's last day of February
                "2024-02-29T12:00:00Z, P12M, 2025-02-28T12:00:00Z, 365",
                "2024-02-29T12:00:00Z, P48M, 2028-02-29T12:00:00Z, 1461",
                // month ends
                "2024-01-31T23:59:59Z, P1M,  2024-02-29T23:59:59Z, 29",
                "2023-01-31T23:59:59Z, P1M,  2023-02-28T23:59:59Z, 28",
                // days are days
                "2024-02-01T00:00:00Z, P90D, 2024-05-01T00:00:00Z, 90",
                "2024-04-02T10:00:00Z, P10Y, 2034-04-02T10:00:00Z, 3652",
        })
        void validityIsACalendarPeriodInUtc(Instant grantedAt, Period validity, Instant until, long days) {
            Approval approval = Approval.grant(APPROVAL_ID, Situation.APPROVED_BY_REVIEW.request(), grantedAt, validity,
                    Optional.empty());

            assertThat(approval.validUntil()).isEqualTo(until);
            assertThat(Duration.between(grantedAt, until).toDays()).isEqualTo(days);
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"P0D", "P-1M", "P1M-31D", "P-1D", "P10Y1D", "P121M", "P3700D", "P999999999Y"})
        void refusesAnEmptyNegativeOrTooLongValidity(String validity) {
            assertInvalid(() -> Approval.grant(APPROVAL_ID, Situation.APPROVED_BY_REVIEW.request(), GRANTED,
                    Period.parse(validity), Optional.empty()), "validity");
        }

        @ParameterizedTest(name = "{0} yen")
        @ValueSource(longs = {0, -1, -300_000})
        void aCapMustBePositive(long yen) {
            assertInvalid(() -> Approval.grant(APPROVAL_ID, Situation.APPROVED_BY_REVIEW.request(), GRANTED,
                    Period.ofMonths(12), Optional.of(jpy(yen))), "monthlyCap");
        }

        @Test
        void refusesMissingParts() {
            UsageRequest request = Situation.APPROVED_BY_REVIEW.request();

            assertInvalid(() -> Approval.grant(null, request, GRANTED, Period.ofMonths(1), Optional.empty()), "id");
            assertInvalid(() -> Approval.grant(APPROVAL_ID, null, GRANTED, Period.ofMonths(1), Optional.empty()), "request");
            assertInvalid(() -> Approval.grant(APPROVAL_ID, request, null, Period.ofMonths(1), Optional.empty()), "grantedAt");
            assertInvalid(() -> Approval.grant(APPROVAL_ID, request, GRANTED, null, Optional.empty()), "validity");
            assertInvalid(() -> Approval.grant(APPROVAL_ID, request, GRANTED, Period.ofMonths(1), null), "monthlyCap");
        }
    }

    @Nested
    class Liveness {

        @Test
        void liveUpToOneNanosecondBeforeValidUntilAndNotAtIt() {
            Approval approval = granted();

            assertThat(approval.isLiveAt(GRANTED)).isTrue();
            assertThat(approval.isLiveAt(UNTIL.minusNanos(1))).isTrue();
            assertThat(approval.refusalAt(UNTIL.minusNanos(1))).isEmpty();
            assertThat(approval.isLiveAt(UNTIL)).isFalse();
            assertThat(approval.refusalAt(UNTIL)).contains(ApprovalRefusal.EXPIRED);
            assertThat(approval.isLiveAt(UNTIL.plusNanos(1))).isFalse();
            assertThat(approval.refusalAt(UNTIL.plusSeconds(86_400 * 400L))).contains(ApprovalRefusal.EXPIRED);
        }

        @Test
        void twelveMonthsAcrossTheLeapDay() {
            Instant grantedAt = Instant.parse("2023-06-15T09:00:00Z");
            Approval approval = Approval.grant(APPROVAL_ID, Situation.APPROVED_BY_REVIEW.request(), grantedAt,
                    Period.ofMonths(12), Optional.empty());

            assertThat(approval.isLiveAt(grantedAt.plus(Duration.ofDays(365)))).as("day 365 is 14 June 2024").isTrue();
            assertThat(approval.isLiveAt(Instant.parse("2024-06-15T08:59:59.999999999Z"))).isTrue();
            assertThat(approval.isLiveAt(Instant.parse("2024-06-15T09:00:00Z"))).isFalse();
        }

        /** Status × before/at the end: the refusal, most final first; live exactly when there is none. */
        @ParameterizedTest(name = "{0} flagged={1} expired={2} -> {3}")
        @CsvSource(delimiter = '|', textBlock = """
                ACTIVE    | false | false |
                ACTIVE    | true  | false |
                ACTIVE    | false | true  | EXPIRED
                ACTIVE    | true  | true  | EXPIRED
                SUSPENDED | false | false | SUSPENDED
                SUSPENDED | true  | false | SUSPENDED
                SUSPENDED | false | true  | EXPIRED
                REVOKED   | false | false | REVOKED
                REVOKED   | false | true  | REVOKED
                """)
        void refusalAt(ApprovalStatus status, boolean flagged, boolean expired, ApprovalRefusal refusal) {
            Approval approval = stored(status, flagged, UNTIL);
            Instant at = expired ? UNTIL : UNTIL.minusNanos(1);

            assertThat(approval.refusalAt(at)).isEqualTo(Optional.ofNullable(refusal));
            assertThat(approval.isLiveAt(at)).isEqualTo(refusal == null);
        }

        @Test
        void needsAnInstant() {
            assertInvalid(() -> granted().isLiveAt(null), "at");
            assertInvalid(() -> granted().refusalAt(null), "at");
        }
    }

    @Nested
    class Coverage {

        static Stream<Arguments> levelsAndTasks() {
            List<Arguments> rows = new ArrayList<>();
            for (DataClassification approved : DataClassification.values()) {
                for (DataClassification asked : DataClassification.values()) {
                    for (TaskCategory task : TaskCategory.values()) {
                        rows.add(Arguments.of(approved, asked, task));
                    }
                }
            }
            return rows.stream();
        }

        /** 4 × 4 × 6: covered when the data is no more sensitive than approved and the task is approved. */
        @ParameterizedTest(name = "approved {0}, asked {1} for {2}")
        @MethodSource("levelsAndTasks")
        void covers(DataClassification approved, DataClassification asked, TaskCategory task) {
            Set<TaskCategory> tasks = EnumSet.of(TaskCategory.KNOWLEDGE_SEARCH, TaskCategory.REPORT_GENERATION);
            Approval approval = Approval.reconstitute(APPROVAL_ID, REQUEST_ID, SALES, SWALLOW, DeploymentKind.ON_PREMISES,
                    approved, tasks, List.of(), GRANTED, UNTIL, Optional.empty(), ApprovalStatus.ACTIVE, Optional.empty(),
                    Optional.empty(), Optional.empty(), GRANTED, 0);

            boolean expected = asked.ordinal() <= approved.ordinal() && tasks.contains(task);
            assertThat(approval.covers(asked, task)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                PUBLIC       | KNOWLEDGE_SEARCH      | true
                INTERNAL     | KNOWLEDGE_SEARCH      | true
                CONFIDENTIAL | KNOWLEDGE_SEARCH      | false
                RESTRICTED   | KNOWLEDGE_SEARCH      | false
                INTERNAL     | CUSTOMER_CHAT         | false
                PUBLIC       | CONFIDENTIAL_ANALYSIS | false
                """)
        void aGrantCoversTheRequestsLevelAndTask(DataClassification asked, TaskCategory task, boolean covered) {
            assertThat(granted().covers(asked, task)).isEqualTo(covered);
        }

        @Test
        void needsALevelAndATask() {
            assertInvalid(() -> granted().covers(null, TaskCategory.OTHER), "classification");
            assertInvalid(() -> granted().covers(DataClassification.PUBLIC, null), "taskCategory");
        }
    }

    @Nested
    class Transitions {

        enum Start {
            ACTIVE(ApprovalStatus.ACTIVE, false),
            ACTIVE_FLAGGED(ApprovalStatus.ACTIVE, true),
            SUSPENDED(ApprovalStatus.SUSPENDED, false),
            SUSPENDED_FLAGGED(ApprovalStatus.SUSPENDED, true),
            REVOKED(ApprovalStatus.REVOKED, false);

            final ApprovalStatus status;
            final boolean flagged;

            Start(ApprovalStatus status, boolean flagged) {
                this.status = status;
                this.flagged = flagged;
            }
        }

        enum Command {
            REVOKE(a -> a.revoke("License changed to non-commercial.", "admin-kim", LATEST)),
            FLAG(a -> a.flagForReReview("Model deprecated.", LATEST)),
            SUSPEND(a -> a.suspend("Re-evaluation: CONFIDENTIAL no longer allowed on VENDOR_API.", LATEST)),
            CLEAR(a -> a.clearReReview(LATEST));

            final Function<Approval, Approval> apply;

            Command(Function<Approval, Approval> apply) {
                this.apply = apply;
            }
        }

        /** Every start × every command: the resulting status and flag, or the refusal. */
        @ParameterizedTest(name = "{0} + {1} -> {2}")
        @CsvSource(delimiter = '|', textBlock = """
                ACTIVE            | REVOKE  | REVOKED
                ACTIVE            | FLAG    | ACTIVE_FLAGGED
                ACTIVE            | SUSPEND | SUSPENDED
                ACTIVE            | CLEAR   | APPROVAL.ILLEGAL_STATE
                ACTIVE_FLAGGED    | REVOKE  | REVOKED
                ACTIVE_FLAGGED    | FLAG    | ACTIVE_FLAGGED
                ACTIVE_FLAGGED    | SUSPEND | SUSPENDED
                ACTIVE_FLAGGED    | CLEAR   | ACTIVE
                SUSPENDED         | REVOKE  | REVOKED
                SUSPENDED         | FLAG    | SUSPENDED_FLAGGED
                SUSPENDED         | SUSPEND | APPROVAL.ILLEGAL_STATE
                SUSPENDED         | CLEAR   | ACTIVE
                SUSPENDED_FLAGGED | REVOKE  | REVOKED
                SUSPENDED_FLAGGED | FLAG    | SUSPENDED_FLAGGED
                SUSPENDED_FLAGGED | SUSPEND | APPROVAL.ILLEGAL_STATE
                SUSPENDED_FLAGGED | CLEAR   | ACTIVE
                REVOKED           | REVOKE  | APPROVAL.ILLEGAL_STATE
                REVOKED           | FLAG    | APPROVAL.ILLEGAL_STATE
                REVOKED           | SUSPEND | APPROVAL.ILLEGAL_STATE
                REVOKED           | CLEAR   | APPROVAL.ILLEGAL_STATE
                """)
        void everyStatusAndEveryCommand(Start start, Command command, String expected) {
            Approval approval = stored(start.status, start.flagged, UNTIL);

            if (expected.equals("APPROVAL.ILLEGAL_STATE")) {
                StateConflictException e = assertConflict(() -> command.apply.apply(approval), expected,
                        start.status.name());
                assertThat(e.getMessage()).contains(APPROVAL_ID.toString(), "it is " + start.status, "allowed only for");
                return;
            }
            Start end = Start.valueOf(expected);
            Approval next = command.apply.apply(approval);
            assertThat(next.status()).isEqualTo(end.status);
            assertThat(next.isFlaggedForReReview()).isEqualTo(end.flagged);
            assertThat(next.revocation().isPresent()).isEqualTo(end.status == ApprovalStatus.REVOKED);
            assertThat(next.suspension().isPresent()).isEqualTo(end.status == ApprovalStatus.SUSPENDED);
            assertThat(next.updatedAt()).isEqualTo(LATEST);
            assertThat(next.version()).as("the version is the stored one until saved").isEqualTo(3);
            assertThat(next.validUntil()).isEqualTo(approval.validUntil());
            assertThat(next.obligations()).isEqualTo(approval.obligations());
            assertThat(approval.status()).as("the original is unchanged").isEqualTo(start.status);
            assertThat(next.isLiveAt(LATEST)).isEqualTo(end.status == ApprovalStatus.ACTIVE);
        }

        @Test
        void revokingRecordsWhyByWhomAndWhenAndStopsTheGatewayAtOnce() {
            Approval approval = granted();

            Approval revoked = approval.revoke("Model retired.", "admin-kim", LATER);

            assertThat(revoked.revocation()).contains(new Revocation("Model retired.", "admin-kim", LATER));
            assertThat(revoked.refusalAt(LATER)).contains(ApprovalRefusal.REVOKED);
            assertThat(approval.isLiveAt(LATER)).as("the original is unchanged").isTrue();
        }

        @Test
        void revokingTwiceIsAConflict() {
            Approval revoked = granted().revoke("Model retired.", "admin-kim", LATER);

            assertConflict(() -> revoked.revoke("Again.", "admin-kim", LATEST), "APPROVAL.ILLEGAL_STATE", "REVOKED");
        }

        @Test
        void aNewerFlagReplacesTheOlder() {
            Approval flagged = granted().flagForReReview("Model deprecated.", LATER)
                    .flagForReReview("License changed.", LATEST);

            assertThat(flagged.reReview()).contains(new ReReview("License changed.", LATEST));
            assertThat(flagged.isLiveAt(LATEST)).as("a flag alone does not stop the gateway").isTrue();
        }

        @Test
        void aReReviewThatFindsABlockerSuspendsAndOneThatPassesRestores() {
            Approval flagged = granted().flagForReReview("License changed.", LATER);

            Approval suspended = flagged.suspend("Now PROHIBITED for commercial use.", LATER.plusSeconds(1));
            assertThat(suspended.status()).isEqualTo(ApprovalStatus.SUSPENDED);
            assertThat(suspended.suspension()).contains(
                    new Suspension("Now PROHIBITED for commercial use.", LATER.plusSeconds(1)));
            assertThat(suspended.reReview()).as("the re-review concluded").isEmpty();
            assertThat(suspended.refusalAt(LATEST)).contains(ApprovalRefusal.SUSPENDED);

            Approval restored = suspended.flagForReReview("Vendor clarified the terms.", LATEST).clearReReview(LATEST);
            assertThat(restored.status()).isEqualTo(ApprovalStatus.ACTIVE);
            assertThat(restored.reReview()).isEmpty();
            assertThat(restored.suspension()).isEmpty();
            assertThat(restored.isLiveAt(LATEST)).isTrue();
        }

        @Test
        void anExpiredApprovalCanStillBeRevoked() {
            Approval expired = stored(ApprovalStatus.ACTIVE, false, UNTIL);

            assertThat(expired.revoke("Clean-up.", "admin-kim", UNTIL.plusSeconds(1)).status())
                    .isEqualTo(ApprovalStatus.REVOKED);
        }

        @Test
        void refusesMissingOrBlankReasons() {
            Approval approval = granted();

            assertInvalid(() -> approval.revoke(" ", "admin", LATER), "reason");
            assertInvalid(() -> approval.revoke("Why.", null, LATER), "by");
            assertInvalid(() -> approval.revoke("Why.", "admin", null), "at");
            assertInvalid(() -> approval.revoke("x".repeat(Approval.MAX_REASON_LENGTH + 1), "admin", LATER), "reason");
            assertInvalid(() -> approval.flagForReReview(null, LATER), "reason");
            assertInvalid(() -> approval.flagForReReview("Why.", null), "flaggedAt");
            assertInvalid(() -> approval.suspend("", LATER), "reason");
            assertInvalid(() -> approval.suspend("Why.", null), "suspendedAt");
            assertInvalid(() -> approval.flagForReReview("Why.", LATER).clearReReview(null), "at");
        }
    }

    @Nested
    class Reconstituting {

        @Test
        void refusesContradictions() {
            Optional<Revocation> revocation = Optional.of(new Revocation("Why.", "admin", GRANTED));
            Optional<Suspension> suspension = Optional.of(new Suspension("Why.", GRANTED));
            Optional<ReReview> flag = Optional.of(new ReReview("Why.", GRANTED));

            assertInvalid(() -> load(ApprovalStatus.REVOKED, Optional.empty(), Optional.empty(), Optional.empty()),
                    "revocation");
            assertInvalid(() -> load(ApprovalStatus.ACTIVE, Optional.empty(), revocation, Optional.empty()), "revocation");
            assertInvalid(() -> load(ApprovalStatus.SUSPENDED, Optional.empty(), Optional.empty(), Optional.empty()),
                    "suspension");
            assertInvalid(() -> load(ApprovalStatus.ACTIVE, Optional.empty(), Optional.empty(), suspension), "suspension");
            assertInvalid(() -> load(ApprovalStatus.REVOKED, flag, revocation, Optional.empty()), "reReview");
            assertInvalid(() -> Approval.reconstitute(APPROVAL_ID, REQUEST_ID, SALES, SWALLOW, DeploymentKind.ON_PREMISES,
                    DataClassification.PUBLIC, Set.of(), List.of(), GRANTED, UNTIL, Optional.empty(),
                    ApprovalStatus.ACTIVE, Optional.empty(), Optional.empty(), Optional.empty(), GRANTED, 0),
                    "taskCategories");
            assertInvalid(() -> Approval.reconstitute(APPROVAL_ID, REQUEST_ID, SALES, SWALLOW, DeploymentKind.ON_PREMISES,
                    DataClassification.PUBLIC, Set.of(TaskCategory.OTHER), List.of(), GRANTED, GRANTED, Optional.empty(),
                    ApprovalStatus.ACTIVE, Optional.empty(), Optional.empty(), Optional.empty(), GRANTED, 0),
                    "validUntil");
            assertInvalid(() -> Approval.reconstitute(APPROVAL_ID, REQUEST_ID, SALES, SWALLOW, DeploymentKind.ON_PREMISES,
                    DataClassification.PUBLIC, Set.of(TaskCategory.OTHER), List.of(), GRANTED, UNTIL, Optional.empty(),
                    ApprovalStatus.ACTIVE, Optional.empty(), Optional.empty(), Optional.empty(), GRANTED, -1),
                    "version");
        }

        @Test
        void keepsWhatWasStored() {
            Approval approval = stored(ApprovalStatus.SUSPENDED, true, UNTIL);

            assertThat(approval.status()).isEqualTo(ApprovalStatus.SUSPENDED);
            assertThat(approval.reReview()).contains(new ReReview("Llama 3 license changed.", GRANTED));
            assertThat(approval.suspension()).contains(new Suspension("Blocker found.", GRANTED));
            assertThat(approval.taskCategories()).containsExactly(TaskCategory.REPORT_GENERATION,
                    TaskCategory.KNOWLEDGE_SEARCH).isUnmodifiable();
            assertThat(approval.obligations()).isUnmodifiable();
            assertThat(approval.version()).isEqualTo(3);
            assertThat(approval.toString()).contains(APPROVAL_ID.toString(), "SUSPENDED", "flagged");
        }

        private Approval load(ApprovalStatus status, Optional<ReReview> flag, Optional<Revocation> revocation,
                              Optional<Suspension> suspension) {
            return Approval.reconstitute(APPROVAL_ID, REQUEST_ID, SALES, SWALLOW, DeploymentKind.ON_PREMISES,
                    DataClassification.PUBLIC, Set.of(TaskCategory.OTHER), List.of(), GRANTED, UNTIL,
                    Optional.<Money>empty(), status, flag, revocation, suspension, GRANTED, 0);
        }
    }
}
