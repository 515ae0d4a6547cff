package io.modelgate.domain.catalog;

import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Valid catalog values to start from; each test changes only what it is about. */
final class CatalogFixtures {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);

    private CatalogFixtures() {
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static Money jpy(String amount) {
        return Money.of(amount, "JPY");
    }

    static VendorTerms vendorTerms() {
        return new VendorTerms(30, "US", false);
    }

    static ApiPricing apiPricing() {
        return new ApiPricing(usd("5.00"), usd("15.00"), AS_OF);
    }

    static SelfHostedPricing selfHostedPricing() {
        return new SelfHostedPricing(jpy("450000"), 2_000_000_000L, jpy("300000"), AS_OF);
    }

    static Deployment vendorApi() {
        return Deployment.vendorApi(vendorTerms(), apiPricing());
    }

    static Deployment privateCloud() {
        return Deployment.selfHosted(DeploymentKind.PRIVATE_CLOUD, selfHostedPricing());
    }

    static Deployment onPremises() {
        return Deployment.selfHosted(DeploymentKind.ON_PREMISES, selfHostedPricing());
    }

    static Deployment deploymentOf(DeploymentKind kind) {
        return switch (kind) {
            case VENDOR_API -> vendorApi();
            case PRIVATE_CLOUD -> privateCloud();
            case ON_PREMISES -> onPremises();
        };
    }

    static ModelSpec spec() {
        return new SpecBuilder().build();
    }

    static SpecBuilder specBuilder() {
        return new SpecBuilder();
    }

    /** A valid open-weights spec (Llama 3 Swallow-like) whose fields a test may replace one at a time. */
    static final class SpecBuilder {
        String name = "Llama 3 Swallow 70B Instruct";
        String provider = "Tokyo Tech";
        SourceKind sourceKind = SourceKind.OPEN_WEIGHTS;
        LicenseId licenseId = new LicenseId("llama-3-community");
        Optional<ModelId> baseModel = Optional.of(new ModelId("llama-3-70b-instruct"));
        List<Deployment> deployments = List.of(privateCloud(), onPremises());
        int contextWindowTokens = 8192;
        Set<String> strengths = Set.of("japanese", "reasoning");
        Map<String, BigDecimal> benchmarkScores = Map.of("MMLU", new BigDecimal("79.5"));
        QualityTier qualityTier = QualityTier.STANDARD;

        SpecBuilder name(String value) {
            name = value;
            return this;
        }

        SpecBuilder provider(String value) {
            provider = value;
            return this;
        }

        SpecBuilder sourceKind(SourceKind value) {
            sourceKind = value;
            return this;
        }

        SpecBuilder licenseId(LicenseId value) {
            licenseId = value;
            return this;
        }

        SpecBuilder baseModel(Optional<ModelId> value) {
            baseModel = value;
            return this;
        }

        SpecBuilder deployments(List<Deployment> value) {
            deployments = value;
            return this;
        }

        SpecBuilder contextWindowTokens(int value) {
            contextWindowTokens = value;
            return this;
        }

        SpecBuilder strengths(Set<String> value) {
            strengths = value;
            return this;
        }

        SpecBuilder benchmarkScores(Map<String, BigDecimal> value) {
            benchmarkScores = value;
            return this;
        }

        SpecBuilder qualityTier(QualityTier value) {
            qualityTier = value;
            return this;
        }

        ModelSpec build() {
            return new ModelSpec(name, provider, sourceKind, licenseId, baseModel, deployments, contextWindowTokens,
                    strengths, benchmarkScores, qualityTier);
        }
    }
}
