package io.modelgate.application.licensing.service;

import io.modelgate.application.catalog.port.out.Licenses;
import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.licensing.port.in.EvaluateLicense;
import io.modelgate.application.shared.NotFoundException;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.license.License;
import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.license.evaluation.LicenseEvaluator;
import io.modelgate.domain.usecase.UseCase;

import java.util.List;

/**
 * Evaluates licenses against use cases. Stateless: the result is recomputed from the current
 * terms every time, so a license or model change is reflected on the next evaluation.
 */
public final class LicenseEvaluationService implements EvaluateLicense {

    private final Licenses licenses;
    private final Models models;
    private final LicenseEvaluator evaluator;
    private final LicenseChain chain;
    private final Transactions transactions;

    public LicenseEvaluationService(Licenses licenses, Models models, LicenseEvaluator evaluator,
                                    Transactions transactions) {
        this.licenses = licenses;
        this.models = models;
        this.evaluator = evaluator;
        this.chain = new LicenseChain(licenses, models, evaluator);
        this.transactions = transactions;
    }

    @Override
    public Result forLicense(LicenseId id, UseCase useCase) {
        return transactions.inTransaction(() -> {
            License license = licenses.find(id).orElseThrow(() -> new NotFoundException("license", id));
            return new Result(evaluator.evaluate(license, useCase), List.of(id));
        });
    }

    @Override
    public Result forModel(ModelId id, UseCase useCase) {
        return transactions.inTransaction(() -> {
            Model model = models.find(id).orElseThrow(() -> new NotFoundException("model", id));
            List<LicenseId> ids = chain.of(model).stream().map(License::id).toList();
            return new Result(chain.evaluate(model, useCase), ids);
        });
    }
}
