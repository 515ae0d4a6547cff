package io.modelgate.adapters.rest.cost;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelgate.adapters.rest.shared.MoneyDto;
import io.modelgate.adapters.rest.shared.UseCaseDto.VolumeDto;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.cost.BreakEven;
import io.modelgate.domain.cost.CostBreakdown;
import io.modelgate.domain.cost.CostEstimate;
import io.modelgate.domain.cost.ExchangeRate;
import io.modelgate.domain.cost.SelfHostingBreakEven;
import io.modelgate.domain.cost.TcoComparison;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Cost estimates and comparisons on the wire. */
public final class CostDtos {

    private CostDtos() {
    }

    @Schema(name = "CostCandidate")
    public record CandidateDto(@NotBlank @Schema(example = "llama-3-70b-instruct") String modelId,
                               @NotNull DeploymentKind deployment) {
    }

    @Schema(name = "CostEstimateRequest")
    public record EstimateRequest(@NotBlank @Schema(example = "gpt-4o") String modelId,
                                  @NotNull DeploymentKind deployment,
                                  @NotNull @Valid VolumeDto volume,
                                  @Schema(description = "ISO 4217; the configured budget currency when absent",
                                          example = "JPY") String currency) {
    }

    @Schema(name = "CostComparisonRequest")
    public record ComparisonRequest(@NotEmpty List<@NotNull @Valid CandidateDto> candidates,
                                    @NotNull @Valid VolumeDto volume,
                                    @Schema(example = "JPY") String currency) {
    }

    @Schema(name = "ExchangeRate", description = "The configured rate used, with its date")
    public record RateDto(String from, String to, @Schema(type = org.eclipse.microprofile.openapi.annotations.enums
            .SchemaType.STRING, example = "150.00") String rate, LocalDate asOf) {
        static RateDto of(ExchangeRate r) {
            return new RateDto(r.from().getCurrencyCode(), r.to().getCurrencyCode(), r.rate().toPlainString(), r.asOf());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CostBreakdown", description = "API: tokens and their cost; self-hosted: GPUs and fixed cost")
    public record BreakdownDto(@Schema(example = "API") String kind, Long inputTokens, Long outputTokens,
                               MoneyDto inputCost, MoneyDto outputCost, Long tokens, Long tokensPerGpuMonth,
                               Long gpusNeeded, MoneyDto gpuCost, MoneyDto operationsCost) {
        static BreakdownDto of(CostBreakdown breakdown) {
            if (breakdown instanceof CostBreakdown.Api api) {
                return new BreakdownDto("API", api.inputTokens(), api.outputTokens(), MoneyDto.of(api.inputCost()),
                        MoneyDto.of(api.outputCost()), null, null, null, null, null);
            }
            CostBreakdown.SelfHosted s = (CostBreakdown.SelfHosted) breakdown;
            return new BreakdownDto("SELF_HOSTED", null, null, null, null, s.tokens(), s.tokensPerGpuMonth(),
                    s.gpusNeeded(), MoneyDto.of(s.gpuCost()), MoneyDto.of(s.operationsCost()));
        }
    }

    @Schema(name = "CostEstimate", description = "Monthly cost, exact, rounded once (HALF_UP) to the currency's "
            + "minor unit after conversion")
    public record EstimateDto(String modelId, DeploymentKind deployment, VolumeDto volume, MoneyDto monthlyCost,
                              BreakdownDto breakdown, RateDto exchangeRate, LocalDate pricingAsOf) {
        static EstimateDto of(CostEstimate e) {
            return new EstimateDto(e.model().value(), e.deployment(), VolumeDto.of(e.volume()),
                    MoneyDto.of(e.monthlyCost()), BreakdownDto.of(e.breakdown()),
                    e.exchangeRate().map(RateDto::of).orElse(null), e.pricingAsOf());
        }
    }

    @Schema(name = "BreakEven", description = "The monthly volume from which self-hosting stays cheaper than the API")
    public record BreakEvenDto(String selfHostedModel, DeploymentKind selfHostedDeployment, String apiModel,
                               @Schema(example = "AT_VOLUME") BreakEven.Kind kind, Long requestsPerMonth,
                               Long tokensPerMonth, String sentence) {
        static BreakEvenDto of(SelfHostingBreakEven b) {
            BreakEven be = b.breakEven();
            return new BreakEvenDto(b.selfHostedModel().value(), b.selfHostedDeployment(), b.apiModel().value(),
                    be.kind(), be.requestsPerMonth().isPresent() ? be.requestsPerMonth().getAsLong() : null,
                    be.tokensPerMonth().isPresent() ? be.tokensPerMonth().getAsLong() : null, be.sentence());
        }
    }

    @Schema(name = "CostComparison", description = "Candidates cheapest first, and break-even volumes")
    public record ComparisonDto(String currency, VolumeDto volume, List<EstimateDto> ranked,
                                List<BreakEvenDto> breakEvens) {
        static ComparisonDto of(TcoComparison c) {
            return new ComparisonDto(c.currency().getCurrencyCode(), VolumeDto.of(c.volume()),
                    c.ranked().stream().map(EstimateDto::of).toList(),
                    c.breakEvens().stream().map(BreakEvenDto::of).toList());
        }
    }

}
