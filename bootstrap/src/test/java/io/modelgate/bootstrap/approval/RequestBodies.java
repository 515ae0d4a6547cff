package io.modelgate.bootstrap.approval;

/** Usage-request bodies. */
final class RequestBodies {

    private RequestBodies() {
    }

    static String request(String model, String deployment, String level, String audience, boolean commercial) {
        return """
                {"modelId": "%s", "deployment": "%s",
                 "useCase": {"purpose": "Draft answers for our support team", "taskCategory": "CUSTOMER_CHAT",
                   "audience": "%s", "commercial": %s, "redistributesModel": false, "fineTunes": false,
                   "expectedMonthlyActiveUsers": 200, "highestClassification": "%s",
                   "volume": {"requestsPerMonth": 10000, "averageInputTokens": 800, "averageOutputTokens": 300}}}
                """.formatted(model, deployment, audience, commercial, level);
    }

    /** Self-hosted Apache-2.0 model, internal, non-commercial, INTERNAL data: needs no review at all. */
    static String harmless() {
        return request("mistral-7b-instruct", "ON_PREMISES", "INTERNAL", "INTERNAL", false);
    }

    /** Confidential data, external commercial use of Llama 3 on-premises: security and legal review. */
    static String needsSecurityAndLegal() {
        return request("llama-3-70b-instruct", "ON_PREMISES", "CONFIDENTIAL", "EXTERNAL_CUSTOMERS", true);
    }
}
