package io.modelgate.application.budget;

import io.modelgate.application.testing.LedgerLines;
import io.modelgate.application.budget.port.in.ReportSpend;
import io.modelgate.application.budget.port.in.SetBudget;
import io.modelgate.application.budget.port.in.SpendView;
import io.modelgate.application.budget.port.in.Budget;
import io.modelgate.application.budget.service.BudgetService;
import io.modelgate.application.budget.service.UsageReportService;
import io.modelgate.application.gateway.port.in.SpendLine;
import io.modelgate.application.gateway.port.in.UsageQuery;
import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.application.shared.AccessRefusedException;
import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.Audit;
import io.modelgate.application.shared.NotFoundException;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.application.shared.StaleVersionException;
import io.modelgate.application.testing.DirectTransactions;
import io.modelgate.application.testing.InMemoryAuditTrail;
import io.modelgate.application.testing.GatewayTraffic;
import io.modelgate.application.testing.InMemoryBudgets;
import io.modelgate.application.testing.InMemoryUsageLedger;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetServiceTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final Currency JPY = Currency.getInstance("JPY");
    static final DepartmentId SALES = new DepartmentId("sales");
    static final DepartmentId LEGAL = new DepartmentId("legal");
    static final YearMonth APRIL = YearMonth.of(2025, 4);
    static final long YEN = 1_000_000;
    /** 00:30 on 1 May in Tokyo, still April in UTC. */
    static final Instant NOW = Instant.parse("2025-04-30T15:30:00Z");

    final Actor admin = new Actor("ada", Set.of("admin"), Optional.empty());
    final Actor finance = new Actor("fumi", Set.of("finance-reviewer"), Optional.of("finance"));
    final Actor auditor = new Actor("aki", Set.of("auditor"), Optional.empty());
    final Actor salesRequester = new Actor("rei", Set.of("requester"), Optional.of("sales"));
    final Actor legalRequester = new Actor("lee", Set.of("requester"), Optional.of("legal"));
    final Actor securityReviewer = new Actor("sora", Set.of("security-reviewer"), Optional.of("sales"));

    final InMemoryBudgets budgets = new InMemoryBudgets();
    final InMemoryUsageLedger ledger = new InMemoryUsageLedger();
    final DirectTransactions transactions = new DirectTransactions();
    final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    final GatewayTraffic traffic = new GatewayTraffic(budgets, ledger, trail);
    final Audit audit = new Audit(trail, Clock.fixed(NOW, ZoneOffset.UTC));
    final BudgetService service = new BudgetService(budgets, ledger, transactions, audit, TOKYO, JPY);
    final UsageReportService reports = new UsageReportService(ledger, transactions, TOKYO);

    Budget set(DepartmentId department, YearMonth month, String amount, int percent, String hardLimit,
               OptionalLong version) {
        return service.set(new SetBudget.Command(admin, department, month, Money.of(amount, "JPY"), percent,
                Money.of(hardLimit, "JPY"), version));
    }

    Budget set(String amount, int percent, String hardLimit) {
        return set(SALES, APRIL, amount, percent, hardLimit, OptionalLong.empty());
    }

    UsageRecord call(String id, DepartmentId department, String model, String outcome, long costMicros) {
        return LedgerLines.line(id, Instant.parse("2025-04-10T01:00:00Z"), department, "svc",
                Optional.of(new ModelId(model)), Optional.of(DeploymentKind.VENDOR_API), Optional.empty(),
                DataClassification.INTERNAL, 100, 20, true, costMicros, JPY, 500, 1, outcome);
    }

    @Test
    void an_admin_creates_and_changes_a_budget_in_one_transaction_each_and_every_change_is_audited() {
        Budget created = set("500000", 80, "550000");
        assertThat(created.version()).isZero();
        assertThat(transactions.units()).isEqualTo(1);
        Budget changed = set(SALES, APRIL, "600000", 90, "600000", OptionalLong.of(0));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(transactions.units()).isEqualTo(2);

        assertThat(trail.events()).hasSize(2).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo("BUDGET.SET");
            assertThat(e.entityType()).isEqualTo("budget");
            assertThat(e.entityId()).isEqualTo("sales/2025-04");
            assertThat(e.actor()).isEqualTo("ada");
            assertThat(e.occurredAt()).isEqualTo(NOW);
        });
        assertThat(trail.events().get(0).summary())
                .isEqualTo("created: amount 500000 JPY, soft alert at 80 %, hard limit 550000 JPY");
        assertThat(trail.events().get(1).summary()).isEqualTo("version 0 → 1; amount 500000 JPY → 600000 JPY, "
                + "soft alert 80 % → 90 %, hard limit 550000 JPY → 600000 JPY");
    }

    @Test
    void if_match_makes_the_change_conditional() {
        set("500000", 80, "550000");
        set("500000", 80, "600000");
        assertThatThrownBy(() -> set(SALES, APRIL, "1", 80, "1", OptionalLong.of(0)))
                .isInstanceOf(StaleVersionException.class)
                .satisfies(e -> assertThat(((StaleVersionException) e).announcedByCaller()).isTrue());
        assertThatThrownBy(() -> set(SALES, APRIL.plusMonths(1), "1", 80, "1", OptionalLong.of(0)))
                .isInstanceOf(NotFoundException.class);
        assertThat(trail.events()).hasSize(2);
    }

    @Test
    void values_that_break_a_rule_are_refused_naming_the_field() {
        assertThatThrownBy(() -> set("500000", 80, "499999")).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("hardLimit");
        assertThatThrownBy(() -> set("500000", 0, "500000")).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("softAlertPercent");
        assertThatThrownBy(() -> set("-1", 80, "500000")).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("amount");
        assertThatThrownBy(() -> service.set(new SetBudget.Command(admin, SALES, APRIL, Money.of("100", "USD"), 80,
                Money.of("100", "USD"), OptionalLong.empty()))).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("amount.currency");
        set("1000", 80, "1000");
        assertThat(traffic.reserve(SALES, APRIL, 900 * YEN)).isTrue();
        assertThatThrownBy(() -> set("800", 80, "899")).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("hardLimit");
        assertThat(trail.events()).hasSize(1);
    }

    @Test
    void only_admins_set_budgets() {
        for (Actor actor : new Actor[]{finance, auditor, salesRequester}) {
            assertThatThrownBy(() -> service.set(new SetBudget.Command(actor, SALES, APRIL, Money.of("1", "JPY"), 80,
                    Money.of("1", "JPY"), OptionalLong.empty()))).isInstanceOf(AccessRefusedException.class);
        }
        assertThat(budgets.find(SALES, APRIL)).isEmpty();
    }

    @Test
    void governance_staff_read_every_department_requesters_only_their_own() {
        Budget sales = set("500000", 80, "550000");
        for (Actor reader : new Actor[]{admin, finance, auditor, salesRequester}) {
            assertThat(service.get(reader, SALES, APRIL)).isEqualTo(sales);
            assertThat(service.ofDepartment(reader, SALES)).containsExactly(sales);
            assertThat(service.view(reader, SALES, Optional.of(APRIL)).budget()).contains(sales);
        }
        for (Actor stranger : new Actor[]{legalRequester, securityReviewer,
                new Actor("nobody", Set.of("requester"), Optional.empty())}) {
            assertThatThrownBy(() -> service.get(stranger, SALES, APRIL)).isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("sales/2025-04");
            assertThatThrownBy(() -> service.ofDepartment(stranger, SALES)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.view(stranger, SALES, Optional.of(APRIL)))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> service.get(admin, LEGAL, APRIL)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_spend_view_puts_the_counters_next_to_the_ledger_and_defaults_to_the_current_month_in_the_zone() {
        YearMonth may = YearMonth.of(2025, 5);
        set(SALES, may, "1000", 80, "1200", OptionalLong.empty());
        assertThat(traffic.reserve(SALES, may, 850 * YEN)).isTrue();
        traffic.settle(SALES, may, 850 * YEN, 810 * YEN);
        assertThat(traffic.reserve(SALES, may, 100 * YEN)).isTrue();

        SpendView view = service.view(salesRequester, SALES, Optional.empty());
        assertThat(view.month()).isEqualTo(may);
        assertThat(view.zone()).isEqualTo(TOKYO);
        SpendView.Alerts alerts = view.alerts().orElseThrow();
        assertThat(alerts.softThresholdMicros()).isEqualTo(800 * YEN);
        assertThat(alerts.softThresholdReached()).isTrue();
        assertThat(alerts.softAlertedAt()).isEmpty();
        assertThat(alerts.headroomMicros()).isEqualTo(290 * YEN);
        assertThat(alerts.hardLimitReached()).isFalse();
        assertThat(view.budget().orElseThrow().remainingMicros()).isEqualTo(90 * YEN);
    }

    @Test
    void a_month_without_a_budget_shows_the_ledger_alone() {
        ledger.record(call("r1", SALES, "gpt-4o", "SUCCESS", 375_000));
        ledger.record(call("r2", LEGAL, "gpt-4o", "SUCCESS", 1));
        SpendView view = service.view(finance, SALES, Optional.of(APRIL));
        assertThat(view.budget()).isEmpty();
        assertThat(view.alerts()).isEmpty();
        assertThat(view.byModel()).containsExactly(
                new SpendLine(SALES, new ModelId("gpt-4o"), APRIL, 1, 100, 20, 375_000, JPY));
    }

    @Test
    void alerts_round_the_threshold_up_and_see_the_hard_limit_reached() {
        set("333", 80, "333");
        assertThat(traffic.reserve(SALES, APRIL, 333 * YEN)).isTrue();
        SpendView.Alerts alerts = service.view(admin, SALES, Optional.of(APRIL)).alerts().orElseThrow();
        assertThat(alerts.softThresholdMicros()).isEqualTo(266_400_000);
        assertThat(alerts.softThresholdReached()).as("reserved, not spent").isFalse();
        assertThat(alerts.headroomMicros()).isZero();
        assertThat(alerts.hardLimitReached()).isTrue();
    }

    @Test
    void the_ledger_and_the_report_are_for_admins_finance_reviewers_and_auditors() {
        ledger.record(call("r1", SALES, "gpt-4o", "SUCCESS", 375_000));
        ledger.record(call("r2", LEGAL, "llama-3-70b-instruct", "REFUSED_BUDGET_EXCEEDED", 0));
        UsageQuery everything = new UsageQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        for (Actor reader : new Actor[]{admin, finance, auditor}) {
            assertThat(reports.search(reader, everything, new PageRequest(0, 20)).totalItems()).isEqualTo(2);
            ReportSpend.SpendReport report = reports.report(reader, Optional.empty(), Optional.of(APRIL));
            assertThat(report.zone()).isEqualTo(TOKYO);
            assertThat(report.lines()).extracting(SpendLine::department).containsExactly(SALES);
        }
        for (Actor other : new Actor[]{salesRequester, securityReviewer}) {
            assertThatThrownBy(() -> reports.search(other, everything, new PageRequest(0, 20)))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> reports.report(other, Optional.of(SALES), Optional.empty()))
                    .isInstanceOf(AccessRefusedException.class);
        }
    }
}
