package io.modelgate.adapters.rest.budget;

import io.modelgate.adapters.rest.shared.MoneyDto;
import io.modelgate.application.budget.port.in.ReportSpend.SpendReport;
import io.modelgate.application.budget.port.in.SpendView;
import io.modelgate.application.budget.port.in.Budget;
import io.modelgate.application.gateway.port.in.SpendLine;
import io.modelgate.application.gateway.port.in.UsageRecord;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.classification.DataClassification;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * Budgets, spending and the usage ledger on the wire. What is spent, reserved or charged counts in
 * millionths of the currency unit; each such figure goes out twice: as money rounded half-up to the
 * currency's minor unit, and exactly, as a decimal string with six fraction digits of the major unit
 * ({@code "0.375000"} yen) in a field of the same name ending in {@code Exact}.
 */
public final class BudgetDtos {

    private static final String EXACT = "Exact amount in the same currency: a decimal string with six fraction "
            + "digits of the major unit (millionths: micro-yen for JPY)";

    private BudgetDtos() {
    }

    @Schema(name = "BudgetBody", description = "A month's budget. Spent and reserved amounts are the platform's "
            + "(sending them is refused)")
    public record BudgetBody(
            @NotNull @Valid @Schema(description = "The month's budget, in the configured budget currency")
            MoneyDto amount,
            @NotNull @Schema(description = "At this share of the amount spent, the gateway records a soft alert "
                    + "(1–100)", example = "80") Integer softAlertPercent,
            @NotNull @Valid @Schema(description = "The gateway refuses calls past it; at least the amount, and at "
                    + "least what is already spent and reserved") MoneyDto hardLimit) {
    }

    @Schema(name = "Budget", description = "A department's budget for one month and where it stands")
    public record BudgetDto(@Schema(example = "sales") String department,
                            @Schema(example = "2025-04") String month,
                            MoneyDto amount, int softAlertPercent, MoneyDto hardLimit,
                            MoneyDto spent, @Schema(description = EXACT, example = "1234.375000") String spentExact,
                            @Schema(description = "Reserved for calls in flight") MoneyDto reserved,
                            @Schema(description = EXACT, example = "3.000000") String reservedExact,
                            @Schema(description = "Amount − spent − reserved, never below zero") MoneyDto remaining,
                            @Schema(description = EXACT) String remainingExact,
                            @Schema(description = "When spending crossed the soft threshold this month, if it did")
                            Instant softAlertedAt,
                            long version) {
    }

    @Schema(name = "BudgetAlerts", description = "Spending against the thresholds")
    public record AlertsDto(
            @Schema(description = "Amount × softAlertPercent, rounded") MoneyDto softAlertThreshold,
            @Schema(description = EXACT + "; rounded up to a millionth") String softAlertThresholdExact,
            @Schema(description = "What is spent (not reserved) has reached the soft threshold")
            boolean softThresholdReached,
            @Schema(description = "When the gateway recorded the crossing, if it did") Instant softAlertedAt,
            @Schema(description = "What the gateway may still reserve: hard limit − spent − reserved") MoneyDto headroom,
            @Schema(description = EXACT) String headroomExact,
            @Schema(description = "Nothing more can be reserved: calls are refused") boolean hardLimitReached) {
    }

    @Schema(name = "SpendLine", description = "Calls of one department to one model in one month, from the ledger")
    public record SpendLineDto(@Schema(example = "sales") String department,
                               @Schema(example = "gpt-4o") String modelId,
                               @Schema(example = "2025-04") String month,
                               long calls, long inputTokens, long outputTokens, MoneyDto cost,
                               @Schema(description = EXACT, example = "0.375000") String costExact) {
    }

    @Schema(name = "SpendView", description = "A department's month: its budget and alerts (absent when no budget "
            + "is set) and the ledger's spend per model")
    public record SpendViewDto(String department, @Schema(example = "2025-04") String month,
                               @Schema(description = "Whose calendar decides the months", example = "Asia/Tokyo")
                               String zone,
                               BudgetDto budget, AlertsDto alerts, List<SpendLineDto> byModel) {
    }

