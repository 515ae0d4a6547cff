package io.modelgate.domain.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class VendorTermsTest {

    private static final String REGION = "vendorTerms.processingRegion";
    private static final String RETENTION = "vendorTerms.dataRetentionDays";

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "JP|JP",
            "US|US",
            "GB|GB",
            "DE|DE",
            "GLOBAL|GLOBAL",
            "' JP '|JP",
            "'GLOBAL '|GLOBAL",
    })
    void acceptsCountryCodesAndGlobal(String region, String stored) {
        assertThat(new VendorTerms(0, region, false).processingRegion()).isEqualTo(stored);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"jp", "Jp", "jP", "J", "JPN", "J1", "12", "Global", "global", "GLOBA", "EU1",
            "日本", "J P", "GLOBAL1", "WORLDWIDE"})
    void refusesOtherRegions(String region) {
        assertInvalid(() -> new VendorTerms(0, region, false), REGION);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesMissingRegion(String region) {
        assertInvalid(() -> new VendorTerms(0, region, false), REGION);
    }

    @ParameterizedTest(name = "{0} days accepted={1}")
    @CsvSource({
            "-2147483648,false",
            "-1,false",
            "0,true",
            "1,true",
            "30,true",
            "3649,true",
            "3650,true",
            "3651,false",
            "2147483647,false",
    })
    void retentionIsBetween0And3650Days(int days, boolean accepted) {
        if (accepted) {
            assertThat(new VendorTerms(days, "JP", false).dataRetentionDays()).isEqualTo(days);
        } else {
            assertInvalid(() -> new VendorTerms(days, "JP", false), RETENTION);
        }
    }

    @ParameterizedTest(name = "{0} days: zero retention={1}")
    @CsvSource({
            "0,true",
            "1,false",
            "30,false",
            "3650,false",
    })
    void zeroDataRetentionMeansZeroDays(int days, boolean zero) {
        assertThat(new VendorTerms(days, "JP", false).zeroDataRetention()).isEqualTo(zero);
    }

    @ParameterizedTest(name = "terms in {0}, asked {1}: {2}")
    @CsvSource({
            "JP,JP,true",
            "JP,US,false",
            "JP,jp,false",
            "JP,GLOBAL,false",
            "GLOBAL,JP,false",
            "GLOBAL,GLOBAL,true",
            "US,US,true",
    })
    void processesInComparesTheRegion(String region, String asked, boolean expected) {
        assertThat(new VendorTerms(0, region, false).processesIn(asked)).isEqualTo(expected);
    }

    @Test
    void processesInNullIsFalse() {
        assertThat(new VendorTerms(0, "JP", false).processesIn(null)).isFalse();
    }

    @Test
    void keepsTheTrainingFlag() {
        assertThat(new VendorTerms(0, "JP", true).trainsOnCustomerData()).isTrue();
        assertThat(new VendorTerms(0, "JP", false).trainsOnCustomerData()).isFalse();
    }

    @Test
    void globalConstantIsAValidRegion() {
        assertThat(VendorTerms.GLOBAL).isEqualTo("GLOBAL");
        assertThat(new VendorTerms(0, VendorTerms.GLOBAL, false).processesIn("GLOBAL")).isTrue();
    }
}
