package io.modelgate.adapters.rest.catalog;

import io.modelgate.adapters.rest.shared.MoneyDto;
import io.modelgate.adapters.rest.shared.Params;
import io.modelgate.domain.catalog.ApiPricing;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.ModelSpec;
import io.modelgate.domain.catalog.QualityTier;
import io.modelgate.domain.catalog.SelfHostedPricing;
import io.modelgate.domain.catalog.SourceKind;
import io.modelgate.domain.catalog.VendorTerms;
import io.modelgate.domain.license.CommercialUse;
import io.modelgate.domain.license.License;
import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.license.LicenseTerm;
import io.modelgate.domain.license.LicenseTerms;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/** The catalog's request and response bodies, and their explicit translation to and from the domain. */
public final class CatalogDtos {

    private CatalogDtos() {
    }

    @Schema(name = "VendorTerms", description = "What a vendor API promises about the data it receives")
    public record VendorTermsDto(
            @NotNull @Schema(example = "30", description = "0 means zero data retention") Integer dataRetentionDays,
            @NotBlank @Schema(example = "US", description = "ISO 3166 alpha-2 country code, or GLOBAL") String processingRegion,
            @NotNull @Schema(example = "false") Boolean trainsOnCustomerData) {
    }

    @Schema(name = "ApiPricing", description = "Per-token prices of a vendor API, per one million tokens")
    public record ApiPricingDto(@NotNull @Valid MoneyDto inputPerMillionTokens,
                                @NotNull @Valid MoneyDto outputPerMillionTokens,
                                @NotNull @Schema(example = "2024-10-01") LocalDate asOf) {
    }

    @Schema(name = "SelfHostedPricing", description = "Monthly GPU cost, GPU capacity and fixed operations cost")
    public record SelfHostedPricingDto(@NotNull @Valid MoneyDto gpuMonthlyCost,
                                       @NotNull @Schema(example = "2000000000") Long tokensPerGpuMonth,
                                       @NotNull @Valid MoneyDto fixedMonthlyOperationsCost,
                                       @NotNull @Schema(example = "2024-10-01") LocalDate asOf) {
    }

    @Schema(name = "Deployment", description = "One way the model can run: VENDOR_API needs vendorTerms and "
            + "apiPricing; PRIVATE_CLOUD and ON_PREMISES need selfHostedPricing")
    public record DeploymentDto(@NotNull DeploymentKind kind, @Valid VendorTermsDto vendorTerms,
                                @Valid ApiPricingDto apiPricing, @Valid SelfHostedPricingDto selfHostedPricing) {
    }

    @Schema(name = "ModelRequest", description = "A model as an admin describes it. POST needs the id; "
            + "PUT takes it from the path (the body may repeat it, unchanged)")
    public record ModelRequest(
            @Schema(example = "gpt-4o") String id,
            @NotBlank @Schema(example = "GPT-4o") String name,
            @NotBlank @Schema(example = "OpenAI") String provider,
            @NotNull SourceKind sourceKind,
            @NotBlank @Schema(example = "openai-terms") String licenseId,
            @Schema(description = "The model this one derives from", example = "llama-3-8b-instruct") String baseModel,
            @NotEmpty List<@NotNull @Valid DeploymentDto> deployments,
            @NotNull @Schema(example = "128000") Integer contextWindowTokens,
            Set<String> strengths,
            Map<String, BigDecimal> benchmarkScores,
            @NotNull QualityTier qualityTier) {
    }

    @Schema(name = "Model", description = "A catalog entry")
    public record ModelResponse(String id, String name, String provider, SourceKind sourceKind, String licenseId,
                                String baseModel, List<DeploymentDto> deployments, int contextWindowTokens,
                                Set<String> strengths, Map<String, BigDecimal> benchmarkScores,
                                QualityTier qualityTier, Lifecycle lifecycle,
                                @Schema(description = "Optimistic-locking version; also the ETag") long version) {
    }

    @Schema(name = "LifecycleChange", description = "Moves a model forward: ACTIVE → DEPRECATED → RETIRED")
    public record LifecycleChangeRequest(@NotNull Lifecycle target,
                                         @Schema(example = "Superseded by gpt-4o-2024-08-06") String reason) {
    }

