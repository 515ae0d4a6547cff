package io.modelgate.application.cost.port.in;

import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.cost.CostEstimate;
import io.modelgate.domain.cost.TcoComparison;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.usecase.MonthlyVolume;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Use case: the monthly cost of a model deployment for a volume, and a TCO comparison of candidates. */
public interface EstimateCost {

    int MAX_CANDIDATES = 20;

    CostEstimate estimate(Candidate candidate, MonthlyVolume volume, Optional<Currency> currency);

    TcoComparison compare(List<Candidate> candidates, MonthlyVolume volume, Optional<Currency> currency);

    record Candidate(ModelId model, DeploymentKind deployment) {
        public Candidate {
            Require.present(model, "modelId");
            Require.present(deployment, "deployment");
        }
    }
}
