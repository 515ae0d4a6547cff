package io.modelgate.domain.approval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/** The small values of the approval package: ids, review kinds, findings, decisions, history entries. */
class ValuesTest {

    private static final String UUID_TEXT = "3f2b8c1e-0a4d-4c8e-9b1a-2d5e6f708192";

    @Test
    void idsWrapAUuidAndPrintIt() {
        UUID uuid = UUID.fromString(UUID_TEXT);

        assertThat(new UsageRequestId(uuid)).hasToString(UUID_TEXT);
        assertThat(new ApprovalId(uuid)).hasToString(UUID_TEXT);
        assertInvalid(() -> new UsageRequestId(null), "requestId");
        assertInvalid(() -> new ApprovalId(null), "approvalId");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {UUID_TEXT, " " + UUID_TEXT + " ", "3F2B8C1E-0A4D-4C8E-9B1A-2D5E6F708192"})
    void idsParseTheCanonicalForm(String text) {
        assertThat(UsageRequestId.parse(text).value()).isEqualTo(UUID.fromString(UUID_TEXT));
        assertThat(ApprovalId.parse(text).value()).isEqualTo(UUID.fromString(UUID_TEXT));
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"1-2-3-4-5", "3f2b8c1e0a4d4c8e9b1a2d5e6f708192", "3f2b8c1e-0a4d-4c8e-9b1a-2d5e6f70819g",
            "{3f2b8c1e-0a4d-4c8e-9b1a-2d5e6f708192}", "not-a-uuid"})
    void idsRefuseAnythingElse(String text) {
        assertInvalid(() -> UsageRequestId.parse(text), "requestId");
        assertInvalid(() -> ApprovalId.parse(text), "approvalId");
    }

    @ParameterizedTest(name = "{0} needs {1}")
    @CsvSource({"SECURITY,security-reviewer", "LEGAL,legal-reviewer", "FINANCE,finance-reviewer"})
    void eachReviewKindNeedsOneRole(ReviewKind kind, String role) {
        assertThat(kind.role()).isEqualTo(role);
        assertThat(kind.heldBy(Set.of(role))).isTrue();
        assertThat(kind.heldBy(Set.of("admin", "requester", "auditor"))).isFalse();
    }

    @Test
    void theKindsDecidableWithSomeRoles() {
        assertThat(ReviewKind.decidableWith(Set.of())).isEmpty();
        assertThat(ReviewKind.decidableWith(Set.of("admin"))).isEmpty();
        assertThat(ReviewKind.decidableWith(Set.of("legal-reviewer", "finance-reviewer", "requester")))
                .containsExactly(ReviewKind.LEGAL, ReviewKind.FINANCE);
        assertThat(ReviewKind.decidableWith(Set.of("security-reviewer", "legal-reviewer", "finance-reviewer")))
                .containsExactly(ReviewKind.values());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"MODEL.RETIRED", "LICENSE.OBLIGATION", "SECURITY_REVIEW.VENDOR_API", "X", "A1.B2"})
    void findingCodesAreUpperCaseDottedWords(String code) {
        assertThat(Finding.warning(code, "Something.").code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"model.retired", "MODEL RETIRED", ".MODEL", "MODEL.", "MODEL..RETIRED", "1MODEL", "MODEL-RETIRED"})
    void findingCodesRefuseOtherShapes(String code) {
        assertInvalid(() -> Finding.info(code, "Something."), "finding.code");
    }

    @Test
    void findingsNeedASeverityAndASentence() {
        assertInvalid(() -> new Finding(null, "MODEL.RETIRED", "x"), "finding.severity");
        assertInvalid(() -> Finding.blocker("MODEL.RETIRED", " "), "finding.sentence");
        assertInvalid(() -> Finding.blocker("MODEL.RETIRED", "x".repeat(Finding.MAX_SENTENCE_LENGTH + 1)),
                "finding.sentence");
        assertThat(Finding.blocker("MODEL.RETIRED", "  Retired.  ").sentence()).isEqualTo("Retired.");
        assertThat(Finding.blocker("MODEL.RETIRED", "Retired.")).hasToString("BLOCKER MODEL.RETIRED: Retired.");
        assertThat(Finding.blocker("A", "b").isBlocker()).isTrue();
        assertThat(Finding.warning("A", "b").isBlocker()).isFalse();
    }

    @Test
    void severitiesAreDeclaredWorstFirst() {
        assertThat(Severity.values()).containsExactly(Severity.BLOCKER, Severity.WARNING, Severity.INFO);
    }

    @Test
    void aRejectingDecisionNeedsAComment() {
        Instant at = Fixtures.T0;

        assertInvalid(() -> new ReviewDecision(ReviewKind.LEGAL, ReviewOutcome.REJECT, "lea", Optional.empty(), at),
                "comment");
        assertInvalid(() -> new ReviewDecision(ReviewKind.LEGAL, ReviewOutcome.REJECT, "lea", Optional.of(" "), at),
                "comment");
        assertThat(new ReviewDecision(ReviewKind.LEGAL, ReviewOutcome.APPROVE, " lea ", Optional.empty(), at).reviewer())
                .isEqualTo("lea");
        assertInvalid(() -> new ReviewDecision(null, ReviewOutcome.APPROVE, "lea", Optional.empty(), at), "kind");
        assertInvalid(() -> new ReviewDecision(ReviewKind.LEGAL, null, "lea", Optional.empty(), at), "outcome");
        assertInvalid(() -> new ReviewDecision(ReviewKind.LEGAL, ReviewOutcome.APPROVE, "", Optional.empty(), at),
                "reviewer");
        assertInvalid(() -> new ReviewDecision(ReviewKind.LEGAL, ReviewOutcome.APPROVE, "lea", null, at), "comment");
        assertInvalid(() -> new ReviewDecision(ReviewKind.LEGAL, ReviewOutcome.APPROVE, "lea", Optional.empty(), null),
                "decidedAt");
    }

    @Test
    void historyEntriesAreChecked() {
        Instant at = Fixtures.T0;
        Optional<RequestState> draft = Optional.of(RequestState.DRAFT);

        assertThat(new HistoryEntry(at, "alice", HistoryEntry.EDITED, draft, RequestState.DRAFT, " Edited. ").note())
                .isEqualTo("Edited.");
        assertInvalid(() -> new HistoryEntry(null, "alice", "EDITED", draft, RequestState.DRAFT, "n"), "history.at");
        assertInvalid(() -> new HistoryEntry(at, " ", "EDITED", draft, RequestState.DRAFT, "n"), "history.actor");
        assertInvalid(() -> new HistoryEntry(at, "alice", "edited", draft, RequestState.DRAFT, "n"), "history.action");
        assertInvalid(() -> new HistoryEntry(at, "alice", "EDITED", null, RequestState.DRAFT, "n"), "history.from");
        assertInvalid(() -> new HistoryEntry(at, "alice", "EDITED", draft, null, "n"), "history.to");
        assertInvalid(() -> new HistoryEntry(at, "alice", "EDITED", draft, RequestState.DRAFT, ""), "history.note");
    }

    @Test
    void longNotesAreClipped() {
        assertThat(HistoryEntry.clip("short")).isEqualTo("short");
        String clipped = HistoryEntry.clip("x".repeat(HistoryEntry.MAX_NOTE_LENGTH + 5));
        assertThat(clipped).hasSize(HistoryEntry.MAX_NOTE_LENGTH).endsWith("…");
    }

    @Test
    void finalStates() {
        assertThat(Set.of(RequestState.values())).filteredOn(RequestState::isFinal)
                .containsExactlyInAnyOrder(RequestState.APPROVED, RequestState.REJECTED, RequestState.WITHDRAWN);
    }
}
