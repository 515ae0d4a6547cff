package io.modelgate.application.licensing.service;

import io.modelgate.application.catalog.port.out.Licenses;
import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.shared.NotFoundException;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.license.License;
import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.license.evaluation.LicenseEvaluation;
import io.modelgate.domain.license.evaluation.LicenseEvaluator;
import io.modelgate.domain.usecase.UseCase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The licenses a model carries: its own, then each base model's up the derivation chain. */
public final class LicenseChain {

    private final Licenses licenses;
    private final Models models;
    private final LicenseEvaluator evaluator;

    public LicenseChain(Licenses licenses, Models models, LicenseEvaluator evaluator) {
        this.licenses = licenses;
        this.models = models;
        this.evaluator = evaluator;
    }

    /** Must run inside the caller's transaction. */
    public List<License> of(Model model) {
        List<License> chain = new ArrayList<>();
        Set<ModelId> seen = new HashSet<>();
        Optional<Model> current = Optional.of(model);
        while (current.isPresent() && seen.add(current.get().id())) {
            LicenseId licenseId = current.get().spec().licenseId();
            chain.add(licenses.find(licenseId).orElseThrow(() -> new NotFoundException("license", licenseId)));
            current = current.get().spec().baseModel().flatMap(models::find);
        }
        return chain;
    }

    public LicenseEvaluation evaluate(Model model, UseCase useCase) {
        List<License> chain = of(model);
        return evaluator.evaluate(chain.get(0), chain.subList(1, chain.size()), useCase);
    }
}
