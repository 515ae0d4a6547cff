package io.modelgate.bootstrap.hostile;

import io.modelgate.bootstrap.hostile.ApiDocument.Operation;
import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Approvals;
import io.modelgate.bootstrap.testsupport.CatalogBodies;
import io.modelgate.bootstrap.testsupport.Tokens;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * What the hostile requests point at, made through the API before the digest is taken: a department with
 * a budget and an approval, a draft and a request in review, a model and a license of their own (so that a
 * hostile value wrongly accepted changes these and nothing another test uses), and a valid body for every
 * operation that takes one. The caller holds every role; gateway calls come from a department without
 * approvals, so that a call that gets through the reading is refused by the governance rules.
 */
record HostileFixture(String department, String gatewayDepartment, String month, String approval, String draft,
                      String inReview, String model, String license, String callerToken, String gatewayToken) {

    static final String[] ALL_ROLES = {"requester", "security-reviewer", "legal-reviewer", "finance-reviewer", "admin",
            "auditor", "gateway-client"};

    static HostileFixture create() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String department = "hostile-" + suffix;
        String month = YearMonth.now(ZoneId.of("Asia/Tokyo")).toString();
        String caller = Tokens.of("hostile-caller-" + suffix, department, ALL_ROLES);
        Api.as(Tokens.admin()).body(BUDGET).put("/api/v1/departments/" + department + "/budgets/" + month).then()
                .statusCode(201);
        String approval = Approvals.grant(department, Approvals.request("mistral-7b-instruct", "ON_PREMISES", "INTERNAL",
                "REPORT_GENERATION"));
        String draft = Api.as(caller).body(USAGE_REQUEST).post("/api/v1/usage-requests").then().statusCode(201)
                .extract().path("id");
        String colleague = Tokens.of("hostile-colleague-" + suffix, department, "requester");
        String inReview = Api.as(colleague).body(Approvals.request("gpt-4o", "VENDOR_API", "INTERNAL",
                "REPORT_GENERATION")).post("/api/v1/usage-requests").then().statusCode(201).extract().path("id");
        Api.as(colleague).post("/api/v1/usage-requests/" + inReview + "/submit").then().statusCode(200);
        String model = "hostile-model-" + suffix;
        Api.as(Tokens.admin()).body(CatalogBodies.model(model)).post("/api/v1/models").then().statusCode(201);
        String license = "hostile-license-" + suffix;
        Api.as(Tokens.admin()).body(license(license)).post("/api/v1/licenses").then().statusCode(201);
        String gatewayDepartment = "hostile-gw-" + suffix;
        return new HostileFixture(department, gatewayDepartment, month, approval, draft, inReview, model, license,
                caller, Tokens.of("hostile-gateway-" + suffix, gatewayDepartment, "gateway-client"));
    }

    String token(Operation operation) {
        return operation.gateway() ? gatewayToken : callerToken;
    }

    /** The operation's path with the fixture's ids. */
    String validPath(Operation operation) {
        return pathWith(operation, "", "");
    }

    /** The operation's path with the fixture's ids, except {@code name}, which gets {@code value}. */
    String pathWith(Operation operation, String name, String value) {
        String path = operation.path();
        String id = path.startsWith("/api/v1/approvals") ? approval
                : path.startsWith("/api/v1/usage-requests/{id}/reviews") ? inReview
                : path.startsWith("/api/v1/usage-requests") ? draft
                : path.startsWith("/api/v1/models") ? model
                : path.startsWith("/api/v1/licenses") ? license : "none";
        for (Map.Entry<String, String> parameter : Map.of("id", id, "department", department, "month", month,
                "model", ENDPOINT_MODEL, "deployment", "ON_PREMISES").entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}",
                    parameter.getKey().equals(name) ? value : parameter.getValue());
        }
        return path;
    }

    /** A body the operation would accept, into which one hostile value at a time is put. */
    String body(String operationId) {
        return switch (operationId) {
            case "confirmApproval", "revokeApproval" -> "{\"reason\": \"hostile input check\"}";
            case "changeClassificationPolicy" -> POLICY;
            case "inspectContent" -> "{\"text\": \"hello\", \"declaredLevel\": \"INTERNAL\"}";
            case "decideClassification" -> "{\"modelId\": \"gpt-4o\", \"deployment\": \"VENDOR_API\", \"level\": \"INTERNAL\"}";
            case "estimateCost" -> "{\"modelId\": \"gpt-4o\", \"deployment\": \"VENDOR_API\", \"volume\": " + VOLUME
                    + ", \"currency\": \"JPY\"}";
            case "compareCosts" -> "{\"candidates\": [{\"modelId\": \"gpt-4o\", \"deployment\": \"VENDOR_API\"}], "
                    + "\"volume\": " + VOLUME + ", \"currency\": \"JPY\"}";
            case "setBudget" -> BUDGET;
            case "registerLicense" -> license("hostile-license-new");
            case "reviseLicense" -> license(license);
            case "evaluateLicense", "evaluateModelLicense" -> USE_CASE;
            case "registerModel" -> CatalogBodies.model("hostile-model-new");
            case "reviseModel" -> CatalogBodies.model(model);
            case "changeModelLifecycle" -> "{\"target\": \"DEPRECATED\", \"reason\": \"hostile input check\"}";
            case "draftUsageRequest", "editUsageRequest" -> USAGE_REQUEST;
            case "reviewUsageRequest" -> "{\"kind\": \"SECURITY\", \"outcome\": \"APPROVE\", \"comment\": \"fine\"}";
            // every field present: the suite gives an absent field string-shaped values only
            case "setEndpoint" -> "{\"protocol\": \"OPENAI_COMPATIBLE\", \"url\": \"http://127.0.0.1:9/v1\", "
                    + "\"upstreamModel\": \"swallow-8b\", \"timeoutSeconds\": 5, \"breakerOpenForSeconds\": 30, "
                    + "\"secret\": {\"env\": \"MG_HOSTILE_KEY\"}}";
            case "createChatCompletion" -> "{\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": "
                    + "\"hello\"}], \"max_tokens\": 16, \"temperature\": 0.5, \"stream\": false}";
            default -> throw new IllegalArgumentException("no valid body for " + operationId
                    + ": add one to HostileFixture.body");
        };
    }

    /** The deployment whose endpoint the endpoint operations name (none is configured for it). */
    static final String ENDPOINT_MODEL = "llama-3-swallow-8b";
    static final String BUDGET = "{\"amount\": {\"amount\": \"500000\", \"currency\": \"JPY\"}, \"softAlertPercent\": 80, "
            + "\"hardLimit\": {\"amount\": \"550000\", \"currency\": \"JPY\"}}";
    static final String VOLUME = "{\"requestsPerMonth\": 1000, \"averageInputTokens\": 500, \"averageOutputTokens\": 200}";
    static final String USE_CASE = "{\"purpose\": \"Summarise reports\", \"taskCategory\": \"REPORT_GENERATION\", "
            + "\"audience\": \"INTERNAL\", \"commercial\": false, \"redistributesModel\": false, \"fineTunes\": false, "
            + "\"expectedMonthlyActiveUsers\": 20, \"highestClassification\": \"INTERNAL\", \"volume\": " + VOLUME + "}";
    static final String USAGE_REQUEST = "{\"modelId\": \"gemma-2-9b\", \"deployment\": \"ON_PREMISES\", \"useCase\": "
            + USE_CASE + "}";
    static final String POLICY = """
            {"note": "hostile input check", "levels": {
              "PUBLIC": {"allowedDeployments": ["VENDOR_API", "PRIVATE_CLOUD", "ON_PREMISES"]},
              "INTERNAL": {"allowedDeployments": ["VENDOR_API", "PRIVATE_CLOUD", "ON_PREMISES"]},
              "CONFIDENTIAL": {"allowedDeployments": ["VENDOR_API", "PRIVATE_CLOUD", "ON_PREMISES"],
                "vendorApiCondition": {"requiresZeroRetention": true, "requiredProcessingRegion": "JP",
                                       "forbidsTrainingOnData": false}},
              "RESTRICTED": {"allowedDeployments": ["ON_PREMISES"]}}}
            """;

    static String license(String id) {
        return """
                {"id": "%s", "name": "Hostile Test License", "spdxId": "Hostile-1.0",
                 "textUrl": "https://licenses.modelgate.test/hostile", "summary": "For the hostile-input suite.",
                 "terms": {"commercialUse": "ALLOWED", "monthlyActiveUserCap": 1000, "attributionRequired": true,
                   "attributionNotice": "Built with Hostile", "copyrightNoticeRequired": true,
                   "licenseTextWithRedistribution": true, "noticeFileWithRedistribution": false,
                   "derivativeNamePrefix": "Hostile", "acceptableUsePolicyUrl": "https://licenses.modelgate.test/aup",
                   "useRestrictionsPassThrough": false, "redistributionAllowed": true, "shareAlike": false,
                   "outputsMayImproveOtherModels": true, "clauses": {"SHARE_ALIKE": "Section 4"}}}
                """.formatted(id);
    }
}
