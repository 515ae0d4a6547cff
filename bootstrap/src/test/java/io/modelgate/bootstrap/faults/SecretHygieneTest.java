package io.modelgate.bootstrap.faults;

import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Approvals;
import io.modelgate.bootstrap.testsupport.Budgets;
import io.modelgate.bootstrap.testsupport.FaultCatalog;
import io.modelgate.bootstrap.testsupport.FaultStubResource;
import io.modelgate.bootstrap.testsupport.FaultyProvider;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault scenario 7: secret hygiene. The fault endpoints carry canary API keys; some providers echo the key
 * back in their error bodies, error types and headers, over each wire protocol and inside a stream. After
 * provider errors and the whole flow (answers, streams, refusals, the usage and audit APIs), the canary may
 * appear nowhere: not in the DEBUG log file, any response seen, /q/metrics, /q/health, or any database row.
 */
@QuarkusTest
class SecretHygieneTest {

    static final String CHAT = "{\"model\": \"%s\", \"stream\": %s, \"messages\": [{\"role\": \"user\", \"content\": "
            + "\"Quarterly summary please\"}], \"max_tokens\": 32}";
    static final List<String> ECHOING = List.of("fault-echo-openai", "fault-echo-rejected", "fault-echo-anthropic",
            "fault-echo-gemini", "fault-echo-stream");

    @Inject
    DataSource dataSource;

    final List<String> seen = new ArrayList<>();

    @Test
    void canary_provider_keys_never_leave_the_provider_call() throws Exception {
        String canary = FaultStubResource.canary();
        ECHOING.forEach(FaultCatalog::onPremises);
        FaultCatalog.onPremises("fault-backup");
        String withFallback = department(true);
        String withoutFallback = department(false);

        for (String model : ECHOING) {
            for (String dept : List.of(withFallback, withoutFallback)) {
                for (boolean stream : new boolean[]{false, true}) {
                    call(dept, model, stream);
                }
            }
        }
        // the whole flow besides: answers, streams, the model list, refusals, the ledger, the audit trail, reports
        call(withFallback, "fault-backup", false);
        call(withFallback, "fault-backup", true);
        call(withFallback, "gpt-4o", false);
        keep(Api.as(client(withFallback)).get("/gateway/v1/models"));
        keep(Api.as(Tokens.auditor()).queryParam("department", withFallback).get("/api/v1/usage"));
        keep(Api.as(Tokens.auditor()).queryParam("size", 200).get("/api/v1/audit-events"));
        keep(Api.as(Tokens.auditor()).get("/api/v1/reports/spend"));
        keep(RestAssured.given().get("/q/health"));
        keep(RestAssured.given().get("/q/health/group/providers"));
        String metrics = RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(FaultyProvider.shared().keysSeen()).as("the canary keys were really sent to the providers")
                .anyMatch(key -> key.startsWith(canary));
        String log = log();
        assertThat(log).as("the log captured the provider errors")
                .contains("Provider endpoint fault-echo-openai/ON_PREMISES failed");
        Map<String, Integer> found = new LinkedHashMap<>();
        found.put("log file", count(log, canary));
        found.put("responses (" + seen.size() + ", headers and bodies)", count(String.join("\n", seen), canary));
        found.put("/q/metrics", count(metrics, canary));
        found.putAll(database(canary));
        System.out.printf("scenario 7 (secret hygiene): canary %s…, %d distinct canary keys reached the stub; occurrences: %s%n",
                canary.substring(0, 12), FaultyProvider.shared().keysSeen().stream().filter(k -> k.startsWith(canary))
                        .count(), found);
        assertThat(found).as("occurrences of the canary key").allSatisfy((where, n) -> assertThat(n).as(where).isZero());
        // the suite runs with -Djdk.httpclient.HttpClient.log=headers,errors (bootstrap/pom.xml): switched off
        assertThat(System.getProperty("jdk.httpclient.HttpClient.log")).as("JDK client header logging").isEqualTo("errors");
        assertThat(log).contains("header logging stays off");
    }

    private String department(boolean withFallback) {
        String dept = "hygiene-" + UUID.randomUUID().toString().substring(0, 8);
        Budgets.set(dataSource, dept, 1_000_000);
        for (String model : ECHOING) {
            Approvals.grant(dept, Approvals.request(model, "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        }
        if (withFallback) {
            Approvals.grant(dept, Approvals.request("fault-backup", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        }
        return dept;
    }

    private static String client(String dept) {
        return Tokens.of("svc-" + dept, dept, "gateway-client");
    }

    private void call(String dept, String model, boolean stream) {
        keep(Api.as(client(dept)).header("X-Task-Category", "REPORT_GENERATION")
                .body(CHAT.formatted(model, stream)).post("/gateway/v1/chat/completions"));
    }

    private void keep(Response response) {
        seen.add(response.statusLine() + "\n" + response.headers() + "\n" + response.asString());
    }

    private static String log() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("modelgate-test.log")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    /** Occurrences in every row of every table, as text; the audit trail and the ledger named on their own. */
    private Map<String, Integer> database(String canary) throws SQLException {
        Map<String, Integer> found = new LinkedHashMap<>();
        int others = 0;
        int tables = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                    + "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String table : names) {
                int n = 0;
                int rows = 0;
                try (ResultSet r = s.executeQuery("SELECT t::text FROM " + table + " t")) {
                    while (r.next()) {
                        n += count(r.getString(1), canary);
                        rows++;
                    }
                }
                tables++;
                if (table.equals("audit_event") || table.equals("usage_record")) {
                    found.put(table + " (" + rows + " rows)", n);
                } else {
                    others += n;
                }
            }
        }
        found.put("other tables (" + (tables - 2) + ")", others);
        return found;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
