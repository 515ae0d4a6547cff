package io.modelgate.bootstrap.testsupport;

/** Request bodies for the catalog API. */
public final class CatalogBodies {

    private CatalogBodies() {
    }

    /** A valid model with an on-premises and a vendor-API deployment. */
    public static String model(String id) {
        return """
                {"id": "%s", "name": "Test Model", "provider": "Acme AI", "sourceKind": "OPEN_WEIGHTS",
                 "licenseId": "apache-2.0", "contextWindowTokens": 32768, "qualityTier": "COMPACT",
                 "strengths": ["japanese"], "benchmarkScores": {"MMLU": 61.5},
                 "deployments": [
                   {"kind": "ON_PREMISES", "selfHostedPricing": {"gpuMonthlyCost": {"amount": "300000", "currency": "JPY"},
                     "tokensPerGpuMonth": 4000000000, "fixedMonthlyOperationsCost": {"amount": "250000", "currency": "JPY"},
                     "asOf": "2024-10-01"}},
                   {"kind": "VENDOR_API", "vendorTerms": {"dataRetentionDays": 0, "processingRegion": "JP",
                     "trainsOnCustomerData": false},
                    "apiPricing": {"inputPerMillionTokens": {"amount": "0.20", "currency": "USD"},
                     "outputPerMillionTokens": {"amount": "0.60", "currency": "USD"}, "asOf": "2024-10-01"}}]}
                """.formatted(id);
    }

}
