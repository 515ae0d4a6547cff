package io.modelgate.adapters.rest.console;

import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.application.budget.port.in.FindBudgets;
import io.modelgate.application.budget.port.in.SetBudget;
import io.modelgate.application.budget.port.in.SpendView;
import io.modelgate.application.budget.port.in.ViewSpend;
import io.modelgate.application.budget.port.in.Budget;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.DomainException;
import io.modelgate.domain.shared.InvalidValueException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A department's budgets and month-to-date spend; admins set a month's budget here. */
@Path("/console/budgets")
@Produces(MediaType.TEXT_HTML)
public class BudgetPage {

    @Inject
    ConsolePage page;
    @Inject
    ViewSpend viewSpend;
    @Inject
    FindBudgets findBudgets;
    @Inject
    SetBudget setBudget;

    @Inject
    @Location("console/budgets.html")
    Template budgets;

    @GET
    @RolesAllowed({Roles.REQUESTER, Roles.FINANCE_REVIEWER, Roles.ADMIN, Roles.AUDITOR})
    public Response show(@QueryParam("department") String department) {
        return page.ok(budgetPage(chosen(department), Map.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response set(@RestForm String department, @RestForm String month, @RestForm String amount,
                        @RestForm String hardLimit, @RestForm String currency, @RestForm String softAlertPercent,
                        @RestForm String version) {
        Map<String, String> typed = Map.of("month", text(month), "amount", text(amount), "hardLimit", text(hardLimit),
                "currency", text(currency), "softAlertPercent", text(softAlertPercent));
        Optional<DepartmentId> target = Optional.empty();
        try {
            target = Optional.of(new DepartmentId(DraftForm.required(department, "department")));
            setBudget.set(new SetBudget.Command(page.actor(), target.get(), month(month),
                    money(amount, currency, "amount"), (int) DraftForm.whole(softAlertPercent, "softAlertPercent"),
                    money(hardLimit, currency, "hardLimit"), RequestPages.version(version)));
            return page.seeOther("/console/budgets?department="
                    + URLEncoder.encode(target.get().value(), StandardCharsets.UTF_8));
        } catch (DomainException e) {
            FormFailure failure = FormFailure.of(e);
            return page.status(failure.status(), budgetPage(target, typed).data("error", failure.message())
                    .data("stale", failure.stale()));
        }
    }

    private Optional<DepartmentId> chosen(String department) {
        Optional<String> asked = Optional.ofNullable(department).map(String::strip).filter(d -> !d.isEmpty());
        return asked.or(() -> page.actor().department()).map(DepartmentId::new);
    }

    private TemplateInstance budgetPage(Optional<DepartmentId> department, Map<String, String> typed) {
        Optional<SpendView> spend = department.map(d -> viewSpend.view(page.actor(), d, Optional.empty()));
        List<Budget> months = department.map(d -> findBudgets.ofDepartment(page.actor(), d)).orElse(List.of());
        Optional<Budget> current = spend.flatMap(SpendView::budget);
        return page.of(budgets).data("department", department.map(DepartmentId::value).orElse(""))
                .data("spend", spend.orElse(null)).data("budget", current.orElse(null))
                .data("alerts", spend.flatMap(SpendView::alerts).orElse(null))
                .data("months", months).data("typed", typed)
                .data("formMonth", typed.getOrDefault("month", spend.map(s -> s.month().toString()).orElse("")))
                .data("formAmount", typed.getOrDefault("amount",
                        current.map(b -> b.amount().toDecimal().toPlainString()).orElse("")))
                .data("formHardLimit", typed.getOrDefault("hardLimit",
                        current.map(b -> b.hardLimit().toDecimal().toPlainString()).orElse("")))
                .data("formCurrency", typed.getOrDefault("currency",
                        current.map(b -> b.amount().currency().getCurrencyCode()).orElse("JPY")))
                .data("formPercent", typed.getOrDefault("softAlertPercent",
                        current.map(b -> Integer.toString(b.softAlertPercent())).orElse("80")))
                .data("formVersion", current.map(b -> Long.toString(b.version())).orElse(""))
                .data("stale", false);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static YearMonth month(String raw) {
        try {
            return YearMonth.parse(DraftForm.required(raw, "month"));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("month", "must be a month such as 2026-11");
        }
    }

    private static Money money(String amount, String currency, String field) {
        String text = DraftForm.required(amount, field).replace(",", "");
        try {
            return Money.fromDecimal(new BigDecimal(text), Money.currency(DraftForm.required(currency, "currency")));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "must be an amount such as 500000 (was '" + amount.strip() + "')");
        }
    }

    /** Formatting helpers the template calls on spend lines and budgets. */
    public static String spent(Budget b) {
        return Views.micros(b.spentMicros(), b.amount().currency());
    }
}