    @Schema(name = "SpendReport", description = "Spend per department, model and month, from the ledger")
    public record SpendReportDto(@Schema(example = "Asia/Tokyo") String zone,
                                 @Schema(description = "The department filter, if any") String department,
                                 @Schema(description = "The month filter, if any") String month,
                                 List<SpendLineDto> lines) {
    }

    @Schema(name = "UsageRecord", description = "One gateway call, whatever its outcome")
    public record UsageRecordDto(String requestId, Instant occurredAt, String department, String caller,
                                 @Schema(description = "Absent for calls refused before a model was chosen")
                                 String modelId,
                                 DeploymentKind deployment, UUID approvalId, DataClassification classification,
                                 long inputTokens, long outputTokens,
                                 @Schema(description = "False when the provider reported no usage and the tokens "
                                         + "are the gateway's own count") boolean usageReported,
                                 MoneyDto cost, @Schema(description = EXACT, example = "0.375000") String costExact,
                                 long latencyMillis, int attempts,
                                 @Schema(example = "SUCCESS", description = "SUCCESS, PROVIDER_ERROR, CLIENT_ABORTED "
                                         + "or a refusal (REFUSED_…)") String outcome) {
    }

    static BudgetDto toDto(Budget b) {
        Currency c = b.amount().currency();
        return new BudgetDto(b.department().value(), b.month().toString(), MoneyDto.of(b.amount()),
                b.softAlertPercent(), MoneyDto.of(b.hardLimit()),
                rounded(b.spentMicros(), c), exact(b.spentMicros()),
                rounded(b.reservedMicros(), c), exact(b.reservedMicros()),
                rounded(b.remainingMicros(), c), exact(b.remainingMicros()),
                b.softAlertedAt().orElse(null), b.version());
    }

    static SpendViewDto toDto(SpendView v) {
        AlertsDto alerts = v.alerts().map(a -> {
            Currency c = v.budget().orElseThrow().amount().currency();
            return new AlertsDto(rounded(a.softThresholdMicros(), c), exact(a.softThresholdMicros()),
                    a.softThresholdReached(), a.softAlertedAt().orElse(null), rounded(a.headroomMicros(), c),
                    exact(a.headroomMicros()), a.hardLimitReached());
        }).orElse(null);
        return new SpendViewDto(v.department().value(), v.month().toString(), v.zone().getId(),
                v.budget().map(BudgetDtos::toDto).orElse(null), alerts,
                v.byModel().stream().map(BudgetDtos::toDto).toList());
    }

    static SpendReportDto toDto(SpendReport r) {
        return new SpendReportDto(r.zone().getId(), r.department().map(d -> d.value()).orElse(null),
                r.month().map(Object::toString).orElse(null), r.lines().stream().map(BudgetDtos::toDto).toList());
    }

    static SpendLineDto toDto(SpendLine l) {
        return new SpendLineDto(l.department().value(), l.model().value(), l.month().toString(), l.calls(),
                l.inputTokens(), l.outputTokens(), rounded(l.costMicros(), l.currency()), exact(l.costMicros()));
    }

    static UsageRecordDto toDto(UsageRecord r) {
        return new UsageRecordDto(r.requestId().value(), r.at(), r.department().value(), r.caller(),
                r.model().map(m -> m.value()).orElse(null), r.deployment().orElse(null),
                r.approval().map(a -> a.value()).orElse(null), r.classification(), r.inputTokens(),
                r.outputTokens(), r.usageReported(), rounded(r.costMicros(), r.currency()), exact(r.costMicros()),
                r.latencyMillis(), r.attempts(), r.outcome().word());
    }

    /** Millionths of the currency unit as money, rounded half-up to the currency's minor unit. */
    static MoneyDto rounded(long micros, Currency currency) {
        return new MoneyDto(BigDecimal.valueOf(micros, 6).setScale(currency.getDefaultFractionDigits(),
                RoundingMode.HALF_UP), currency.getCurrencyCode());
    }

    /** Millionths of the currency unit, exactly: {@code 375000} → {@code "0.375000"}. */
    static String exact(long micros) {
        return BigDecimal.valueOf(micros, 6).toPlainString();
    }
}
