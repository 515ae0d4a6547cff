package io.modelgate.application.cost.service;

import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.cost.port.in.EstimateCost;
import io.modelgate.application.cost.port.out.ExchangeRateSource;
import io.modelgate.application.shared.UnknownReferenceException;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.cost.CostCandidate;
import io.modelgate.domain.cost.CostComparator;
import io.modelgate.domain.cost.CostEstimate;
import io.modelgate.domain.cost.CostEstimator;
import io.modelgate.domain.cost.TcoComparison;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.usecase.MonthlyVolume;

import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Cost estimates and TCO comparisons from the catalog's current prices and the configured rates. */
public final class CostService implements EstimateCost {

    private final Models models;
    private final ExchangeRateSource rates;
    private final CostEstimator estimator;
    private final CostComparator comparator;
    private final Transactions transactions;

    public CostService(Models models, ExchangeRateSource rates, Transactions transactions) {
        this.models = models;
        this.rates = rates;
        this.estimator = new CostEstimator();
        this.comparator = new CostComparator(estimator);
        this.transactions = transactions;
    }

    @Override
    public CostEstimate estimate(Candidate candidate, MonthlyVolume volume, Optional<Currency> currency) {
        Require.present(volume, "volume");
        CostCandidate resolved = transactions.inTransaction(() -> resolve(candidate, "deployment"));
        return estimator.estimate(resolved.model(), resolved.deployment(), volume,
                currency.orElse(rates.defaultCurrency()), rates.rates());
    }

    @Override
    public TcoComparison compare(List<Candidate> candidates, MonthlyVolume volume, Optional<Currency> currency) {
        Require.notEmpty(candidates, "candidates");
        Require.present(volume, "volume");
        Require.that(candidates.size() <= MAX_CANDIDATES, "candidates", "at most " + MAX_CANDIDATES + " candidates");
        Require.that(new HashSet<>(candidates).size() == candidates.size(), "candidates", "lists a candidate twice");
        List<CostCandidate> resolved = transactions.inTransaction(() -> candidates.stream()
                .map(c -> resolve(c, "candidates[" + candidates.indexOf(c) + "].deployment")).toList());
        return comparator.compare(resolved, volume, currency.orElse(rates.defaultCurrency()), rates.rates());
    }

    private CostCandidate resolve(Candidate candidate, String field) {
        Model model = models.find(candidate.model())
                .orElseThrow(() -> new UnknownReferenceException("modelId", "model", candidate.model()));
        Deployment deployment = model.spec().deployment(candidate.deployment()).orElseThrow(() ->
                new InvalidValueException(field, "model " + model.id() + " has no " + candidate.deployment()
                        + " deployment"));
        return new CostCandidate(model.id(), deployment);
    }
}
