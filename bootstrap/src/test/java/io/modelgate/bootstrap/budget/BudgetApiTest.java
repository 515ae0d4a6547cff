package io.modelgate.bootstrap.budget;

import io.modelgate.application.testing.LedgerLines;
import io.modelgate.application.budget.port.out.Budgets;
import io.modelgate.application.gateway.port.out.UsageLedger;
import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.application.shared.Transactions;
import io.modelgate.application.gateway.port.out.CallReservations;
import io.modelgate.bootstrap.testsupport.Api;
import io.modelgate.bootstrap.testsupport.GatewayCounters;
import io.modelgate.bootstrap.testsupport.Tokens;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.department.DepartmentId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class BudgetApiTest {

    static final String PROBLEM = "application/problem+json";
    static final long YEN = 1_000_000;
    static final YearMonth APRIL = YearMonth.of(2025, 4);

    @Inject
    Budgets budgets;
    @Inject
    UsageLedger ledger;
    @Inject
    Transactions transactions;
    @Inject
    CallReservations reservations;
    @Inject
    DataSource dataSource;

    static String department() {
        return "dept-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String body(String amount, int percent, String hardLimit) {
        return """
                {"amount": {"amount": "%s", "currency": "JPY"}, "softAlertPercent": %d,
                 "hardLimit": {"amount": "%s", "currency": "JPY"}}""".formatted(amount, percent, hardLimit);
    }

    static String path(String department, String month) {
        return "/api/v1/departments/" + department + "/budgets/" + month;
    }

    void put(String department, String month, String body) {
        Api.as(Tokens.admin()).body(body).put(path(department, month)).then().statusCode(201);
    }

    void inTransaction(Runnable work) {
        transactions.inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Test
    void an_admin_sets_a_budget_and_the_department_and_the_governance_staff_read_it() {
        String dept = department();
        Api.as(Tokens.admin()).body(body("500000", 80, "550000")).put(path(dept, "2025-04")).then()
                .statusCode(201)
                .header("Location", endsWith(path(dept, "2025-04")))
                .header("ETag", equalTo("\"0\""))
                .body("department", equalTo(dept)).body("month", equalTo("2025-04"))
                .body("amount.amount", equalTo("500000")).body("amount.currency", equalTo("JPY"))
                .body("softAlertPercent", equalTo(80))
                .body("hardLimit.amount", equalTo("550000"))
                .body("spent.amount", equalTo("0")).body("spentExact", equalTo("0.000000"))
                .body("reserved.amount", equalTo("0")).body("remaining.amount", equalTo("500000"))
                .body("remainingExact", equalTo("500000.000000"))
                .body("softAlertedAt", nullValue()).body("version", equalTo(0));

        for (String reader : new String[]{Tokens.requester(dept), Tokens.finance(), Tokens.auditor(), Tokens.admin()}) {
            Api.as(reader).get(path(dept, "2025-04")).then().statusCode(200).header("ETag", equalTo("\"0\""))
                    .body("amount.amount", equalTo("500000"));
        }
        Api.as(Tokens.requester(dept)).get("/api/v1/departments/" + dept + "/budgets").then().statusCode(200)
                .body("month", equalTo(List.of("2025-04")));

        Api.as(Tokens.admin()).header("If-Match", "\"0\"").body(body("600000", 90, "600000"))
                .put(path(dept, "2025-04")).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("amount.amount", equalTo("600000")).body("softAlertPercent", equalTo(90));

        Api.as(Tokens.auditor()).queryParam("entityType", "budget").queryParam("entityId", dept + "/2025-04")
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("BUDGET.SET", "BUDGET.SET")))
                .body("items[0].summary", containsString("amount 500000 JPY → 600000 JPY"))
                .body("items[1].summary", containsString("created"));
    }

    @Test
    void requesters_see_only_their_department_and_only_admins_set_budgets() {
        String dept = department();
        put(dept, "2025-04", body("500000", 80, "550000"));
        String otherRequester = Tokens.requester(department());

        Api.as(otherRequester).get(path(dept, "2025-04")).then().statusCode(404).contentType(PROBLEM)
                .body("code", equalTo("BUDGET.NOT_FOUND"));
        Api.as(otherRequester).get("/api/v1/departments/" + dept + "/budgets").then().statusCode(404);
        Api.as(otherRequester).get("/api/v1/departments/" + dept + "/spend").then().statusCode(404);
        Api.as(Tokens.of("no-dept", null, "requester")).get(path(dept, "2025-04")).then().statusCode(404);

        for (String writer : new String[]{Tokens.requester(dept), Tokens.finance(), Tokens.auditor()}) {
            Api.as(writer).body(body("1", 80, "1")).put(path(dept, "2025-04")).then().statusCode(403)
                    .contentType(PROBLEM);
        }
        for (String stranger : new String[]{Tokens.of("sora", dept, "security-reviewer"),
                Tokens.of("svc", dept, "gateway-client")}) {
            Api.as(stranger).get(path(dept, "2025-04")).then().statusCode(403);
            Api.as(stranger).get("/api/v1/departments/" + dept + "/spend").then().statusCode(403);
        }
        Api.anonymous().get(path(dept, "2025-04")).then().statusCode(401);
        Api.as(Tokens.requester(dept)).get(path(dept, "2025-04")).then().statusCode(200)
                .body("amount.amount", equalTo("500000"));
    }

    @Test
    void malformed_paths_answer_404_and_values_that_break_a_rule_422() {
        String dept = department();
        Api.as(Tokens.admin()).get(path(dept, "2025-04")).then().statusCode(404).body("code", equalTo("BUDGET.NOT_FOUND"));
        for (String month : new String[]{"2025-13", "2025-4", "april", "0000-01"}) {
            Api.as(Tokens.admin()).get(path(dept, month)).then().statusCode(404);
            Api.as(Tokens.admin()).body(body("1", 80, "1")).put(path(dept, month)).then().statusCode(404);
        }
        Api.as(Tokens.admin()).body(body("1", 80, "1")).put(path("Not_A_Slug", "2025-04")).then().statusCode(404);

        Api.as(Tokens.admin()).body(body("500000", 80, "499999")).put(path(dept, "2025-04")).then()
                .statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("hardLimit"));
        for (int percent : new int[]{0, 101}) {
            Api.as(Tokens.admin()).body(body("500000", percent, "500000")).put(path(dept, "2025-04")).then()
                    .statusCode(422).body("errors[0].field", equalTo("softAlertPercent"));
        }
        Api.as(Tokens.admin()).body(body("-1", 80, "0")).put(path(dept, "2025-04")).then()
                .statusCode(422).body("errors[0].field", equalTo("amount"));
        Api.as(Tokens.admin()).body(body("1.5", 80, "2")).put(path(dept, "2025-04")).then()
                .statusCode(422).body("errors[0].field", equalTo("amount.amount"));
        Api.as(Tokens.admin()).body(body("1", 80, "2").replace("JPY\"}}", "XXX\"}}")).put(path(dept, "2025-04"))
                .then().statusCode(422).body("errors[0].field", equalTo("hardLimit.currency"));
        Api.as(Tokens.admin()).body(body("100", 80, "100").replace("JPY", "USD")).put(path(dept, "2025-04")).then()
                .statusCode(422).body("errors[0].field", equalTo("amount.currency"));
        Api.as(Tokens.admin()).body("{\"amount\": {\"amount\": \"1\", \"currency\": \"JPY\"}, "
                        + "\"hardLimit\": {\"amount\": \"1\", \"currency\": \"JPY\"}}").put(path(dept, "2025-04"))
                .then().statusCode(400).body("code", equalTo("REQUEST.INVALID"))
                .body("errors.field", hasItem("softAlertPercent"));
        Api.as(Tokens.admin()).body(body("1", 80, "1").replaceFirst("\\{", "{\"spent\": {\"amount\": \"0\", "
                + "\"currency\": \"JPY\"}, ")).put(path(dept, "2025-04")).then()
                .statusCode(400).body("code", equalTo("REQUEST.UNKNOWN_FIELD"));
        // nothing of this was stored
        Api.as(Tokens.admin()).get("/api/v1/departments/" + dept + "/budgets").then().statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void if_match_makes_the_change_conditional() {
        String dept = department();
        Api.as(Tokens.admin()).header("If-Match", "\"0\"").body(body("1000", 80, "1000")).put(path(dept, "2025-04"))
                .then().statusCode(404);
        put(dept, "2025-04", body("1000", 80, "1000"));
        Api.as(Tokens.admin()).header("If-Match", "\"0\"").body(body("2000", 80, "2000")).put(path(dept, "2025-04"))
                .then().statusCode(200);
        Api.as(Tokens.admin()).header("If-Match", "\"0\"").body(body("3000", 80, "3000")).put(path(dept, "2025-04"))
                .then().statusCode(412).contentType(PROBLEM).body("code", equalTo("VERSION.STALE"));
        Api.as(Tokens.admin()).body(body("3000", 80, "3000")).put(path(dept, "2025-04")).then().statusCode(200)
                .header("ETag", equalTo("\"2\""));
    }

    @Test
    void a_hard_limit_below_what_is_already_spent_and_reserved_is_refused() {
        String dept = department();
        DepartmentId id = new DepartmentId(dept);
        put(dept, "2025-04", body("1000", 80, "1000"));
        GatewayCounters counters = new GatewayCounters(reservations, dataSource);
        assertThat(counters.reserve(id, APRIL, 600 * YEN)).isTrue();
        counters.settle(id, APRIL, 600 * YEN, 500 * YEN);
        assertThat(counters.reserve(id, APRIL, 300 * YEN)).isTrue();
        Api.as(Tokens.admin()).body(body("700", 80, "799")).put(path(dept, "2025-04")).then()
                .statusCode(422).body("errors[0].field", equalTo("hardLimit"))
                .body("detail", containsString("800.000000 JPY"));
        Api.as(Tokens.admin()).body(body("700", 80, "800")).put(path(dept, "2025-04")).then()
                .statusCode(200).body("spent.amount", equalTo("500")).body("reserved.amount", equalTo("300"))
                .body("remaining.amount", equalTo("0")).body("hardLimit.amount", equalTo("800"));
    }

    @Test
    void the_spend_view_shows_counters_alerts_and_the_ledger_per_model() {
        String dept = department();
        DepartmentId id = new DepartmentId(dept);
        put(dept, "2025-04", body("1000", 80, "1200"));
        Instant alertedAt = Instant.parse("2025-04-20T01:02:03.456789Z");
        GatewayCounters counters = new GatewayCounters(reservations, dataSource);
        assertThat(counters.reserve(id, APRIL, 850 * YEN)).isTrue();
        counters.settle(id, APRIL, 850 * YEN, 810_375_000, alertedAt);
        assertThat(counters.reserve(id, APRIL, 100 * YEN)).isTrue();
        inTransaction(() -> {
            ledger.record(call(dept, "gpt-4o", "SUCCESS", 810_000_000, Instant.parse("2025-04-10T01:00:00Z")));
            ledger.record(call(dept, "gpt-4o", "SUCCESS", 375_000, Instant.parse("2025-04-11T01:00:00Z")));
            ledger.record(call(dept, "gpt-4o", "PROVIDER_ERROR", 0, Instant.parse("2025-04-12T01:00:00Z")));
            // 00:30 on 1 May in Tokyo: May's, not April's
            ledger.record(call(dept, "gpt-4o", "SUCCESS", 5 * YEN, Instant.parse("2025-04-30T15:30:00Z")));
        });

        Api.as(Tokens.requester(dept)).queryParam("month", "2025-04").get("/api/v1/departments/" + dept + "/spend")
                .then().statusCode(200)
                .body("department", equalTo(dept)).body("month", equalTo("2025-04"))
                .body("zone", equalTo("Asia/Tokyo"))
                .body("budget.spent.amount", equalTo("810")).body("budget.spentExact", equalTo("810.375000"))
                .body("budget.reserved.amount", equalTo("100")).body("budget.reservedExact", equalTo("100.000000"))
                .body("budget.remaining.amount", equalTo("90")).body("budget.remainingExact", equalTo("89.625000"))
                .body("alerts.softAlertThreshold.amount", equalTo("800"))
                .body("alerts.softAlertThresholdExact", equalTo("800.000000"))
                .body("alerts.softThresholdReached", is(true))
                .body("alerts.softAlertedAt", equalTo("2025-04-20T01:02:03.456789Z"))
                .body("alerts.headroom.amount", equalTo("290")).body("alerts.headroomExact", equalTo("289.625000"))
                .body("alerts.hardLimitReached", is(false))
                .body("byModel", hasSize(1))
                .body("byModel[0].modelId", equalTo("gpt-4o")).body("byModel[0].calls", equalTo(2))
                .body("byModel[0].inputTokens", equalTo(2_000)).body("byModel[0].outputTokens", equalTo(400))
                .body("byModel[0].cost.amount", equalTo("810")).body("byModel[0].cost.currency", equalTo("JPY"))
                .body("byModel[0].costExact", equalTo("810.375000"));

        Api.as(Tokens.finance()).queryParam("month", "2025-05").get("/api/v1/departments/" + dept + "/spend")
                .then().statusCode(200).body("budget", nullValue()).body("alerts", nullValue())
                .body("byModel[0].costExact", equalTo("5.000000"));
        Api.as(Tokens.admin()).get("/api/v1/departments/" + dept + "/spend").then().statusCode(200)
                .body("month", equalTo(YearMonth.now(ZoneId.of("Asia/Tokyo")).toString()));
        Api.as(Tokens.admin()).queryParam("month", "2025-4").get("/api/v1/departments/" + dept + "/spend").then()
                .statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("month"));
        Api.as(Tokens.requester(dept)).get(path(dept, "2025-04")).then().statusCode(200)
                .body("softAlertedAt", notNullValue());
    }

    @Test
    void the_openapi_document_describes_budgets_spend_usage_and_reports() {
        io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/departments/{department}/budgets/{month}"))
                .body("paths", hasKey("/api/v1/departments/{department}/budgets"))
                .body("paths", hasKey("/api/v1/departments/{department}/spend"))
                .body("paths", hasKey("/api/v1/usage"))
                .body("paths", hasKey("/api/v1/reports/spend"))
                .body("paths.'/api/v1/departments/{department}/budgets/{month}'.put.responses", hasKey("412"))
                .body("components.schemas", hasKey("BudgetBody"))
                .body("components.schemas", hasKey("SpendView"))
                .body("components.schemas", hasKey("UsageRecord"))
                .body("components.schemas", hasKey("SpendReport"));
    }

    static UsageRecord call(String department, String model, String outcome, long costMicros, Instant at) {
        return LedgerLines.line(UUID.randomUUID().toString(), at, new DepartmentId(department), "svc-report-bot",
                Optional.of(new ModelId(model)), Optional.of(DeploymentKind.VENDOR_API), Optional.empty(),
                DataClassification.INTERNAL, 1_000, 200, true, costMicros, Currency.getInstance("JPY"), 900, 1,
                outcome);
    }
}
