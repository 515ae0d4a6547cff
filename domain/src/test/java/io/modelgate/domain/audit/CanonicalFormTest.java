package io.modelgate.domain.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented byte layout, checked against documents written out literally and hashes computed
 * outside Java ({@code printf '%s' "$document" | sha256sum}).
 */
class CanonicalFormTest {

    private static final String FIRST_DOCUMENT = "previousHash=64:0000000000000000000000000000000000000000000000000000000000000000\n"
            + "sequence=1:1\n"
            + "actor=5:alice\n"
            + "action=13:MODEL.REVISED\n"
            + "entityType=5:model\n"
            + "entityId=6:gpt-4o\n"
            + "occurredAt=27:2024-04-01T09:30:00.123456Z\n"
            + "outcome=7:SUCCESS\n"
            + "summary=37:price per 1M input tokens 5.00\u21922.50\n"
            + "department=7:finance";
    private static final String FIRST_HASH = "62ae151273962042cf4334b4d5dfd9c28f0ea07266bc9c12abfbc85465a6829b";

    // Second vector: no department, multi-byte text, a line feed and '=' inside a value, zero fraction
    private static final String SECOND_DOCUMENT = "previousHash=64:" + FIRST_HASH + "\n"
            + "sequence=1:2\n"
            + "actor=6:system\n"
            + "action=17:REQUEST.SUBMITTED\n"
            + "entityType=13:usage-request\n"
            + "entityId=6:req-42\n"
            + "occurredAt=27:2024-04-01T09:30:01.000000Z\n"
            + "outcome=8:REJECTED\n"
            + "summary=29:\u65e5\u672c\u8a9e\u306e\u8981\u7d04\nline two=x\n"
            + "department=0:";
    private static final String SECOND_HASH = "02e701e341742ee32e4393d7eb8eb512f1356ca2ff0528f42e219d466f24aeb3";

    private static AuditEvent first() {
        return AuditChain.next(Optional.empty(), AuditFixtures.entry());
    }

    private static AuditEvent second() {
        return AuditChain.next(Optional.of(first()), new AuditEntry("system", "REQUEST.SUBMITTED", "usage-request",
                "req-42", Instant.parse("2024-04-01T09:30:01Z"), "REJECTED", "日本語の要約\nline two=x"));
    }

    private static String sha256(String document) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(document.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void firstVector() throws Exception {
        AuditEvent event = first();

        assertThat(CanonicalForm.document(event)).isEqualTo(FIRST_DOCUMENT);
        assertThat(sha256(FIRST_DOCUMENT)).isEqualTo(FIRST_HASH);
        assertThat(event.hash()).isEqualTo(FIRST_HASH);
        assertThat(CanonicalForm.hash(event)).isEqualTo(FIRST_HASH);
    }

    @Test
    void secondVector() throws Exception {
        AuditEvent event = second();

        assertThat(CanonicalForm.document(event)).isEqualTo(SECOND_DOCUMENT);
        assertThat(sha256(SECOND_DOCUMENT)).isEqualTo(SECOND_HASH);
        assertThat(event.previousHash()).isEqualTo(FIRST_HASH);
        assertThat(event.hash()).isEqualTo(SECOND_HASH);
    }

    @Test
    void lengthsCountUtf8BytesNotCharacters() {
        String document = CanonicalForm.document(second());

        // six characters of three bytes, a line feed and ten ASCII characters
        assertThat("日本語の要約\nline two=x").hasSize(17);
        assertThat(document).contains("summary=29:");
    }

    @Test
    void theFirstEventLinksToSixtyFourZeros() {
        assertThat(CanonicalForm.document(first())).startsWith("previousHash=64:" + "0".repeat(64) + "\n");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2024-04-01T09:30:00Z,            2024-04-01T09:30:00.000000Z",
            "2024-04-01T09:30:00.1Z,          2024-04-01T09:30:00.100000Z",
            "2024-04-01T09:30:00.000001Z,     2024-04-01T09:30:00.000001Z",
            "2024-12-31T23:59:59.999999Z,     2024-12-31T23:59:59.999999Z",
            "0001-01-01T00:00:00Z,            0001-01-01T00:00:00.000000Z",
            "0999-06-15T12:00:00.5Z,          0999-06-15T12:00:00.500000Z",
            "9999-12-31T23:59:59.999999Z,     9999-12-31T23:59:59.999999Z",
            "1970-01-01T00:00:00Z,            1970-01-01T00:00:00.000000Z",
    })
    void writesInstantsInUtcWithSixFractionDigits(Instant instant, String written) {
        assertThat(CanonicalForm.instant(instant)).isEqualTo(written);
    }

    @Test
    void doesNotDependOnTheDefaultLocaleOrTimeZone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            // Arabic and Thai digits, a Turkish dotless i, and a zone far from UTC
            for (String tag : new String[]{"ar-EG", "th-TH-u-nu-thai", "tr-TR", "ja-JP-u-ca-japanese", "hi-IN-u-nu-deva"}) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
                assertThat(CanonicalForm.document(first())).as(tag).isEqualTo(FIRST_DOCUMENT);
                assertThat(first().hash()).as(tag).isEqualTo(FIRST_HASH);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void valuesCannotBleedIntoEachOther() {
        // Joined as plain "name=value" lines, both would read "summary=x\ndepartment=y\ndepartment=";
        // the length prefixes keep them apart. (A stored event takes any text, so this can be forged.)
        AuditEvent a = stored("x\ndepartment=y", Optional.empty());
        AuditEvent b = stored("x", Optional.of("y\ndepartment="));

        assertThat(CanonicalForm.document(a)).isNotEqualTo(CanonicalForm.document(b));
        assertThat(CanonicalForm.hash(a)).isNotEqualTo(CanonicalForm.hash(b));
    }

    private static AuditEvent stored(String summary, Optional<String> department) {
        return new AuditEvent(1, "alice", "MODEL.REVISED", "model", "m", AuditFixtures.T0, "SUCCESS", summary,
                department, ChainHead.GENESIS_HASH, ChainHead.GENESIS_HASH);
    }

    @Test
    void anAbsentDepartmentIsWrittenEmpty() {
        AuditEvent event = AuditChain.next(Optional.empty(), new AuditEntry("alice", "MODEL.REVISED", "model", "m",
                AuditFixtures.T0, "SUCCESS", "s"));

        assertThat(CanonicalForm.document(event)).endsWith("\ndepartment=0:");
    }
}
