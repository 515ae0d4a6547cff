package io.modelgate.bootstrap.gateway;

import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Approvals;
import io.modelgate.bootstrap.testsupport.Budgets;
import io.modelgate.bootstrap.testsupport.CatalogBodies;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.UUID;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The gateway routes from a per-department snapshot; a change made through this instance must reach the
 * very next call, not the next reload. The model used here has no endpoint, so a call routed with a stale
 * snapshot would end in 503 (no provider), never in the refusal asserted.
 */
@QuarkusTest
class RoutingSnapshotApiTest {

    static final String CHAT = "{\"model\": \"%s\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}],"
            + " \"max_tokens\": 16}";

    @Inject
    DataSource dataSource;

    @Test
    void retiring_a_model_takes_it_out_of_the_gateway_at_the_next_call() {
        String model = "snap-" + UUID.randomUUID().toString().substring(0, 8);
        Api.as(Tokens.admin()).body(CatalogBodies.model(model)).post("/api/v1/models").then().statusCode(201);
        String dept = "snap-" + UUID.randomUUID().toString().substring(0, 8);
        Budgets.set(dataSource, dept, 1_000_000);
        Approvals.grant(dept, Approvals.request(model, "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        // the gateway offers only models it can reach: the new model gets an endpoint
        Api.as(Tokens.admin()).body("{\"protocol\": \"OPENAI_COMPATIBLE\", \"url\": \""
                + io.modelgate.bootstrap.testsupport.ProviderStub.shared().baseUrl("ok") + "\"}")
                .put("/api/v1/endpoints/" + model + "/ON_PREMISES").then().statusCode(201);
        String client = Tokens.of("svc-" + dept, dept, "gateway-client");
        // the listing loads the department's snapshot, which now offers the model
        Api.as(client).get("/gateway/v1/models").then().statusCode(200).body("data.id", hasItem(model));

        Api.as(Tokens.admin()).body("{\"target\": \"RETIRED\", \"reason\": \"superseded\"}")
                .post("/api/v1/models/" + model + "/lifecycle").then().statusCode(200);

        Api.as(client).get("/gateway/v1/models").then().statusCode(200).body("data.id", not(hasItem(model)));
        Api.as(client).header("X-Task-Category", "REPORT_GENERATION").body(CHAT.formatted(model))
                .post("/gateway/v1/chat/completions").then().statusCode(403)
                .body("code", anyOf(equalTo("GATEWAY.MODEL_RETIRED"), equalTo("GATEWAY.APPROVAL_REVOKED")));
    }
}
