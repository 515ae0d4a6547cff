package io.modelgate.domain.classification;

import io.modelgate.domain.catalog.ApiPricing;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.SelfHostedPricing;
import io.modelgate.domain.catalog.VendorTerms;
import io.modelgate.domain.money.Money;

import java.time.LocalDate;

/** Test deployments: prices do not matter to classification, so every deployment gets the same ones. */
final class Deployments {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private Deployments() {
    }

    static Deployment vendorApi(int retentionDays, String region, boolean trains) {
        return Deployment.vendorApi(new VendorTerms(retentionDays, region, trains),
                new ApiPricing(Money.ofMinor(300, "USD"), Money.ofMinor(1500, "USD"), AS_OF));
    }

    static Deployment selfHosted(DeploymentKind kind) {
        return Deployment.selfHosted(kind, new SelfHostedPricing(Money.ofMinor(300_000, "JPY"), 1_000_000_000L,
                Money.ofMinor(100_000, "JPY"), AS_OF));
    }
}
