package io.modelgate.domain.routing;

import io.modelgate.domain.classification.ClassificationPolicy;
import io.modelgate.domain.cost.ExchangeRates;
import io.modelgate.domain.shared.Require;

import java.util.Currency;
import java.util.List;

/**
 * The hybrid strategy: which of a department's approved routes serves a gateway call, and in which
 * order the others stand in when a provider fails. Pure: no clock, no I/O.
 *
 * <p><b>Filters</b>, in this order; a call is refused with the latest rule that eliminated a candidate
 * when none is left ({@link RefusalReason}):
 * <ol>
 *   <li>the department has approvals at all ({@code NO_APPROVAL});</li>
 *   <li>a model the caller names is one of them ({@code MODEL_NOT_APPROVED}). The named model is a
 *       <em>preference</em>: when its approvals exist but do not survive the next rules (the data is too
 *       sensitive for it, say), the call goes to the other routes. Naming a model the department was
 *       never approved for is refused, so a mistyped name is not silently answered by another model;</li>
 *   <li>the approval is live at the call's instant ({@code APPROVAL_REVOKED}, {@code APPROVAL_SUSPENDED},
 *       {@code APPROVAL_EXPIRED}, as {@link io.modelgate.domain.approval.Approval#refusalAt} says);</li>
 *   <li>its highest classification is at least the call's level ({@code CLASSIFICATION_NOT_COVERED});</li>
 *   <li>it covers the call's task ({@code TASK_NOT_COVERED});</li>
 *   <li>the model is not RETIRED ({@code MODEL_RETIRED}); DEPRECATED models stay, ranked after ACTIVE ones;</li>
 *   <li>the <em>current</em> classification policy allows the deployment for the level, vendor terms
 *       included ({@code CLASSIFICATION_NOT_ALLOWED}, with the policy's sentence).</li>
 * </ol>
 * The ranking of what survives is described on {@link RoutingTable}.
 *
 * <p><b>Speed.</b> A router prepares a {@link RoutingTable} per set of options and remembers the last
 * one: routing again with the same options (the same approval, model and deployment objects, in the
 * same order) and an equal policy costs a pass over the list to recognise it plus a few lookups, with
 * no allocation beyond the decision. Callers that serve many departments keep one table per department
 * ({@link #tableFor}) and drop it when an approval, a catalog entry or the policy changes.
 */
public final class Router {

    private final Currency budgetCurrency;
    private final ExchangeRates rates;
    private volatile RoutingTable last;

    /**
     * @param budgetCurrency the currency in which routes are compared by cost
     * @param rates          the rates that bring every price into it
     */
    public Router(Currency budgetCurrency, ExchangeRates rates) {
        this.budgetCurrency = Require.present(budgetCurrency, "currency");
        this.rates = Require.present(rates, "exchangeRates");
    }

    /**
     * Routes one call among the department's options under the current policy.
     *
     * @param options the department's approvals resolved to their catalog model and deployment (all of
     *                them: revoked, suspended and expired ones too, so that a refusal can say why)
     * @throws io.modelgate.domain.cost.MissingExchangeRateException when a price cannot be brought into
     *         the budget currency (a configuration gap)
     */
    public RoutingDecision route(RoutingRequest request, List<RouteOption> options, ClassificationPolicy policy) {
        Require.present(request, "request");
        return tableFor(options, policy).route(request);
    }

    /** The prepared table for these options and this policy: the remembered one when it was made from them. */
    public RoutingTable tableFor(List<RouteOption> options, ClassificationPolicy policy) {
        RoutingTable table = last;
        if (table != null && table.isFor(options, policy)) {
            return table;
        }
        table = RoutingTable.compile(options, policy, budgetCurrency, rates);
        last = table;
        return table;
    }
}
