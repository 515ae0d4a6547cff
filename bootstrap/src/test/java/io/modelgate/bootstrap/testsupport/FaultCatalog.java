package io.modelgate.bootstrap.testsupport;

/** Registers the catalog entries behind {@link FaultStubResource}'s endpoints (once per database). */
public final class FaultCatalog {

    private FaultCatalog() {
    }

    /** An open-weights model with an on-premises deployment (and a zero-retention vendor API one, unused). */
    public static void onPremises(String id) {
        register(CatalogBodies.model(id));
    }

    /**
     * A vendor API model whose terms keep data 30 days abroad: the default classification policy lets
     * PUBLIC and INTERNAL data go there, never CONFIDENTIAL.
     */
    public static void vendorApi(String id) {
        register("""
                {"id": "%s", "name": "Fault Vendor Model", "provider": "Vendor Inc", "sourceKind": "CLOSED",
                 "licenseId": "vendor-proprietary", "contextWindowTokens": 128000, "qualityTier": "FRONTIER",
                 "strengths": [], "benchmarkScores": {},
                 "deployments": [
                   {"kind": "VENDOR_API", "vendorTerms": {"dataRetentionDays": 30, "processingRegion": "US",
                     "trainsOnCustomerData": false},
                    "apiPricing": {"inputPerMillionTokens": {"amount": "2.50", "currency": "USD"},
                     "outputPerMillionTokens": {"amount": "10.00", "currency": "USD"}, "asOf": "2024-10-01"}}]}
                """.formatted(id));
    }

    private static void register(String body) {
        int status = Api.as(Tokens.admin()).body(body).post("/api/v1/models").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("registering a fault-scenario model answered HTTP " + status);
        }
    }
}
