package io.modelgate.domain.catalog;

import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.util.Optional;

/**
 * One way a model can run. A vendor API carries the vendor's data terms and per-token prices;
 * a self-hosted deployment (private cloud, on-premises) carries GPU prices and no vendor terms.
 */
public record Deployment(DeploymentKind kind, Optional<VendorTerms> vendorTerms, Pricing pricing) {

    public Deployment {
        Require.present(kind, "deployment.kind");
        Require.present(vendorTerms, "deployment.vendorTerms");
        Require.present(pricing, "deployment.pricing");
        if (kind == DeploymentKind.VENDOR_API) {
            if (vendorTerms.isEmpty()) {
                throw new InvalidValueException("deployment.vendorTerms", "are required for a VENDOR_API deployment");
            }
            if (!(pricing instanceof ApiPricing)) {
                throw new InvalidValueException("deployment.pricing", "a VENDOR_API deployment is priced per token");
            }
        } else {
            if (vendorTerms.isPresent()) {
                throw new InvalidValueException("deployment.vendorTerms", "apply to VENDOR_API deployments only");
            }
            if (!(pricing instanceof SelfHostedPricing)) {
                throw new InvalidValueException("deployment.pricing", "a self-hosted deployment is priced per GPU");
            }
        }
    }

    public static Deployment vendorApi(VendorTerms terms, ApiPricing pricing) {
        return new Deployment(DeploymentKind.VENDOR_API, Optional.ofNullable(terms), pricing);
    }

    public static Deployment selfHosted(DeploymentKind kind, SelfHostedPricing pricing) {
        return new Deployment(kind, Optional.empty(), pricing);
    }
}
