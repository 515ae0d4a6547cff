package io.modelgate.bootstrap.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelgate.bootstrap.hostile.ApiDocument.Operation;
import io.modelgate.bootstrap.hostile.ApiDocument.Parameter;
import io.modelgate.bootstrap.testsupport.DatabaseDigest;
import io.modelgate.bootstrap.testsupport.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12 §5: every operation of the served OpenAPI document, sent the catalogue of hostile values
 * ({@link HostileValues}) in every path, query and header parameter and every body field, whole-body
 * hostilities (not JSON, wrong shape, repeated keys, wrong content types) and hostile tokens
 * ({@link HostileTokens}). Every answer must be below 500, small, a problem (on the gateway OpenAI's
 * error shape) that names what was refused, and nothing may change in the database. Refused gateway
 * calls record a ledger row and an audit event by design: for the gateway the suite shows instead that
 * no input refused while reading it (400, 401, 415, 422) writes anything.
 */
@QuarkusTest
class HostileInputTest {

    /** "A few KiB": the largest problem body allowed. */
    static final int MAX_BODY_BYTES = 8 * 1024;

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;
    @TestHTTPResource("/")
    URI base;

    private String root;
    /** Gateway calls by their X-Request-Id, and those refused while they were read. */
    private final Map<String, String> gatewayCalls = new LinkedHashMap<>();
    private final Set<String> refusedWhileReading = new HashSet<>();