    @Schema(name = "LicenseTerms", description = "A license's terms, structured so rules can evaluate them")
    public record LicenseTermsDto(
            @NotNull CommercialUse commercialUse,
            @Schema(example = "700000000") Long monthlyActiveUserCap,
            @NotNull Boolean attributionRequired,
            @Schema(example = "Built with Meta Llama 3") String attributionNotice,
            @NotNull Boolean copyrightNoticeRequired,
            @NotNull Boolean licenseTextWithRedistribution,
            @NotNull Boolean noticeFileWithRedistribution,
            @Schema(example = "Llama 3") String derivativeNamePrefix,
            @Schema(example = "https://llama.meta.com/llama3/use-policy") String acceptableUsePolicyUrl,
            @NotNull Boolean useRestrictionsPassThrough,
            @NotNull Boolean redistributionAllowed,
            @NotNull Boolean shareAlike,
            @NotNull Boolean outputsMayImproveOtherModels,
            @Schema(description = "The clause that states each term", propertyNames = LicenseTerm.class)
            Map<LicenseTerm, String> clauses) {
    }

    @Schema(name = "LicenseRequest", description = "A license as an admin describes it. POST needs the id; "
            + "PUT takes it from the path")
    public record LicenseRequest(@Schema(example = "apache-2.0") String id,
                                 @NotBlank @Schema(example = "Apache License 2.0") String name,
                                 @Schema(example = "Apache-2.0") String spdxId,
                                 @NotBlank @Schema(example = "https://www.apache.org/licenses/LICENSE-2.0") String textUrl,
                                 @NotBlank String summary,
                                 @NotNull @Valid LicenseTermsDto terms) {
    }

    @Schema(name = "License", description = "A license with its structured terms")
    public record LicenseResponse(String id, String name, String spdxId, String textUrl, String summary,
                                  LicenseTermsDto terms, long version) {
    }

    static ModelSpec toSpec(ModelRequest r) {
        List<Deployment> deployments = new ArrayList<>();
        for (int i = 0; i < r.deployments().size(); i++) {
            deployments.add(toDomain(r.deployments().get(i), "deployments[" + i + "]"));
        }
        return new ModelSpec(r.name(), r.provider(), r.sourceKind(), new LicenseId(r.licenseId()),
                Optional.ofNullable(r.baseModel()).map(b -> Params.field("baseModel", () -> new ModelId(b))),
                deployments, r.contextWindowTokens(), r.strengths() == null ? Set.of() : r.strengths(),
                r.benchmarkScores() == null ? Map.of() : r.benchmarkScores(), r.qualityTier());
    }

    /** One deployment; a refusal names its place in the body: {@code deployments[1].apiPricing.asOf}. */
    private static Deployment toDomain(DeploymentDto d, String at) {
        if (d.kind() == DeploymentKind.VENDOR_API) {
            if (d.vendorTerms() == null) {
                throw new InvalidValueException(at + ".vendorTerms", "are required for a VENDOR_API deployment");
            }
            if (d.apiPricing() == null || d.selfHostedPricing() != null) {
                throw new InvalidValueException(at + ".apiPricing",
                        "a VENDOR_API deployment is priced per token: give apiPricing only");
            }
            VendorTermsDto t = d.vendorTerms();
            ApiPricingDto p = d.apiPricing();
            String pricing = at + ".apiPricing";
            return Deployment.vendorApi(Params.within(at, () -> new VendorTerms(t.dataRetentionDays(),
                            t.processingRegion(), t.trainsOnCustomerData())),
                    priced(pricing, () -> new ApiPricing(
                            money(p.inputPerMillionTokens(), pricing + ".inputPerMillionTokens"),
                            money(p.outputPerMillionTokens(), pricing + ".outputPerMillionTokens"), p.asOf())));
        }
        if (d.vendorTerms() != null) {
            throw new InvalidValueException(at + ".vendorTerms", "apply to VENDOR_API deployments only");
        }
        if (d.selfHostedPricing() == null || d.apiPricing() != null) {
            throw new InvalidValueException(at + ".selfHostedPricing",
                    "a " + d.kind() + " deployment is priced per GPU: give selfHostedPricing only");
        }
        SelfHostedPricingDto p = d.selfHostedPricing();
        String pricing = at + ".selfHostedPricing";
        return Deployment.selfHosted(d.kind(), priced(pricing, () -> new SelfHostedPricing(
                money(p.gpuMonthlyCost(), pricing + ".gpuMonthlyCost"), p.tokensPerGpuMonth(),
                money(p.fixedMonthlyOperationsCost(), pricing + ".fixedMonthlyOperationsCost"), p.asOf())));
    }

