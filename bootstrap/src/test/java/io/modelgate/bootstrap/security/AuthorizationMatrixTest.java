package io.modelgate.bootstrap.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Approvals;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault scenario 6: the authorization matrix, generated from the OpenAPI document served at test time.
 * Every operation with a path parameter is called without a token (401), with each role it does not allow
 * (403) and, where data belongs to a department, with an allowed role of another department (404: another
 * department's data is answered as if it did not exist). Nothing may change. Every operation with a request
 * body refuses read-only fields (400). A reviewer may not review their own request. An operation missing from
 * {@link #EXPECTED} fails the test, so a new endpoint cannot slip through unexamined.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final Set<String> ROLES = Set.of("requester", "security-reviewer", "legal-reviewer", "finance-reviewer",
            "admin", "auditor", "gateway-client");
    static final Set<String> READERS = Set.of("requester", "security-reviewer", "legal-reviewer", "finance-reviewer",
            "admin", "auditor");
    static final Set<String> EVERYONE = ROLES;
    static final Set<String> ADMIN = Set.of("admin");
    static final Set<String> REQUESTER = Set.of("requester");
    static final Set<String> REVIEWERS = Set.of("security-reviewer", "legal-reviewer", "finance-reviewer");
    static final Set<String> BUDGET_READERS = Set.of("requester", "finance-reviewer", "admin", "auditor");
    /** Fields no request may set: the server owns them. */
    static final List<String> READ_ONLY = List.of("id", "status", "state", "version", "department", "requester",
            "createdAt", "approvalId", "spent", "reserved", "decidedBy", "lifecycle");
    /**
     * Where a request schema carries one of those names by design: the id of a new catalog entry; the same body
     * on revision, where an id other than the path's is refused (422, checked below); the lifecycle command.
     */
    static final Set<String> SETTABLE = Set.of("POST /api/v1/models id", "POST /api/v1/licenses id",
            "PUT /api/v1/models/{id} id", "PUT /api/v1/licenses/{id} id", "POST /api/v1/models/{id}/lifecycle lifecycle");

    /**
     * What each id-bearing operation allows, as designed (docs/api.md). {@code scoped}: the allowed roles whose
     * access stops at their own department.
     */
    record Expected(Set<String> roles, Set<String> scoped, Function<Fixture, String> path) {
    }

    record Fixture(String department, String month, String draft, String inReview, String approval) {
    }

    static final Map<String, Expected> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("GET /api/v1/licenses/{id}", new Expected(EVERYONE, Set.of(), f -> "/api/v1/licenses/apache-2.0"));
        EXPECTED.put("PUT /api/v1/licenses/{id}", new Expected(ADMIN, Set.of(), f -> "/api/v1/licenses/apache-2.0"));
        EXPECTED.put("POST /api/v1/licenses/{id}/evaluations",
                new Expected(EVERYONE, Set.of(), f -> "/api/v1/licenses/apache-2.0/evaluations"));
        EXPECTED.put("GET /api/v1/models/{id}", new Expected(EVERYONE, Set.of(), f -> "/api/v1/models/mistral-7b-instruct"));
        EXPECTED.put("PUT /api/v1/models/{id}", new Expected(ADMIN, Set.of(), f -> "/api/v1/models/mistral-7b-instruct"));
        EXPECTED.put("POST /api/v1/models/{id}/lifecycle",
                new Expected(ADMIN, Set.of(), f -> "/api/v1/models/mistral-7b-instruct/lifecycle"));
        EXPECTED.put("POST /api/v1/models/{id}/license-evaluations",
                new Expected(EVERYONE, Set.of(), f -> "/api/v1/models/mistral-7b-instruct/license-evaluations"));
        EXPECTED.put("GET /api/v1/departments/{department}/budgets",
                new Expected(BUDGET_READERS, REQUESTER, f -> "/api/v1/departments/" + f.department() + "/budgets"));
        EXPECTED.put("GET /api/v1/departments/{department}/budgets/{month}", new Expected(BUDGET_READERS, REQUESTER,
                f -> "/api/v1/departments/" + f.department() + "/budgets/" + f.month()));
        EXPECTED.put("PUT /api/v1/departments/{department}/budgets/{month}", new Expected(ADMIN, Set.of(),
                f -> "/api/v1/departments/" + f.department() + "/budgets/" + f.month()));
        EXPECTED.put("GET /api/v1/departments/{department}/spend",
                new Expected(BUDGET_READERS, REQUESTER, f -> "/api/v1/departments/" + f.department() + "/spend"));
        EXPECTED.put("GET /api/v1/endpoints/{model}/{deployment}", new Expected(Set.of("admin", "auditor"), Set.of(),
                f -> "/api/v1/endpoints/mistral-7b-instruct/ON_PREMISES"));
        EXPECTED.put("PUT /api/v1/endpoints/{model}/{deployment}", new Expected(ADMIN, Set.of(),
                f -> "/api/v1/endpoints/mistral-7b-instruct/ON_PREMISES"));
        EXPECTED.put("DELETE /api/v1/endpoints/{model}/{deployment}", new Expected(ADMIN, Set.of(),
                f -> "/api/v1/endpoints/mistral-7b-instruct/ON_PREMISES"));
        EXPECTED.put("GET /api/v1/approvals/{id}", new Expected(READERS, REQUESTER, f -> "/api/v1/approvals/" + f.approval()));
        EXPECTED.put("POST /api/v1/approvals/{id}/revoke",
                new Expected(ADMIN, Set.of(), f -> "/api/v1/approvals/" + f.approval() + "/revoke"));
        EXPECTED.put("POST /api/v1/approvals/{id}/confirm",
                new Expected(ADMIN, Set.of(), f -> "/api/v1/approvals/" + f.approval() + "/confirm"));
        EXPECTED.put("GET /api/v1/usage-requests/{id}",
                new Expected(READERS, REQUESTER, f -> "/api/v1/usage-requests/" + f.draft()));
        EXPECTED.put("PUT /api/v1/usage-requests/{id}",
                new Expected(REQUESTER, REQUESTER, f -> "/api/v1/usage-requests/" + f.draft()));
        EXPECTED.put("POST /api/v1/usage-requests/{id}/submit",
                new Expected(REQUESTER, REQUESTER, f -> "/api/v1/usage-requests/" + f.draft() + "/submit"));
        EXPECTED.put("POST /api/v1/usage-requests/{id}/withdraw",
                new Expected(REQUESTER, REQUESTER, f -> "/api/v1/usage-requests/" + f.draft() + "/withdraw"));
        // reviewers are governance staff of every department: no department scope, by design
        EXPECTED.put("POST /api/v1/usage-requests/{id}/reviews",
                new Expected(REVIEWERS, Set.of(), f -> "/api/v1/usage-requests/" + f.inReview() + "/reviews"));
    }

    /** Valid bodies, so that a refusal is about who calls, not about what is sent. */
    static final Map<String, String> BODIES = Map.of(
            "PUT /api/v1/usage-requests/{id}", Approvals.request("gemma-2-9b", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"),
            "POST /api/v1/usage-requests", Approvals.request("gemma-2-9b", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"),
            "POST /api/v1/usage-requests/{id}/reviews", "{\"kind\": \"SECURITY\", \"outcome\": \"APPROVE\"}",
            "POST /api/v1/approvals/{id}/revoke", "{\"reason\": \"matrix\"}",
            "POST /api/v1/approvals/{id}/confirm", "{\"reason\": \"matrix\"}",
            "POST /api/v1/models/{id}/lifecycle", "{\"lifecycle\": \"DEPRECATED\"}",
            "PUT /api/v1/endpoints/{model}/{deployment}", "{\"protocol\": \"OPENAI_COMPATIBLE\", "
                    + "\"url\": \"http://vllm.internal:8000/v1\"}",
            "PUT /api/v1/departments/{department}/budgets/{month}", "{\"amount\": {\"amount\": \"5\", \"currency\": \"JPY\"}, "
                    + "\"softAlertPercent\": 50, \"hardLimit\": {\"amount\": \"6\", \"currency\": \"JPY\"}}");

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    @Test
    void every_id_bearing_operation_refuses_strangers_wrong_roles_and_other_departments() throws Exception {
        JsonNode openApi = json.readTree(RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        Fixture fixture = fixture();
        List<String> idBearing = operations(openApi, true);
        assertThat(idBearing).as("operations with a path parameter in the OpenAPI document").isNotEmpty();
        assertThat(new TreeSet<>(EXPECTED.keySet())).as("every id-bearing operation has an expectation, and only those")
                .isEqualTo(new TreeSet<>(idBearing));

        String before = fingerprint(fixture.department());
        int calls = 0;
        List<String> holes = new ArrayList<>();
        Map<Integer, Integer> denials = new java.util.TreeMap<>();
        for (String operation : idBearing) {
            Expected expected = EXPECTED.get(operation);
            String method = operation.substring(0, operation.indexOf(' '));
            String path = expected.path().apply(fixture);
            String body = BODIES.getOrDefault(operation, "{}");
            calls++;
            check(holes, denials, operation, "no token", 401, send(RestAssured.given().contentType("application/json"), method,
                    path, body));
            for (String role : ROLES) {
                if (!expected.roles().contains(role)) {
                    calls++;
                    check(holes, denials, operation, "role " + role, 403,
                            send(Api.as(Tokens.of("matrix-" + role, fixture.department(), role)), method, path, body));
                }
            }
            for (String role : expected.scoped()) {
                calls++;
                check(holes, denials, operation, role + " of another department", 404,
                        send(Api.as(Tokens.of("stranger-" + role, "other-" + fixture.department(), role)), method, path,
                                body));
            }
        }
        String after = fingerprint(fixture.department());
        System.out.printf("scenario 6 (authorization matrix): %d id-bearing operations, %d denial calls, %d denied as "
                        + "designed (%.1f %%), by status %s%s%n", idBearing.size(), calls, calls - holes.size(),
                100.0 * (calls - holes.size()) / calls, denials, holes.isEmpty() ? "" : "; holes: " + holes);
        assertThat(holes).as("calls not denied as designed").isEmpty();
        assertThat(after).as("no denied call changed anything").isEqualTo(before);
    }

    @Test
    void fields_a_caller_may_not_set_are_refused_with_400() throws Exception {
        JsonNode openApi = json.readTree(RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        Fixture fixture = fixture();
        int calls = 0;
        List<String> holes = new ArrayList<>();
        String before = fingerprint(fixture.department());
        for (String operation : operations(openApi, false)) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            JsonNode op = openApi.path("paths").path(template).path(method.toLowerCase());
            JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
            if (schema.isMissingNode() || template.startsWith("/gateway/")) {
                continue; // no body; the OpenAI-compatible gateway ignores unknown fields by design (decisions.md 14)
            }
            Set<String> declared = properties(openApi, schema);
            String path = EXPECTED.containsKey(operation) ? EXPECTED.get(operation).path().apply(fixture) : template;
            String role = role(operation);
            for (String field : READ_ONLY) {
                if (declared.contains(field)) {
                    if (!SETTABLE.contains(operation + " " + field)) {
                        holes.add(operation + " declares the read-only field '" + field + "'");
                    }
                    continue;
                }
                calls++;
                ObjectNode body = json.createObjectNode();
                body.put(field, "x");
                JsonNode valid = json.readTree(BODIES.getOrDefault(operation, "{}"));
                if (valid.isObject()) {
                    body.setAll((ObjectNode) valid);
                }
                Response response = send(Api.as(Tokens.of("matrix-writer", fixture.department(), role)), method, path,
                        body.toString());
                if (response.statusCode() != 400 || !field.equals(response.path("errors[0].field"))) {
                    holes.add(operation + " with '" + field + "' answered " + response.statusCode());
                }
            }
        }
        // a revision that tries to rename the model is refused
        calls++;
        int renamed = Api.as(Tokens.admin()).body(io.modelgate.bootstrap.testsupport.CatalogBodies.model("renamed-model"))
                .put("/api/v1/models/mistral-7b-instruct").then().extract().statusCode();
        if (renamed != 422) {
            holes.add("PUT /api/v1/models/{id} with another id answered " + renamed);
        }
        String after = fingerprint(fixture.department());
        System.out.printf("scenario 6 (read-only fields): %d calls with a field the caller may not set, %d refused with "
                + "400 (or 422 for a renaming revision)%s%n", calls, calls - holes.size(), holes.isEmpty() ? "" : "; holes: " + holes);
        assertThat(calls).isPositive();
        assertThat(holes).isEmpty();
        assertThat(after).as("no refused body changed anything").isEqualTo(before);
    }

    @Test
    void nobody_reviews_their_own_request() {
        String dept = "self-" + UUID.randomUUID().toString().substring(0, 8);
        String both = Tokens.of("sam-" + dept, dept, "requester", "security-reviewer");
        String id = Api.as(both).body(Approvals.request("gpt-4o", "VENDOR_API", "INTERNAL", "REPORT_GENERATION"))
                .post("/api/v1/usage-requests").then().statusCode(201).extract().path("id");
        List<String> required = Api.as(both).post("/api/v1/usage-requests/" + id + "/submit").then().statusCode(200)
                .extract().path("requiredReviews");
        assertThat(required).contains("SECURITY");
        int status = Api.as(both).body("{\"kind\": \"SECURITY\", \"outcome\": \"APPROVE\"}")
                .post("/api/v1/usage-requests/" + id + "/reviews").then().extract().statusCode();
        String state = Api.as(both).get("/api/v1/usage-requests/" + id).then().statusCode(200).extract().path("state");
        System.out.printf("scenario 6 (self-review): own review answered %d, request stays %s%n", status, state);
        assertThat(status).isEqualTo(403);
        assertThat(state).isEqualTo("IN_REVIEW");
    }

    /** "METHOD /path" of every operation, only those with a path parameter when {@code idBearing}. */
    private static List<String> operations(JsonNode openApi, boolean idBearing) {
        List<String> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (idBearing && !path.getKey().contains("{")) {
                continue;
            }
            for (String method : List.of("get", "put", "post", "delete", "patch")) {
                if (path.getValue().has(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    private static Set<String> properties(JsonNode openApi, JsonNode schema) {
        JsonNode resolved = schema;
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            resolved = openApi.path("components").path("schemas").path(name);
        }
        Set<String> names = new TreeSet<>();
        resolved.path("properties").fieldNames().forEachRemaining(names::add);
        for (JsonNode part : resolved.path("allOf")) {
            names.addAll(properties(openApi, part));
        }
        return names;
    }

    /** A role the operation allows, for the read-only field checks. */
    private static String role(String operation) {
        Expected expected = EXPECTED.get(operation);
        if (expected != null) {
            return expected.roles().contains("admin") && expected.roles().size() == 1 ? "admin"
                    : expected.roles().contains("requester") ? "requester" : expected.roles().iterator().next();
        }
        if (operation.startsWith("POST /api/v1/usage-requests")) {
            return "requester";
        }
        return "admin";
    }

    private static Response send(RequestSpecification request, String method, String path, String body) {
        return switch (method) {
            case "GET" -> request.get(path);
            case "DELETE" -> request.delete(path);
            case "PUT" -> request.body(body).put(path);
            case "PATCH" -> request.body(body).patch(path);
            default -> request.body(body).post(path);
        };
    }

    private static void check(List<String> holes, Map<Integer, Integer> denials, String operation, String caller,
                              int expected, Response response) {
        denials.merge(response.statusCode(), 1, Integer::sum);
        if (response.statusCode() != expected) {
            holes.add(operation + " as " + caller + ": " + response.statusCode() + " (expected " + expected + ")");
        }
    }

    private Fixture fixture() {
        String dept = "authz-" + UUID.randomUUID().toString().substring(0, 8);
        String month = YearMonth.now(ZoneId.of("Asia/Tokyo")).toString();
        Api.as(Tokens.admin()).body(BODIES.get("PUT /api/v1/departments/{department}/budgets/{month}"))
                .put("/api/v1/departments/" + dept + "/budgets/" + month).then().statusCode(201);
        String approval = Approvals.grant(dept, Approvals.request("mistral-7b-instruct", "ON_PREMISES", "INTERNAL",
                "REPORT_GENERATION"));
        String requester = Tokens.of("req-" + dept, dept, "requester");
        String draft = Api.as(requester).body(Approvals.request("gemma-2-9b", "ON_PREMISES", "INTERNAL",
                "REPORT_GENERATION")).post("/api/v1/usage-requests").then().statusCode(201).extract().path("id");
        String inReview = Api.as(requester).body(Approvals.request("gpt-4o", "VENDOR_API", "INTERNAL",
                "REPORT_GENERATION")).post("/api/v1/usage-requests").then().statusCode(201).extract().path("id");
        Api.as(requester).post("/api/v1/usage-requests/" + inReview + "/submit").then().statusCode(200);
        return new Fixture(dept, month, draft, inReview, approval);
    }

    /**
     * A digest of everything a denied call could have changed: every table but the append-only audit trail
     * and ledger (refusals are recorded there by design), the instances' heartbeats (they tick every few
     * seconds) and the budgets of departments other than the fixture's (other tests' settlements may still
     * be landing).
     */
    private String fingerprint(String department) throws SQLException {
        StringBuilder digest = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                    + "current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('audit_event', "
                    + "'usage_record', 'flyway_schema_history', 'gateway_instance', 'department_budget') ORDER BY table_name")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                        + "FROM " + table + " t")) {
                    r.next();
                    digest.append(table).append('=').append(r.getString(1)).append(' ');
                }
            }
            try (ResultSet r = s.executeQuery("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "
                    + "department_budget t WHERE department = '" + department + "'")) {
                r.next();
                digest.append("department_budget=").append(r.getString(1));
            }
        }
        return digest.toString();
    }
}