    @Test
    void no_hostile_input_gets_a_5xx_an_unbounded_answer_or_changes_anything() throws Exception {
        root = base.toString().replaceAll("/$", "");
        ApiDocument document = new ApiDocument(json.readTree(RestAssured.given().get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString()));
        HostileFixture fixture = HostileFixture.create();
        Map<String, String> excluded = Map.of("usage_record", "department = '" + fixture.gatewayDepartment() + "'",
                "audit_event", "department = '" + fixture.gatewayDepartment() + "'");
        Map<String, String> before = quiet(excluded);

        long started = System.nanoTime();
        List<String> holes = new ArrayList<>();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        List<Operation> operations = document.operations();
        for (Operation operation : operations) {
            Tally tally = new Tally();
            tallies.put(operation.toString(), tally);
            Map<String, String> beforeOperation = operation.gateway() ? null : DatabaseDigest.of(dataSource, excluded);
            Sender sender = new Sender(operation, fixture, tally, holes);
            for (Parameter parameter : operation.parameters()) {
                sendParameter(sender, parameter);
            }
            if (operation.hasBody()) {
                JsonNode base = json.readTree(fixture.body(operation.id()));
                sendFields(sender, document, operation.body(), base, new ArrayList<>());
                sendWholeBodies(sender, base);
            }
            for (HostileTokens.Token token : HostileTokens.all()) {
                sender.send("token: " + token.label(), "Authorization", fixture.validPath(operation), Map.of(),
                        Map.of("Authorization", "Bearer " + token.value()), validBody(fixture, operation), "application/json");
            }
            if (beforeOperation != null) {
                List<String> changed = DatabaseDigest.changed(beforeOperation, DatabaseDigest.of(dataSource, excluded));
                if (!changed.isEmpty()) {
                    holes.add(operation + " changed the database: " + changed);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<String> changed = DatabaseDigest.changed(before, quiet(excluded));
        List<String> recorded = settled(() -> ledgerRequestIds(fixture.gatewayDepartment()));
        recorded.stream().filter(refusedWhileReading::contains).forEach(id -> holes.add(gatewayCalls.get(id)
                + " was refused while it was read, yet it has a ledger row"));

        int total = tallies.values().stream().mapToInt(Tally::requests).sum();
        tallies.forEach((operation, tally) -> System.out.printf("hostile input: %-95s %4d requests %s%n", operation,
                tally.requests(), tally.statuses));
        System.out.printf("hostile input: %d operations, %d requests in %.1f s, %d holes; database %s; gateway: "
                        + "%d calls, %d refused while read (no ledger row), %d read and then refused by governance "
                        + "(ledger rows, by design)%n", operations.size(), total, seconds, holes.size(),
                changed.isEmpty() ? "unchanged" : "changed: " + changed, gatewayCalls.size(), refusedWhileReading.size(),
                recorded.size());
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(30);
        assertThat(holes).as("hostile requests not refused as designed").isEmpty();
        assertThat(changed).as("tables changed by hostile requests").isEmpty();
    }

    private void sendParameter(Sender sender, Parameter parameter) {
        boolean header = parameter.in().equals("header");
        List<HostileValues.Text> values = new ArrayList<>(HostileValues.forParameter(parameter.schema(), header));
        values.addAll(HostileValues.byName(parameter.name()));
        for (HostileValues.Text value : values) {
            String label = parameter.in() + " " + parameter.name() + ": " + value.label();
            String path = sender.fixture.validPath(sender.operation);
            Map<String, String> query = new LinkedHashMap<>();
            Map<String, String> headers = new LinkedHashMap<>();
            switch (parameter.in()) {
                case "path" -> path = sender.fixture.pathWith(sender.operation, parameter.name(), value.value());
                case "query" -> query.put(parameter.name(), value.value());
                default -> headers.put(parameter.name(), value.value());
            }
            sender.send(label, parameter.name(), path, query, headers, validBody(sender.fixture, sender.operation),
                    "application/json");
        }
    }

    /** Every value of the base body (and every optional field its objects leave out), replaced in turn. */
    private void sendFields(Sender sender, ApiDocument document, JsonNode schema, JsonNode node, List<Object> at) {
        if (!at.isEmpty()) {
            for (HostileValues.Json value : HostileValues.forField(schema, node)) {
                sender.sendBody(value.label(), at, value.json());
            }
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                List<Object> next = new ArrayList<>(at);
                next.add(field.getKey());
                sendFields(sender, document, document.child(schema, field.getKey()), field.getValue(), next);
            });
            schema.path("properties").fieldNames().forEachRemaining(name -> {
                if (!node.has(name)) {
                    List<Object> next = new ArrayList<>(at);
                    next.add(name);
                    for (HostileValues.Json value : HostileValues.strings()) {
                        sender.sendBody("absent field, " + value.label(), next, value.json());
                    }
                }
            });
        } else if (node.isArray() && !node.isEmpty()) {
            List<Object> next = new ArrayList<>(at);
            next.add(0);
            sendFields(sender, document, document.child(schema, 0), node.get(0), next);
        }
    }

    private void sendWholeBodies(Sender sender, JsonNode base) {
        String valid = base.toString();
        String first = base.fieldNames().hasNext() ? base.fieldNames().next() : "model";
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("empty body", "");
        bodies.put("null body", "null");
        bodies.put("array body", "[1]");
        bodies.put("not JSON", "{");
        bodies.put("nesting 200 deep", "{\"a\":".repeat(200) + "1" + "}".repeat(200));
        bodies.put("content after the body", valid + " {\"x\": 1}");
        bodies.put("unknown field", valid.replaceFirst("\\{", "{\"hostileUnknownField\": 1, "));
        bodies.put("repeated key", valid.replaceFirst("\\{", "{\"" + first + "\": " + base.get(first) + ", "));
        bodies.forEach((label, body) -> sender.send("body: " + label, "body", sender.fixture.validPath(sender.operation),
                Map.of(), Map.of(), body, "application/json"));
        for (String type : List.of("text/plain", "application/xml", "", ";;;", "application/json; charset=nope")) {
            sender.send("content type '" + type + "'", "Content-Type", sender.fixture.validPath(sender.operation),
                    Map.of(), Map.of(), valid, type);
        }
    }

    private static String validBody(HostileFixture fixture, Operation operation) {
        return operation.hasBody() ? fixture.body(operation.id()) : null;
    }

    private List<String> ledgerRequestIds(String department) throws java.sql.SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT request_id FROM usage_record WHERE department = '" + department + "'")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    /** Waits until nothing else is still writing (settlements of earlier tests), then takes the digest. */
    private Map<String, String> quiet(Map<String, String> excluded) {
        return settled(() -> DatabaseDigest.of(dataSource, excluded));
    }

    /** The value once two readings half a second apart agree: the settlement writer has caught up. */
    private static <T> T settled(java.util.concurrent.Callable<T> reading) {
        List<T> last = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            T now = reading.call();
            boolean stable = !last.isEmpty() && last.get(0).equals(now);
            last.clear();
            last.add(now);
            return stable;
        });
        return last.get(0);
    }

    private static final class Tally {
        final Map<Integer, Integer> statuses = new TreeMap<>();

        int requests() {
            return statuses.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Sends one hostile request and checks its answer; counts what came back. */
    private final class Sender {
        final Operation operation;
        final HostileFixture fixture;
        final Tally tally;
        final List<String> holes;

        Sender(Operation operation, HostileFixture fixture, Tally tally, List<String> holes) {
            this.operation = operation;
            this.fixture = fixture;
            this.tally = tally;
            this.holes = holes;
        }

        void sendBody(String label, List<Object> at, String rawValue) {
            String body = HostileBodies.replace(json, fixture.body(operation.id()), at, rawValue);
            send("body " + HostileBodies.path(at) + ": " + label, HostileBodies.path(at),
                    fixture.validPath(operation), Map.of(), Map.of(), body, "application/json");
        }

        void send(String label, String field, String path, Map<String, String> query, Map<String, String> headers,
                  String body, String contentType) {
            StringBuilder url = new StringBuilder(root).append(path);
            query.forEach((name, value) -> url.append(url.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                    .append(value));
            Map<String, String> sent = new LinkedHashMap<>();
            boolean hostileToken = headers.containsKey("Authorization");
            if (!hostileToken) {
                sent.put("Authorization", "Bearer " + fixture.token(operation));
            }
            sent.putAll(headers);
            String requestId = null;
            if (operation.gateway() && !headers.containsKey("X-Request-Id")) {
                requestId = fixture.gatewayDepartment() + "-" + gatewayCalls.size();
                sent.put("X-Request-Id", requestId);
            }
            if (body != null) {
                sent.put("Content-Type", contentType);
            }
            RawHttp.Answer answer;
            try {
                answer = RawHttp.send(operation.method().toUpperCase(), URI.create(url.toString()), sent,
                        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                holes.add(operation + " " + label + ": no answer (" + e + ")");
                return;
            }
            tally.statuses.merge(answer.status(), 1, Integer::sum);
            String problem = HostileAnswers.check(json, operation, label, field, hostileToken, answer, MAX_BODY_BYTES);
            if (problem != null) {
                holes.add(problem);
            }
            if (requestId != null) {
                gatewayCalls.put(requestId, operation + " " + label + ": " + answer.status());
                if (HostileAnswers.refusedWhileReading(answer.status())) {
                    refusedWhileReading.add(requestId);
                }
            }
        }

    }
}
