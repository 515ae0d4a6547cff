package io.modelgate.application.licensing;

import io.modelgate.application.licensing.service.LicenseEvaluationService;
import io.modelgate.application.shared.NotFoundException;
import io.modelgate.application.testing.CatalogSamples;
import io.modelgate.application.testing.DirectTransactions;
import io.modelgate.application.testing.InMemoryLicenses;
import io.modelgate.application.testing.InMemoryModels;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.ModelSpec;
import io.modelgate.domain.catalog.SourceKind;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.license.evaluation.LicenseEvaluator;
import io.modelgate.domain.usecase.Audience;
import io.modelgate.domain.usecase.MonthlyVolume;
import io.modelgate.domain.usecase.TaskCategory;
import io.modelgate.domain.usecase.UseCase;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LicenseEvaluationServiceTest {

    final InMemoryLicenses licenses = new InMemoryLicenses();
    final InMemoryModels models = new InMemoryModels();
    final LicenseEvaluationService service = new LicenseEvaluationService(licenses, models, new LicenseEvaluator(),
            new DirectTransactions());
    final UseCase internal = new UseCase("Summaries", TaskCategory.REPORT_GENERATION, Audience.INTERNAL, false, false,
            false, 50, DataClassification.INTERNAL, new MonthlyVolume(1000, 500, 200));

    LicenseEvaluationServiceTest() {
        licenses.add(CatalogSamples.permissiveLicense("base-license"));
        licenses.add(CatalogSamples.permissiveLicense("own-license"));
        models.add(Model.register(new ModelId("base"), CatalogSamples.spec("base-license", "Acme",
                SourceKind.OPEN_WEIGHTS, DeploymentKind.ON_PREMISES)));
        ModelSpec derived = CatalogSamples.spec("own-license", "Acme", SourceKind.OPEN_WEIGHTS, DeploymentKind.ON_PREMISES);
        models.add(Model.register(new ModelId("derived"), new ModelSpec(derived.name(), derived.provider(),
                derived.sourceKind(), derived.licenseId(), Optional.of(new ModelId("base")), derived.deployments(),
                derived.contextWindowTokens(), derived.strengths(), derived.benchmarkScores(), derived.qualityTier())));
    }

    @Test
    void a_derived_model_is_evaluated_with_its_base_models_license() {
        var result = service.forModel(new ModelId("derived"), internal);
        assertThat(result.licenses()).containsExactly(new LicenseId("own-license"), new LicenseId("base-license"));
    }

    @Test
    void unknown_license_or_model_is_not_found() {
        assertThatThrownBy(() -> service.forLicense(new LicenseId("ghost"), internal))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.forModel(new ModelId("ghost"), internal))
                .isInstanceOf(NotFoundException.class);
    }
}
