package io.modelgate.bootstrap.faults;

import io.modelgate.bootstrap.testsupport.Accounts;
import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Approvals;
import io.modelgate.bootstrap.testsupport.Budgets;
import io.modelgate.bootstrap.testsupport.FaultCatalog;
import io.modelgate.bootstrap.testsupport.FaultyProvider;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault scenario 5: a provider endpoint fails (503s, or silence past its timeout) while callers keep coming.
 * Its circuit opens within 5 failures, it is probed at most once per half-open interval even with many
 * concurrent callers, calls fall back only to approved, classification-allowed models (confidential data
 * never goes to a vendor API), and no call is charged twice. The fault endpoints re-probe after 1 s.
 */
@QuarkusTest
class ProviderOutageTest {

    static final long OPEN_FOR_MILLIS = 1_000;
    static final int CALLERS = 8;
    static final long LOAD_MILLIS = 3_500;
    static final String CHAT = "{\"model\": \"%s\", \"messages\": [{\"role\": \"user\", \"content\": \"%s\"}], "
            + "\"max_tokens\": 64}";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void catalog() {
        FaultCatalog.onPremises("fault-outage");
        FaultCatalog.onPremises("fault-hang");
        FaultCatalog.onPremises("fault-backup");
        FaultCatalog.vendorApi("fault-vendor");
    }

    @Test
    void an_endpoint_answering_503_is_switched_off_probed_sparingly_and_nobody_is_charged_twice() throws Exception {
        outage("fault-outage", "outage");
    }

    @Test
    void an_endpoint_that_times_out_is_switched_off_probed_sparingly_and_nobody_is_charged_twice() throws Exception {
        outage("fault-hang", "hang");
    }

