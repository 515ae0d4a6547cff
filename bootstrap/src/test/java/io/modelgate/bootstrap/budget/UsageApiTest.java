package io.modelgate.bootstrap.budget;

import io.modelgate.application.testing.LedgerLines;
import io.modelgate.application.gateway.port.out.UsageLedger;
import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.application.shared.Transactions;
import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.department.DepartmentId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class UsageApiTest {

    static final String PROBLEM = "application/problem+json";
    static final Instant T0 = Instant.parse("2025-04-10T01:00:00Z");

    @Inject
    UsageLedger ledger;
    @Inject
    Transactions transactions;

    String dept;
    String prefix;

    /** A department with four calls in April (Tokyo time): two answered, one refused, one failed; one in May. */
    String departmentWithCalls() {
        dept = "dept-" + UUID.randomUUID().toString().substring(0, 8);
        prefix = dept + "-";
        DepartmentId id = new DepartmentId(dept);
        UUID approval = UUID.fromString("6f1c2a8e-5b0d-4a43-9d55-2f0e8a7b9c10");
        transactions.inTransaction(() -> {
            ledger.record(LedgerLines.line(prefix + "1", T0, id, "svc-report-bot", Optional.of(new ModelId("gpt-4o")),
                    Optional.of(DeploymentKind.VENDOR_API), Optional.of(new ApprovalId(approval)),
                    DataClassification.INTERNAL, 1_500, 500, true, 375_000, Currency.getInstance("JPY"), 820, 1,
                    "SUCCESS"));
            ledger.record(LedgerLines.line(prefix + "2", T0.plusSeconds(60), id, "svc-report-bot",
                    Optional.of(new ModelId("llama-3-70b-instruct")), Optional.of(DeploymentKind.ON_PREMISES),
                    Optional.empty(), DataClassification.CONFIDENTIAL, 2_000, 100, false, 1_250_000,
                    Currency.getInstance("JPY"), 2_400, 2, "SUCCESS"));
            ledger.record(LedgerLines.line(prefix + "3", T0.plusSeconds(120), id, "rei@example.com", Optional.empty(),
                    Optional.empty(), Optional.empty(), DataClassification.RESTRICTED, 0, 0, false, 0,
                    Currency.getInstance("JPY"), 4, 0, "REFUSED_NO_APPROVAL"));
            ledger.record(LedgerLines.line(prefix + "4", T0.plusSeconds(180), id, "svc-report-bot",
                    Optional.of(new ModelId("gpt-4o")), Optional.of(DeploymentKind.VENDOR_API), Optional.empty(),
                    DataClassification.INTERNAL, 1_000, 0, true, 0, Currency.getInstance("JPY"), 30_000, 3,
                    "PROVIDER_ERROR"));
            ledger.record(LedgerLines.line(prefix + "5", Instant.parse("2025-05-01T00:00:00Z"), id, "svc-report-bot",
                    Optional.of(new ModelId("gpt-4o")), Optional.of(DeploymentKind.VENDOR_API), Optional.empty(),
                    DataClassification.INTERNAL, 10, 20, true, 2_000_000, Currency.getInstance("JPY"), 100, 1,
                    "SUCCESS"));
            return null;
        });
        return dept;
    }

    @Test
    void the_ledger_lists_every_call_newest_first_with_exact_costs() {
        departmentWithCalls();
        Api.as(Tokens.auditor()).queryParam("department", dept).get("/api/v1/usage").then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("items.requestId", equalTo(List.of(prefix + "5", prefix + "4", prefix + "3", prefix + "2",
                        prefix + "1")))
                .body("items[4].occurredAt", equalTo("2025-04-10T01:00:00Z"))
                .body("items[4].department", equalTo(dept)).body("items[4].caller", equalTo("svc-report-bot"))
                .body("items[4].modelId", equalTo("gpt-4o")).body("items[4].deployment", equalTo("VENDOR_API"))
                .body("items[4].approvalId", equalTo("6f1c2a8e-5b0d-4a43-9d55-2f0e8a7b9c10"))
                .body("items[4].classification", equalTo("INTERNAL"))
                .body("items[4].inputTokens", equalTo(1_500)).body("items[4].outputTokens", equalTo(500))
                .body("items[4].usageReported", is(true))
                .body("items[4].cost.amount", equalTo("0")).body("items[4].cost.currency", equalTo("JPY"))
                .body("items[4].costExact", equalTo("0.375000"))
                .body("items[4].latencyMillis", equalTo(820)).body("items[4].attempts", equalTo(1))
                .body("items[4].outcome", equalTo("SUCCESS"))
                .body("items[3].cost.amount", equalTo("1")).body("items[3].costExact", equalTo("1.250000"))
                .body("items[2].modelId", nullValue()).body("items[2].deployment", nullValue())
                .body("items[2].outcome", equalTo("REFUSED_NO_APPROVAL"));
    }

    @Test
    void filters_combine_and_pages_carry_totals() {
        departmentWithCalls();
        Api.as(Tokens.finance()).queryParam("department", dept).queryParam("model", "gpt-4o")
                .get("/api/v1/usage").then().statusCode(200)
                .body("items.requestId", equalTo(List.of(prefix + "5", prefix + "4", prefix + "1")));
        Api.as(Tokens.admin()).queryParam("department", dept).queryParam("outcome", "SUCCESS")
                .queryParam("from", "2025-04-10T10:01:00+09:00").queryParam("to", "2025-05-01T00:00:00Z")
                .get("/api/v1/usage").then().statusCode(200)
                .body("items.requestId", equalTo(List.of(prefix + "2")));
        Api.as(Tokens.admin()).queryParam("department", dept).queryParam("page", 1).queryParam("size", 2)
                .get("/api/v1/usage").then().statusCode(200)
                .body("items.requestId", equalTo(List.of(prefix + "3", prefix + "2")))
                .body("page", equalTo(1)).body("size", equalTo(2)).body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3));
    }

    @Test
    void malformed_filters_are_refused_naming_the_parameter() {
        for (String[] bad : new String[][]{{"from", "yesterday"}, {"to", "2025-04-01"}, {"model", "GPT 4o"},
                {"department", "Sales Dept"}, {"size", "500"}}) {
            Api.as(Tokens.admin()).queryParam(bad[0], bad[1]).get("/api/v1/usage").then().statusCode(422)
                    .contentType(PROBLEM).body("errors[0].field", equalTo(bad[0]));
        }
        Api.as(Tokens.admin()).queryParam("month", "2025-4").get("/api/v1/reports/spend").then().statusCode(422)
                .body("errors[0].field", equalTo("month"));
    }

    @Test
    void the_spend_report_sums_answered_and_charged_calls_per_department_model_and_month() {
        departmentWithCalls();
        Api.as(Tokens.finance()).queryParam("department", dept).queryParam("month", "2025-04")
                .get("/api/v1/reports/spend").then().statusCode(200)
                .body("zone", equalTo("Asia/Tokyo")).body("department", equalTo(dept))
                .body("month", equalTo("2025-04"))
                .body("lines", hasSize(2))
                .body("lines[0].department", equalTo(dept)).body("lines[0].modelId", equalTo("gpt-4o"))
                .body("lines[0].month", equalTo("2025-04")).body("lines[0].calls", equalTo(1))
                .body("lines[0].inputTokens", equalTo(1_500)).body("lines[0].outputTokens", equalTo(500))
                .body("lines[0].cost.amount", equalTo("0")).body("lines[0].costExact", equalTo("0.375000"))
                .body("lines[1].modelId", equalTo("llama-3-70b-instruct")).body("lines[1].calls", equalTo(1))
                .body("lines[1].cost.amount", equalTo("1")).body("lines[1].costExact", equalTo("1.250000"));
        Api.as(Tokens.auditor()).queryParam("department", dept).get("/api/v1/reports/spend").then().statusCode(200)
                .body("month", nullValue())
                .body("lines.month", equalTo(List.of("2025-04", "2025-05", "2025-04")))
                .body("lines.modelId", equalTo(List.of("gpt-4o", "gpt-4o", "llama-3-70b-instruct")));
        Api.as(Tokens.admin()).queryParam("month", "2025-04").get("/api/v1/reports/spend").then().statusCode(200)
                .body("department", nullValue())
                .body("lines.findAll { it.department == '" + dept + "' }", hasSize(2))
                .body("lines[0].costExact", notNullValue());
    }

    @Test
    void only_admins_finance_reviewers_and_auditors_read_the_ledger_and_the_reports() {
        String ownDepartment = departmentWithCalls();
        for (String token : new String[]{Tokens.requester(ownDepartment),
                Tokens.of("sora", ownDepartment, "security-reviewer"), Tokens.legal(),
                Tokens.of("svc", ownDepartment, "gateway-client")}) {
            Api.as(token).get("/api/v1/usage").then().statusCode(403).contentType(PROBLEM);
            Api.as(token).get("/api/v1/reports/spend").then().statusCode(403).contentType(PROBLEM);
        }
        Api.anonymous().get("/api/v1/usage").then().statusCode(401);
        Api.anonymous().get("/api/v1/reports/spend").then().statusCode(401);
    }
}
