package io.modelgate.bootstrap.governance;

/** Request bodies for the governance endpoints. */
final class GovernanceBodies {

    private GovernanceBodies() {
    }

    static String useCase(boolean commercial, String audience, boolean redistributes, boolean fineTunes, long mau) {
        return """
                {"purpose": "Answer customer questions about our products", "taskCategory": "CUSTOMER_CHAT",
                 "audience": "%s", "commercial": %s, "redistributesModel": %s, "fineTunes": %s,
                 "expectedMonthlyActiveUsers": %d, "highestClassification": "INTERNAL",
                 "volume": {"requestsPerMonth": 20000, "averageInputTokens": 1500, "averageOutputTokens": 500}}
                """.formatted(audience, commercial, redistributes, fineTunes, mau);
    }

    static String internalUse() {
        return useCase(false, "INTERNAL", false, false, 300);
    }

    static String defaultPolicy(String note) {
        return """
                {"note": "%s", "levels": {
                  "PUBLIC": {"allowedDeployments": ["VENDOR_API", "PRIVATE_CLOUD", "ON_PREMISES"]},
                  "INTERNAL": {"allowedDeployments": ["VENDOR_API", "PRIVATE_CLOUD", "ON_PREMISES"]},
                  "CONFIDENTIAL": {"allowedDeployments": ["VENDOR_API", "PRIVATE_CLOUD", "ON_PREMISES"],
                    "vendorApiCondition": {"requiresZeroRetention": true, "requiredProcessingRegion": "JP",
                                           "forbidsTrainingOnData": false}},
                  "RESTRICTED": {"allowedDeployments": ["ON_PREMISES"]}}}
                """.formatted(note);
    }
}