    private static Money money(MoneyDto money, String at) {
        return Params.within(at, money::toDomain);
    }

    /** The domain names a price {@code pricing.gpuMonthlyCost}; the body has it under {@code …selfHostedPricing}. */
    private static <T> T priced(String at, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidValueException e) {
            if (e.field().startsWith(at)) {
                throw e; // an amount, already named from the body's root
            }
            String field = e.field().startsWith("pricing.") ? e.field().substring("pricing.".length()) : e.field();
            throw new InvalidValueException(at + "." + field, e.reason());
        }
    }

    static ModelResponse toDto(Model model) {
        ModelSpec s = model.spec();
        return new ModelResponse(model.id().value(), s.name(), s.provider(), s.sourceKind(), s.licenseId().value(),
                s.baseModel().map(ModelId::value).orElse(null), s.deployments().stream().map(CatalogDtos::toDto).toList(),
                s.contextWindowTokens(), s.strengths(), s.benchmarkScores(), s.qualityTier(), model.lifecycle(),
                model.version());
    }

    private static DeploymentDto toDto(Deployment d) {
        VendorTermsDto terms = d.vendorTerms()
                .map(t -> new VendorTermsDto(t.dataRetentionDays(), t.processingRegion(), t.trainsOnCustomerData()))
                .orElse(null);
        if (d.pricing() instanceof ApiPricing p) {
            return new DeploymentDto(d.kind(), terms, new ApiPricingDto(MoneyDto.of(p.inputPerMillionTokens()),
                    MoneyDto.of(p.outputPerMillionTokens()), p.asOf()), null);
        }
        SelfHostedPricing p = (SelfHostedPricing) d.pricing();
        return new DeploymentDto(d.kind(), terms, null, new SelfHostedPricingDto(MoneyDto.of(p.gpuMonthlyCost()),
                p.tokensPerGpuMonth(), MoneyDto.of(p.fixedMonthlyOperationsCost()), p.asOf()));
    }

    static License toDomain(LicenseId id, LicenseRequest r) {
        LicenseTermsDto t = r.terms();
        Map<LicenseTerm, String> clauses = new EnumMap<>(LicenseTerm.class);
        if (t.clauses() != null) {
            clauses.putAll(t.clauses());
        }
        LicenseTerms terms = new LicenseTerms(t.commercialUse(),
                t.monthlyActiveUserCap() == null ? OptionalLong.empty() : OptionalLong.of(t.monthlyActiveUserCap()),
                t.attributionRequired(), Optional.ofNullable(t.attributionNotice()), t.copyrightNoticeRequired(),
                t.licenseTextWithRedistribution(), t.noticeFileWithRedistribution(),
                Optional.ofNullable(t.derivativeNamePrefix()), Optional.ofNullable(t.acceptableUsePolicyUrl()),
                t.useRestrictionsPassThrough(), t.redistributionAllowed(), t.shareAlike(),
                t.outputsMayImproveOtherModels(), clauses);
        return new License(id, r.name(), Optional.ofNullable(r.spdxId()), r.textUrl(), r.summary(), terms, 0);
    }

    static LicenseResponse toDto(License l) {
        LicenseTerms t = l.terms();
        LicenseTermsDto terms = new LicenseTermsDto(t.commercialUse(),
                t.monthlyActiveUserCap().isPresent() ? t.monthlyActiveUserCap().getAsLong() : null,
                t.attributionRequired(), t.attributionNotice().orElse(null), t.copyrightNoticeRequired(),
                t.licenseTextWithRedistribution(), t.noticeFileWithRedistribution(),
                t.derivativeNamePrefix().orElse(null), t.acceptableUsePolicyUrl().orElse(null),
                t.useRestrictionsPassThrough(), t.redistributionAllowed(), t.shareAlike(),
                t.outputsMayImproveOtherModels(), t.clauses());
        return new LicenseResponse(l.id().value(), l.name(), l.spdxId().orElse(null), l.textUrl(), l.summary(), terms,
                l.version());
    }
}
