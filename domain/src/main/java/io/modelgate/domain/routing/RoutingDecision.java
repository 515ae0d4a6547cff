package io.modelgate.domain.routing;

import io.modelgate.domain.shared.Require;

import java.util.List;

/** Where a call goes, or why it goes nowhere. A refusal is an ordinary outcome, so it is a value. */
public sealed interface RoutingDecision permits RoutingDecision.Routed, RoutingDecision.Refused {

    /**
     * The routes in order: the first is the primary, each next one the fallback when the one before
     * fails at the provider. One route per model and deployment.
     */
    record Routed(List<RouteOption> ranked) implements RoutingDecision {

        public Routed {
            Require.notEmpty(ranked, "ranked");
            ranked = List.copyOf(ranked);
        }

        public RouteOption primary() {
            return ranked.get(0);
        }

        public List<RouteOption> fallbacks() {
            return ranked.subList(1, ranked.size());
        }
    }

    /**
     * No route is left.
     *
     * @param reason   the rule that eliminated the last candidates
     * @param sentence what a caller reads: the rule and the routes it eliminated
     */
    record Refused(RefusalReason reason, String sentence) implements RoutingDecision {

        public static final int MAX_SENTENCE_LENGTH = 4000;

        public Refused {
            Require.present(reason, "reason");
            sentence = Require.text(sentence, "sentence", MAX_SENTENCE_LENGTH);
        }
    }
}
