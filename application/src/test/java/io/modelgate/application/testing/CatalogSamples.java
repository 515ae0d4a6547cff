package io.modelgate.application.testing;

import io.modelgate.domain.testing.Deployments;
import io.modelgate.domain.catalog.ApiPricing;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelSpec;
import io.modelgate.domain.catalog.QualityTier;
import io.modelgate.domain.catalog.SelfHostedPricing;
import io.modelgate.domain.catalog.SourceKind;
import io.modelgate.domain.catalog.VendorTerms;
import io.modelgate.domain.license.CommercialUse;
import io.modelgate.domain.license.License;
import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.license.LicenseTerm;
import io.modelgate.domain.license.LicenseTerms;
import io.modelgate.domain.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Valid catalog objects for tests of the application and of the adapters. */
public final class CatalogSamples {

    public static final LocalDate PRICED_ON = LocalDate.of(2024, 10, 1);

    private CatalogSamples() {
    }

    public static License permissiveLicense(String id) {
        return new License(new LicenseId(id), "Sample " + id, Optional.empty(), "https://example.com/" + id,
                "A permissive sample license.", new LicenseTerms(CommercialUse.ALLOWED, OptionalLong.empty(), true,
                Optional.empty(), true, true, true, Optional.empty(), Optional.empty(), false, true, false, true,
                Map.of(LicenseTerm.NOTICE_FILE, "Section 4(d)")), 0);
    }

    public static ModelSpec spec(String licenseId, String provider, SourceKind kind, DeploymentKind... deployments) {
        List<Deployment> list = java.util.Arrays.stream(deployments).map(CatalogSamples::deployment).toList();
        return new ModelSpec("Sample model", provider, kind, new LicenseId(licenseId), Optional.empty(), list, 8192,
                Set.of("japanese"), Map.of("MMLU", new BigDecimal("70.50")), QualityTier.STANDARD);
    }

    /** A vendor API with zero retention in Japan at GPT-4o's prices, or a self-hosted deployment. */
    public static Deployment deployment(DeploymentKind kind) {
        if (kind == DeploymentKind.VENDOR_API) {
            return Deployments.api(new VendorTerms(0, "JP", false), "2.50", "10.00", "USD");
        }
        return Deployments.selfHosted(kind, "450000", 600_000_000L, "300000", "JPY");
    }
}
