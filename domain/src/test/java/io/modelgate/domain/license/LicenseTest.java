package io.modelgate.domain.license;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static io.modelgate.domain.license.LicenseFixtures.llama3;
import static io.modelgate.domain.license.LicenseFixtures.terms;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class LicenseTest {

    private static final LicenseId ID = new LicenseId("apache-2.0");

    private static License license(String name, Optional<String> spdxId, String textUrl, String summary) {
        return new License(ID, name, spdxId, textUrl, summary, terms().build(), 0);
    }

    @Test
    void keepsWhatItIsGiven() {
        LicenseTerms terms = terms().build();
        License license = new License(ID, "Apache License 2.0", Optional.of("Apache-2.0"),
                "https://www.apache.org/licenses/LICENSE-2.0", "Permissive; keep NOTICE.", terms, 4);

        assertThat(license.id()).isEqualTo(ID);
        assertThat(license.name()).isEqualTo("Apache License 2.0");
        assertThat(license.spdxId()).contains("Apache-2.0");
        assertThat(license.textUrl()).isEqualTo("https://www.apache.org/licenses/LICENSE-2.0");
        assertThat(license.summary()).isEqualTo("Permissive; keep NOTICE.");
        assertThat(license.terms()).isEqualTo(terms);
        assertThat(license.version()).isEqualTo(4);
    }

    @Test
    void stripsItsTexts() {
        License license = license(" Apache License 2.0 ", Optional.of(" Apache-2.0 "), " https://a.example ",
                "\tPermissive\n");

        assertThat(license.name()).isEqualTo("Apache License 2.0");
        assertThat(license.spdxId()).contains("Apache-2.0");
        assertThat(license.textUrl()).isEqualTo("https://a.example");
        assertThat(license.summary()).isEqualTo("Permissive");
    }

    @Test
    void aLicenseNeedNotHaveAnSpdxId() {
        assertThat(llama3().spdxId()).isEmpty();
    }

    @Test
    void refusesEachMissingPartNamingIt() {
        LicenseTerms terms = terms().build();
        assertInvalid(() -> new License(null, "n", Optional.empty(), "u", "s", terms, 0), "id");
        assertInvalid(() -> new License(ID, null, Optional.empty(), "u", "s", terms, 0), "name");
        assertInvalid(() -> new License(ID, "n", null, "u", "s", terms, 0), "spdxId");
        assertInvalid(() -> new License(ID, "n", Optional.empty(), null, "s", terms, 0), "textUrl");
        assertInvalid(() -> new License(ID, "n", Optional.empty(), "u", null, terms, 0), "summary");
        assertInvalid(() -> new License(ID, "n", Optional.empty(), "u", "s", null, 0), "terms");
    }

    @Test
    void refusesBlankTexts() {
        assertInvalid(() -> license(" ", Optional.empty(), "u", "s"), "name");
        assertInvalid(() -> license("n", Optional.of(""), "u", "s"), "spdxId");
        assertInvalid(() -> license("n", Optional.empty(), "\t", "s"), "textUrl");
        assertInvalid(() -> license("n", Optional.empty(), "u", ""), "summary");
    }

    @ParameterizedTest(name = "{0} of {1} characters accepted={2}")
    @CsvSource({
            "name,120,true",
            "name,121,false",
            "spdxId,64,true",
            "spdxId,65,false",
            "textUrl,500,true",
            "textUrl,501,false",
            "summary,2000,true",
            "summary,2001,false",
    })
    void textsHaveMaximumLengths(String field, int length, boolean accepted) {
        String text = "x".repeat(length);
        String name = field.equals("name") ? text : "n";
        Optional<String> spdxId = field.equals("spdxId") ? Optional.of(text) : Optional.empty();
        String textUrl = field.equals("textUrl") ? text : "u";
        String summary = field.equals("summary") ? text : "s";

        if (accepted) {
            License license = license(name, spdxId, textUrl, summary);
            assertThat(Map.of("name", license.name(), "spdxId", license.spdxId().orElse(""),
                    "textUrl", license.textUrl(), "summary", license.summary()).get(field)).hasSize(length);
        } else {
            assertInvalid(() -> license(name, spdxId, textUrl, summary), field);
        }
    }

    @Test
    void reviseReplacesEverythingButIdAndVersion() {
        License original = new License(ID, "Apache License 2.0", Optional.of("Apache-2.0"), "https://a.example",
                "Permissive", terms().build(), 7);
        LicenseTerms newTerms = terms().monthlyActiveUserCap(OptionalLong.empty()).build();

        License revised = original.revise("Apache License, Version 2.0", Optional.empty(), "https://b.example",
                "Permissive, with a NOTICE file", newTerms);

        assertThat(revised.id()).isEqualTo(ID);
        assertThat(revised.version()).isEqualTo(7);
        assertThat(revised.name()).isEqualTo("Apache License, Version 2.0");
        assertThat(revised.spdxId()).isEmpty();
        assertThat(revised.textUrl()).isEqualTo("https://b.example");
        assertThat(revised.summary()).isEqualTo("Permissive, with a NOTICE file");
        assertThat(revised.terms()).isEqualTo(newTerms);
        assertThat(original.name()).as("the original is unchanged").isEqualTo("Apache License 2.0");
    }

    @Test
    void reviseValidatesLikeConstruction() {
        License original = llama3();

        assertInvalid(() -> original.revise(" ", Optional.empty(), "u", "s", terms().build()), "name");
        assertInvalid(() -> original.revise("n", null, "u", "s", terms().build()), "spdxId");
        assertInvalid(() -> original.revise("n", Optional.empty(), null, "s", terms().build()), "textUrl");
        assertInvalid(() -> original.revise("n", Optional.empty(), "u", "x".repeat(2001), terms().build()),
                "summary");
        assertInvalid(() -> original.revise("n", Optional.empty(), "u", "s", null), "terms");
    }

    @Test
    void licensesWithEqualPartsAreEqual() {
        assertThat(llama3()).isEqualTo(llama3()).hasSameHashCodeAs(llama3())
                .isNotEqualTo(llama3().revise("Other", Optional.empty(), "u", "s", terms().build()));
    }
}
