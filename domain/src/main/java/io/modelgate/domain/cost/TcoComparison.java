package io.modelgate.domain.cost;

import io.modelgate.domain.shared.Require;
import io.modelgate.domain.usecase.MonthlyVolume;

import java.util.Currency;
import java.util.List;

/**
 * Candidates compared for one monthly volume in one currency.
 *
 * @param ranked     estimates, cheapest first; equal costs ordered by model id, then deployment kind
 * @param breakEvens for each self-hosted candidate against each vendor-API candidate, in the order
 *                   the candidates were given
 */
public record TcoComparison(MonthlyVolume volume, Currency currency, List<CostEstimate> ranked,
                            List<SelfHostingBreakEven> breakEvens) {

    public TcoComparison {
        Require.present(volume, "volume");
        Require.present(currency, "currency");
        Require.notEmpty(ranked, "ranked");
        Require.present(breakEvens, "breakEvens");
        ranked = List.copyOf(ranked);
        breakEvens = List.copyOf(breakEvens);
    }

    public CostEstimate cheapest() {
        return ranked.get(0);
    }
}
