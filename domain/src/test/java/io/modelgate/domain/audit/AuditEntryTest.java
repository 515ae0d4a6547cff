package io.modelgate.domain.audit;

import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Optional;

import static io.modelgate.domain.audit.AuditFixtures.T0;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryTest {

    private static AuditEntry withActor(String actor) {
        return new AuditEntry(actor, "MODEL.REVISED", "model", "gpt-4o", T0, "SUCCESS", "s");
    }

    private static AuditEntry withAction(String action) {
        return new AuditEntry("alice", action, "model", "gpt-4o", T0, "SUCCESS", "s");
    }

    private static AuditEntry withEntityType(String entityType) {
        return new AuditEntry("alice", "MODEL.REVISED", entityType, "gpt-4o", T0, "SUCCESS", "s");
    }

    private static AuditEntry withEntityId(String entityId) {
        return new AuditEntry("alice", "MODEL.REVISED", "model", entityId, T0, "SUCCESS", "s");
    }

    private static AuditEntry withOccurredAt(Instant occurredAt) {
        return new AuditEntry("alice", "MODEL.REVISED", "model", "gpt-4o", occurredAt, "SUCCESS", "s");
    }

    private static AuditEntry withOutcome(String outcome) {
        return new AuditEntry("alice", "MODEL.REVISED", "model", "gpt-4o", T0, outcome, "s");
    }

    private static AuditEntry withSummary(String summary) {
        return new AuditEntry("alice", "MODEL.REVISED", "model", "gpt-4o", T0, "SUCCESS", summary);
    }

    private static AuditEntry withDepartment(Optional<String> department) {
        return new AuditEntry("alice", "MODEL.REVISED", "model", "gpt-4o", T0, "SUCCESS", "s", department);
    }

    @Test
    void keepsWhatItIsGiven() {
        AuditEntry entry = AuditFixtures.entry();

        assertThat(entry.actor()).isEqualTo("alice");
        assertThat(entry.action()).isEqualTo("MODEL.REVISED");
        assertThat(entry.entityType()).isEqualTo("model");
        assertThat(entry.entityId()).isEqualTo("gpt-4o");
        assertThat(entry.occurredAt()).isEqualTo(T0);
        assertThat(entry.outcome()).isEqualTo("SUCCESS");
        assertThat(entry.summary()).isEqualTo("price per 1M input tokens 5.00→2.50");
        assertThat(entry.department()).contains("finance");
    }

    @Test
    void departmentIsOptional() {
        assertThat(withSummary("s").department()).isEmpty();
        assertThat(withDepartment(Optional.empty()).department()).isEmpty();
    }

    @Test
    void stripsItsTexts() {
        AuditEntry entry = new AuditEntry(" alice ", " MODEL.REVISED ", " model ", " gpt-4o ", T0, " SUCCESS ",
                "\n before\nafter \n", Optional.of(" finance "));

        assertThat(entry).isEqualTo(new AuditEntry("alice", "MODEL.REVISED", "model", "gpt-4o", T0, "SUCCESS",
                "before\nafter", Optional.of("finance")));
    }

    @Test
    void systemIsAnActor() {
        assertThat(withActor(AuditEntry.SYSTEM).actor()).isEqualTo("system");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2024-04-01T09:30:00.123456789Z, 2024-04-01T09:30:00.123456Z",
            "2024-04-01T09:30:00.123456999Z, 2024-04-01T09:30:00.123456Z",
            "2024-04-01T09:30:00.000000999Z, 2024-04-01T09:30:00Z",
            "2024-04-01T09:30:00.123456Z,    2024-04-01T09:30:00.123456Z",
            "2024-04-01T09:30:00Z,           2024-04-01T09:30:00Z",
            "1969-12-31T23:59:59.999999999Z, 1969-12-31T23:59:59.999999Z",
    })
    void cutsTheInstantToMicroseconds(Instant given, Instant kept) {
        assertThat(withOccurredAt(given).occurredAt()).isEqualTo(kept);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"MODEL.REVISED", "REQUEST.SUBMITTED", "LICENSE.TERMS_CHANGED", "GATEWAY.CALL_4XX",
            "REVOKED", "A.B.C", "POLICY_V2.CHANGED"})
    void acceptsActions(String action) {
        assertThat(withAction(action).action()).isEqualTo(action);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"model.revised", "Model.Revised", "MODEL..REVISED", "MODEL.", ".MODEL", "MODEL REVISED",
            "MODEL-REVISED", "_MODEL", "1MODEL", "MODEL._X", "ＭＯＤＥＬ"})
    void refusesMalformedActions(String action) {
        assertThat(assertInvalid(() -> withAction(action), "action").reason()).startsWith("must be upper-case words");
    }

    @Test
    void actionIsAtMost64Characters() {
        assertThat(withAction("A".repeat(64)).action()).hasSize(64);
        assertInvalid(() -> withAction("A".repeat(65)), "action");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"SUCCESS", "REJECTED", "APPROVED", "REVOKED", "PARTIAL_SUCCESS", "HTTP_429"})
    void acceptsOutcomes(String outcome) {
        assertThat(withOutcome(outcome).outcome()).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"success", "Success", "NOT OK", "MODEL.REVISED", "_X", "9"})
    void refusesOutcomesThatAreNotOneUpperCaseWord(String outcome) {
        assertThat(assertInvalid(() -> withOutcome(outcome), "outcome").reason()).startsWith("must be one upper-case word");
    }

    @Test
    void outcomeIsAtMost32Characters() {
        assertThat(withOutcome("A".repeat(32)).outcome()).hasSize(32);
        assertInvalid(() -> withOutcome("A".repeat(33)), "outcome");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"model", "usage-request", "license", "classification-policy", "department"})
    void acceptsEntityTypes(String entityType) {
        assertThat(withEntityType(entityType).entityType()).isEqualTo(entityType);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Model", "usage_request", "usage request", "MODEL"})
    void refusesEntityTypesThatAreNotSlugs(String entityType) {
        assertInvalid(() -> withEntityType(entityType), "entityType");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"gpt-4o", "7f0c3a2e-9b1d-4c55-8f00-3d2b1a0c9e11", "Llama 3 / 70B", "部署-42"})
    void acceptsAnySingleLineEntityId(String entityId) {
        assertThat(withEntityId(entityId).entityId()).isEqualTo(entityId);
    }

    @Test
    void textLimits() {
        assertThat(withActor("a".repeat(255)).actor()).hasSize(255);
        assertInvalid(() -> withActor("a".repeat(256)), "actor");
        assertThat(withEntityId("e".repeat(255)).entityId()).hasSize(255);
        assertInvalid(() -> withEntityId("e".repeat(256)), "entityId");
        assertThat(withDepartment(Optional.of("d".repeat(100))).department()).contains("d".repeat(100));
        assertInvalid(() -> withDepartment(Optional.of("d".repeat(101))), "department");
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t\n"})
    void refusesMissingOrBlankTexts(String blank) {
        assertInvalid(() -> withActor(blank), "actor");
        assertInvalid(() -> withAction(blank), "action");
        assertInvalid(() -> withEntityType(blank), "entityType");
        assertInvalid(() -> withEntityId(blank), "entityId");
        assertInvalid(() -> withOutcome(blank), "outcome");
        assertInvalid(() -> withSummary(blank), "summary");
        if (blank != null) {
            assertInvalid(() -> withDepartment(Optional.of(blank)), "department");
        }
    }

    @Test
    void refusesMissingInstantAndDepartmentOptional() {
        assertInvalid(() -> withOccurredAt(null), "occurredAt");
        assertInvalid(() -> withDepartment(null), "department");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"alice\nbob", "alice\rbob", "alice\tbob", "alice\u0000", "alice\u001b[31m", "alice\u007f"})
    void refusesControlCharactersInSingleLineFields(String value) {
        assertThat(assertInvalid(() -> withActor(value), "actor").reason()).startsWith("must not contain");
        assertInvalid(() -> withEntityId(value), "entityId");
        assertInvalid(() -> withDepartment(Optional.of(value)), "department");
    }

    @Test
    void summaryMayHaveSeveralLinesButNoNul() {
        assertThat(withSummary("before: a\r\nafter:\tb").summary()).isEqualTo("before: a\r\nafter:\tb");
        InvalidValueException nul = assertInvalid(() -> withSummary("before\u0000after"), "summary");
        assertThat(nul.reason()).isEqualTo("must not contain the control character U+0000 (character 7)");
    }

    @Test
    void refusesUnpairedSurrogatesWhichUtf8CannotCarry() {
        assertThat(assertInvalid(() -> withSummary("broken \ud83d here"), "summary").reason())
                .isEqualTo("must not contain an unpaired surrogate U+D83D (character 8)");
        assertInvalid(() -> withSummary("broken \ude00"), "summary");
        assertInvalid(() -> withActor("x\ud83d"), "actor");
        assertThat(withSummary("emoji \ud83d\ude00 ok").summary()).isEqualTo("emoji 😀 ok");
    }

    @Test
    void redactsTheSummary() {
        AuditEntry entry = withSummary("provider key changed from sk-abcdefghijklmnop to Bearer xyz");

        assertThat(entry.summary()).isEqualTo("provider key changed from [redacted] to Bearer [redacted]");
    }

    @Test
    void summaryIsCutTo2000CharactersAfterRedaction() {
        assertThat(AuditEntry.MAX_SUMMARY_LENGTH).isEqualTo(2000);
        assertThat(withSummary("s".repeat(2000)).summary()).hasSize(2000);
        String cut = withSummary("s".repeat(2001)).summary();
        assertThat(cut).hasSize(2000).endsWith(AuditEntry.CUT_MARK);

        // 2,020 characters fit once the 39-character key in them is gone
        String withKey = "s".repeat(1980) + " sk-" + "k".repeat(36);
        assertThat(withKey).hasSize(2020);
        assertThat(withSummary(withKey).summary()).isEqualTo("s".repeat(1980) + " [redacted]");
        // ...and a short parameter value that redaction makes longer is cut, never leaked
        String growing = "s".repeat(1995) + " key=k";
        assertThat(withSummary(growing).summary()).hasSize(2000).doesNotContain("key=k");
        // a surrogate pair at the cut is never split
        String emoji = "s".repeat(1992) + "😀".repeat(10);
        assertThat(withSummary(emoji).summary()).hasSizeLessThanOrEqualTo(2000).endsWith(AuditEntry.CUT_MARK)
                .doesNotContain("\uD83D" + AuditEntry.CUT_MARK);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0000-12-31T23:59:59.999999Z", "+10000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z"})
    void refusesInstantsOutsideFourDigitYears(Instant instant) {
        assertThat(assertInvalid(() -> withOccurredAt(instant), "occurredAt").reason())
                .startsWith("must be between the years 0001 and 9999");
    }

    @Test
    void acceptsTheFourDigitYearsAtTheirEdges() {
        assertThat(withOccurredAt(Instant.parse("0001-01-01T00:00:00Z")).occurredAt())
                .isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
        assertThat(withOccurredAt(Instant.parse("9999-12-31T23:59:59.999999999Z")).occurredAt())
                .isEqualTo(Instant.parse("9999-12-31T23:59:59.999999Z"));
    }
}
