package io.modelgate.domain.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.stream.Stream;

import static io.modelgate.domain.catalog.CatalogFixtures.apiPricing;
import static io.modelgate.domain.catalog.CatalogFixtures.selfHostedPricing;
import static io.modelgate.domain.catalog.CatalogFixtures.vendorTerms;
import static io.modelgate.domain.catalog.DeploymentKind.ON_PREMISES;
import static io.modelgate.domain.catalog.DeploymentKind.PRIVATE_CLOUD;
import static io.modelgate.domain.catalog.DeploymentKind.VENDOR_API;
import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class DeploymentTest {

    enum Terms { PRESENT, ABSENT }

    enum PricingType { API, SELF_HOSTED }

    private static final String VALID = null;

    /** Every kind x vendor terms present/absent x pricing type; the last column names the refused field. */
    static Stream<Arguments> combinations() {
        return Stream.of(
                arguments(VENDOR_API, Terms.PRESENT, PricingType.API, VALID),
                arguments(VENDOR_API, Terms.PRESENT, PricingType.SELF_HOSTED, "deployment.pricing"),
                arguments(VENDOR_API, Terms.ABSENT, PricingType.API, "deployment.vendorTerms"),
                arguments(VENDOR_API, Terms.ABSENT, PricingType.SELF_HOSTED, "deployment.vendorTerms"),
                arguments(PRIVATE_CLOUD, Terms.PRESENT, PricingType.API, "deployment.vendorTerms"),
                arguments(PRIVATE_CLOUD, Terms.PRESENT, PricingType.SELF_HOSTED, "deployment.vendorTerms"),
                arguments(PRIVATE_CLOUD, Terms.ABSENT, PricingType.API, "deployment.pricing"),
                arguments(PRIVATE_CLOUD, Terms.ABSENT, PricingType.SELF_HOSTED, VALID),
                arguments(ON_PREMISES, Terms.PRESENT, PricingType.API, "deployment.vendorTerms"),
                arguments(ON_PREMISES, Terms.PRESENT, PricingType.SELF_HOSTED, "deployment.vendorTerms"),
                arguments(ON_PREMISES, Terms.ABSENT, PricingType.API, "deployment.pricing"),
                arguments(ON_PREMISES, Terms.ABSENT, PricingType.SELF_HOSTED, VALID));
    }

    @Test
    void theTableCoversEveryCombination() {
        assertThat(combinations().count())
                .isEqualTo((long) DeploymentKind.values().length * Terms.values().length * PricingType.values().length);
    }

    @ParameterizedTest(name = "{0}, terms {1}, {2} pricing -> refused on [{3}]")
    @MethodSource("combinations")
    void onlyMatchingCombinationsAreValid(DeploymentKind kind, Terms terms, PricingType pricingType,
                                          String refusedField) {
        Optional<VendorTerms> vendorTerms = terms == Terms.PRESENT ? Optional.of(vendorTerms()) : Optional.empty();
        Pricing pricing = pricingType == PricingType.API ? apiPricing() : selfHostedPricing();

        if (refusedField == VALID) {
            Deployment deployment = new Deployment(kind, vendorTerms, pricing);
            assertThat(deployment.kind()).isEqualTo(kind);
            assertThat(deployment.vendorTerms()).isEqualTo(vendorTerms);
            assertThat(deployment.pricing()).isEqualTo(pricing);
        } else {
            assertInvalid(() -> new Deployment(kind, vendorTerms, pricing), refusedField);
        }
    }

    @Test
    void vendorApiFactoryBuildsAVendorApiDeployment() {
        Deployment deployment = Deployment.vendorApi(vendorTerms(), apiPricing());

        assertThat(deployment.kind()).isEqualTo(VENDOR_API);
        assertThat(deployment.vendorTerms()).contains(vendorTerms());
        assertThat(deployment.pricing()).isEqualTo(apiPricing());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DeploymentKind.class, names = {"PRIVATE_CLOUD", "ON_PREMISES"})
    void selfHostedFactoryBuildsASelfHostedDeployment(DeploymentKind kind) {
        Deployment deployment = Deployment.selfHosted(kind, selfHostedPricing());

        assertThat(deployment.kind()).isEqualTo(kind);
        assertThat(deployment.vendorTerms()).isEmpty();
        assertThat(deployment.pricing()).isEqualTo(selfHostedPricing());
    }

    @Test
    void selfHostedFactoryRefusesTheVendorApiKind() {
        assertInvalid(() -> Deployment.selfHosted(VENDOR_API, selfHostedPricing()), "deployment.vendorTerms");
    }

    @Test
    void refusesMissingParts() {
        assertInvalid(() -> new Deployment(null, Optional.empty(), selfHostedPricing()), "deployment.kind");
        assertInvalid(() -> new Deployment(ON_PREMISES, null, selfHostedPricing()), "deployment.vendorTerms");
        assertInvalid(() -> new Deployment(ON_PREMISES, Optional.empty(), null), "deployment.pricing");
        assertInvalid(() -> new Deployment(VENDOR_API, Optional.of(vendorTerms()), null), "deployment.pricing");
        assertInvalid(() -> Deployment.selfHosted(null, selfHostedPricing()), "deployment.kind");
        assertInvalid(() -> Deployment.vendorApi(vendorTerms(), null), "deployment.pricing");
    }

    @ParameterizedTest(name = "{0} self-hosted={1}")
    @CsvSource({
            "VENDOR_API,false",
            "PRIVATE_CLOUD,true",
            "ON_PREMISES,true",
    })
    void deploymentKindSaysWhetherItIsSelfHosted(DeploymentKind kind, boolean selfHosted) {
        assertThat(kind.selfHosted()).isEqualTo(selfHosted);
    }

    @Test
    void deploymentsWithEqualPartsAreEqual() {
        assertThat(Deployment.vendorApi(vendorTerms(), apiPricing()))
                .isEqualTo(new Deployment(VENDOR_API, Optional.of(vendorTerms()), apiPricing()))
                .isNotEqualTo(Deployment.vendorApi(new VendorTerms(0, "JP", false), apiPricing()));
    }
}
