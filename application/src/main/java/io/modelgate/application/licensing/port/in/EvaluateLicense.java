package io.modelgate.application.licensing.port.in;

import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.license.evaluation.LicenseEvaluation;
import io.modelgate.domain.usecase.UseCase;

import java.util.List;

/**
 * Use case: what does a license allow for this use case, and what does it oblige. For a model,
 * its own license and those of the models it derives from are evaluated together.
 */
public interface EvaluateLicense {

    Result forLicense(LicenseId license, UseCase useCase);

    Result forModel(ModelId model, UseCase useCase);

    /** @param licenses the license evaluated first, then the inherited ones in derivation order */
    record Result(LicenseEvaluation evaluation, List<LicenseId> licenses) {
    }
}