    private void outage(String failing, String behaviour) throws Exception {
        String dept = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        Budgets.set(dataSource, dept, 1_000_000);
        // the failing model may take confidential data (on premises); the fallbacks only internal data
        Approvals.grant(dept, Approvals.request(failing, "ON_PREMISES", "CONFIDENTIAL", "REPORT_GENERATION"));
        Approvals.grant(dept, Approvals.request("fault-backup", "ON_PREMISES", "INTERNAL", "REPORT_GENERATION"));
        Approvals.grant(dept, Approvals.request("fault-vendor", "VENDOR_API", "INTERNAL", "REPORT_GENERATION"));
        String token = Tokens.of("svc-" + dept, dept, "gateway-client");
        FaultyProvider stub = FaultyProvider.shared();
        int failingBefore = stub.hitCount(behaviour);
        int okBefore = stub.hitCount("ok-backup") + stub.hitCount("ok-vendor");
        Map<String, Integer> answeredBy = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        int calls = 0;

        // 1. Sequential calls preferring the failing model, until its health shows the circuit open: each falls
        //    back and is answered; the circuit must open within 5 upstream failures.
        String endpoint = failing + "/ON_PREMISES";
        int sequential = 0;
        while (!circuit(endpoint).equals("OPEN") && sequential < 10) {
            Response r = chat(token, failing, "INTERNAL", dept + "-seq-" + sequential);
            assertThat(r.statusCode()).as("call %d falls back and is answered", sequential).isEqualTo(200);
            answeredBy.merge(r.header("X-ModelGate-Model"), 1, Integer::sum);
            answered.incrementAndGet();
            sequential++;
        }
        int failuresToOpen = stub.hitCount(behaviour) - failingBefore;
        assertThat(circuit(endpoint)).as("the circuit opened").isEqualTo("OPEN");
        assertThat(failuresToOpen).as("upstream failures before the circuit opened").isBetween(1, 5);
        calls += sequential;

        // 2. Concurrent callers for several open intervals: the failing endpoint sees only single probes.
        long loadStarted = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        List<Future<Integer>> workers = new ArrayList<>();
        try {
            for (int w = 0; w < CALLERS; w++) {
                int worker = w;
                workers.add(pool.submit(() -> {
                    int n = 0;
                    while (System.nanoTime() - loadStarted < TimeUnit.MILLISECONDS.toNanos(LOAD_MILLIS)) {
                        Response r = chat(token, failing, "INTERNAL", dept + "-w" + worker + "-" + n++);
                        if (r.statusCode() == 200) {
                            answeredBy.merge(r.header("X-ModelGate-Model"), 1, Integer::sum);
                            answered.incrementAndGet();
                        } else {
                            throw new AssertionError("a concurrent call was not answered: HTTP " + r.statusCode());
                        }
                    }
                    return n;
                }));
            }
            for (Future<Integer> f : workers) {
                calls += f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;
        List<Long> hits = stub.hits(behaviour);
        List<Long> afterOpen = hits.subList(failingBefore + failuresToOpen - 1, hits.size());
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < afterOpen.size(); i++) {
            gaps.add((afterOpen.get(i) - afterOpen.get(i - 1)) / 1_000_000);
        }
        int probes = afterOpen.size() - 1;

        // 3. Confidential data with the only confidential-capable model down: refused, never sent to the vendor API.
        int vendorBefore = stub.hitCount("ok-vendor");
        int backupBefore = stub.hitCount("ok-backup");
        List<Integer> confidential = new ArrayList<>();
        for (int i = 0; i < 5; i++, calls++) {
            Response r = chat(token, "auto", "CONFIDENTIAL", dept + "-conf-" + i);
            confidential.add(r.statusCode());
        }
        int vendorHitsForConfidential = stub.hitCount("ok-vendor") - vendorBefore;
        int backupHitsForConfidential = stub.hitCount("ok-backup") - backupBefore;

        // 4. Nothing charged twice: one ledger row per call, spent = the ledger's sum, one upstream answer per 200.
        int totalCalls = calls;
        // settlement may land after the answers (asynchronously): wait for it before comparing
        Accounts.Counters counters = Accounts.await(() -> Accounts.counters(dataSource, dept),
                c -> c.reserved() == 0, 10_000);
        List<Accounts.LedgerRow> rows = Accounts.await(() -> Accounts.ledger(dataSource, dept),
                r -> r.size() >= totalCalls && r.stream().filter(x -> x.outcome().equals("SUCCESS")).count()
                        >= answered.get(), 10_000);
        long ledgerCost = rows.stream().mapToLong(Accounts.LedgerRow::costMicros).sum();
        long successRows = rows.stream().filter(r -> r.outcome().equals("SUCCESS")).count();
        int upstreamAnswers = stub.hitCount("ok-backup") + stub.hitCount("ok-vendor") - okBefore;

        System.out.printf("scenario 5 (%s): circuit open after %d upstream failures; %d concurrent callers for %d ms made "
                        + "%d calls; the failing endpoint was probed %d times, gaps between tries %s ms (interval %d ms); "
                        + "answered by %s; confidential calls %s with %d vendor-API and %d internal-only hits; ledger %d rows "
                        + "(%d SUCCESS) for %d calls, %d upstream answers, spent %d = ledger %d micro-yen, reserved %d%n",
                behaviour, failuresToOpen, CALLERS, loadMillis, totalCalls - sequential - 5, probes, gaps, OPEN_FOR_MILLIS,
                answeredBy, confidential, vendorHitsForConfidential, backupHitsForConfidential, rows.size(), successRows,
                totalCalls, upstreamAnswers, counters.spent(), ledgerCost, counters.reserved());

        assertThat(probes).as("half-open probes during %d ms", loadMillis)
                .isBetween(1, (int) (loadMillis / OPEN_FOR_MILLIS + 1));
        assertThat(gaps).as("at most one probe per half-open interval")
                .allMatch(gap -> gap >= OPEN_FOR_MILLIS - 100);
        assertThat(answeredBy.keySet()).as("fallbacks are approved models only")
                .isSubsetOf(List.of("fault-backup", "fault-vendor"));
        assertThat(confidential).as("confidential calls have no allowed fallback").allMatch(s -> s == 503);
        assertThat(vendorHitsForConfidential).as("confidential data never reached the vendor API").isZero();
        assertThat(backupHitsForConfidential).as("nor a model approved only for internal data").isZero();
        assertThat(rows).as("one ledger row per call").hasSize(totalCalls);
        assertThat(successRows).isEqualTo(answered.get());
        assertThat(upstreamAnswers).as("each answered call was served once upstream").isEqualTo(answered.get());
        assertThat(counters.reserved()).as("no reservation left open").isZero();
        assertThat(counters.spent()).as("spent equals the ledger: no double charge").isEqualTo(ledgerCost);
        assertThat(rows.stream().filter(r -> r.outcome().equals("SUCCESS")))
                .allMatch(r -> r.modelId().equals("fault-backup") || r.modelId().equals("fault-vendor"));
        assertThat(rows.stream().filter(r -> !r.outcome().equals("SUCCESS"))).allMatch(r -> r.costMicros() == 0);
    }

    /** The endpoint's circuit as the providers health group reports it. */
    private static String circuit(String endpoint) {
        return RestAssured.given().get("/q/health/group/providers").then().extract()
                .path("checks.find { it.name == 'provider-circuits' }.data['" + endpoint + "']");
    }

    private static Response chat(String token, String model, String classification, String requestId) {
        return Api.as(token).header("X-Task-Category", "REPORT_GENERATION")
                .header("X-Data-Classification", classification).header("X-Request-Id", requestId)
                .body(CHAT.formatted(model, "Summarise the quarter")).post("/gateway/v1/chat/completions");
    }
}
