package io.modelgate.bootstrap.testsupport;

import java.util.List;

/** Gets a department an approval through the real workflow: draft, submit, and every required review. */
public final class Approvals {

    private Approvals() {
    }

    public static String request(String model, String deployment, String level, String task) {
        return """
                {"modelId": "%s", "deployment": "%s",
                 "useCase": {"purpose": "Gateway test", "taskCategory": "%s", "audience": "INTERNAL",
                   "commercial": false, "redistributesModel": false, "fineTunes": false,
                   "expectedMonthlyActiveUsers": 20, "highestClassification": "%s",
                   "volume": {"requestsPerMonth": 1000, "averageInputTokens": 500, "averageOutputTokens": 200}}}
                """.formatted(model, deployment, task, level);
    }

    /** Returns the approval id. */
    public static String grant(String department, String body) {
        String requester = Tokens.of("req-" + department, department, "requester");
        String id = Api.as(requester).body(body).post("/api/v1/usage-requests").then().statusCode(201)
                .extract().path("id");
        List<String> required = Api.as(requester).post("/api/v1/usage-requests/" + id + "/submit").then()
                .statusCode(200).extract().path("requiredReviews");
        for (String kind : required) {
            String role = kind.toLowerCase() + "-reviewer";
            Api.as(Tokens.of(kind.toLowerCase() + "-lead", kind.toLowerCase(), role))
                    .body("{\"kind\": \"" + kind + "\", \"outcome\": \"APPROVE\"}")
                    .post("/api/v1/usage-requests/" + id + "/reviews").then().statusCode(200);
        }
        return Api.as(requester).get("/api/v1/usage-requests/" + id).then().statusCode(200)
                .extract().path("approvalId");
    }
}
