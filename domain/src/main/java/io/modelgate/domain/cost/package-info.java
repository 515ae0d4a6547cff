/**
 * Cost: exact monthly estimates per model and deployment
 * ({@link io.modelgate.domain.cost.CostEstimator}), converted with dated exchange rates and rounded
 * once, HALF_UP, to the target currency's minor unit; and TCO comparisons with the exact volume at
 * which self-hosting becomes cheaper than an API for good
 * ({@link io.modelgate.domain.cost.CostComparator}).
 */
package io.modelgate.domain.cost;
