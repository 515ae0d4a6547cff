package io.modelgate.adapters.persistence.catalog;

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

import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Translates between catalog rows and domain objects; the only place that knows both. */
final class CatalogMapper {

    private CatalogMapper() {
    }

    static Model toDomain(ModelEntity e) {
        ModelSpec spec = new ModelSpec(e.name, e.provider, SourceKind.valueOf(e.sourceKind), new LicenseId(e.licenseId),
                Optional.ofNullable(e.baseModelId).map(ModelId::new),
                e.deployments.stream().map(CatalogMapper::toDomain).toList(), e.contextWindowTokens,
                e.strengths, e.benchmarkScores, QualityTier.valueOf(e.qualityTier));
        return Model.reconstitute(new ModelId(e.id), spec, Lifecycle.valueOf(e.lifecycle), e.version);
    }

    /** Copies everything but the version, which Hibernate manages. */
    static void copy(Model model, ModelEntity e) {
        ModelSpec spec = model.spec();
        e.id = model.id().value();
        e.name = spec.name();
        e.provider = spec.provider();
        e.sourceKind = spec.sourceKind().name();
        e.licenseId = spec.licenseId().value();
        e.baseModelId = spec.baseModel().map(ModelId::value).orElse(null);
        e.contextWindowTokens = spec.contextWindowTokens();
        e.qualityTier = spec.qualityTier().name();
        e.lifecycle = model.lifecycle().name();
        e.deployments.clear();
        spec.deployments().forEach(d -> e.deployments.add(toRow(d)));
        e.strengths.clear();
        e.strengths.addAll(spec.strengths());
        e.benchmarkScores.clear();
        e.benchmarkScores.putAll(spec.benchmarkScores());
    }

    private static Deployment toDomain(DeploymentRow row) {
        DeploymentKind kind = DeploymentKind.valueOf(row.kind);
        Currency currency = Currency.getInstance(row.currency);
        if (kind == DeploymentKind.VENDOR_API) {
            return Deployment.vendorApi(
                    new VendorTerms(row.dataRetentionDays, row.processingRegion, row.trainsOnCustomerData),
                    new ApiPricing(new Money(row.inputPerMillionMinor, currency),
                            new Money(row.outputPerMillionMinor, currency), row.pricedOn));
        }
        return Deployment.selfHosted(kind, new SelfHostedPricing(new Money(row.gpuMonthlyCostMinor, currency),
                row.tokensPerGpuMonth, new Money(row.fixedMonthlyOperationsMinor, currency), row.pricedOn));
    }

    private static DeploymentRow toRow(Deployment deployment) {
        DeploymentRow row = new DeploymentRow();
        row.kind = deployment.kind().name();
        deployment.vendorTerms().ifPresent(terms -> {
            row.dataRetentionDays = terms.dataRetentionDays();
            row.processingRegion = terms.processingRegion();
            row.trainsOnCustomerData = terms.trainsOnCustomerData();
        });
        row.pricedOn = deployment.pricing().asOf();
        if (deployment.pricing() instanceof ApiPricing api) {
            row.currency = api.inputPerMillionTokens().currency().getCurrencyCode();
            row.inputPerMillionMinor = api.inputPerMillionTokens().minorUnits();
            row.outputPerMillionMinor = api.outputPerMillionTokens().minorUnits();
        } else if (deployment.pricing() instanceof SelfHostedPricing gpu) {
            row.currency = gpu.gpuMonthlyCost().currency().getCurrencyCode();
            row.gpuMonthlyCostMinor = gpu.gpuMonthlyCost().minorUnits();
            row.tokensPerGpuMonth = gpu.tokensPerGpuMonth();
            row.fixedMonthlyOperationsMinor = gpu.fixedMonthlyOperationsCost().minorUnits();
        }
        return row;
    }

    static License toDomain(LicenseEntity e) {
        Map<LicenseTerm, String> clauses = new EnumMap<>(LicenseTerm.class);
        e.clauses.forEach((term, clause) -> clauses.put(LicenseTerm.valueOf(term), clause));
        LicenseTerms terms = new LicenseTerms(CommercialUse.valueOf(e.commercialUse),
                e.monthlyActiveUserCap == null ? OptionalLong.empty() : OptionalLong.of(e.monthlyActiveUserCap),
                e.attributionRequired, Optional.ofNullable(e.attributionNotice), e.copyrightNoticeRequired,
                e.licenseTextWithRedistribution, e.noticeFileWithRedistribution,
                Optional.ofNullable(e.derivativeNamePrefix), Optional.ofNullable(e.acceptableUsePolicyUrl),
                e.useRestrictionsPassThrough, e.redistributionAllowed, e.shareAlike, e.outputsMayImproveOtherModels,
                clauses);
        return new License(new LicenseId(e.id), e.name, Optional.ofNullable(e.spdxId), e.textUrl, e.summary, terms,
                e.version);
    }

    static void copy(License license, LicenseEntity e) {
        LicenseTerms t = license.terms();
        e.id = license.id().value();
        e.name = license.name();
        e.spdxId = license.spdxId().orElse(null);
        e.textUrl = license.textUrl();
        e.summary = license.summary();
        e.commercialUse = t.commercialUse().name();
        e.monthlyActiveUserCap = t.monthlyActiveUserCap().isPresent() ? t.monthlyActiveUserCap().getAsLong() : null;
        e.attributionRequired = t.attributionRequired();
        e.attributionNotice = t.attributionNotice().orElse(null);
        e.copyrightNoticeRequired = t.copyrightNoticeRequired();
        e.licenseTextWithRedistribution = t.licenseTextWithRedistribution();
        e.noticeFileWithRedistribution = t.noticeFileWithRedistribution();
        e.derivativeNamePrefix = t.derivativeNamePrefix().orElse(null);
        e.acceptableUsePolicyUrl = t.acceptableUsePolicyUrl().orElse(null);
        e.useRestrictionsPassThrough = t.useRestrictionsPassThrough();
        e.redistributionAllowed = t.redistributionAllowed();
        e.shareAlike = t.shareAlike();
        e.outputsMayImproveOtherModels = t.outputsMayImproveOtherModels();
        e.clauses.clear();
        t.clauses().forEach((term, clause) -> e.clauses.put(term.name(), clause));
    }
}
