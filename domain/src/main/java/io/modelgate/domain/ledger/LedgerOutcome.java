package io.modelgate.domain.ledger;

import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.util.Optional;

/**
 * A call's outcome as one ledger word: {@code SUCCESS}, {@code CLIENT_ABORTED}, {@code PROVIDER_ERROR},
 * {@code INTERRUPTED}, or {@code REFUSED_} and the refusal ({@code REFUSED_BUDGET_EXCEEDED}).
 *
 * @param refusal present exactly when the outcome is {@link CallOutcome#REFUSED}
 */
public record LedgerOutcome(CallOutcome outcome, Optional<Refusal> refusal) {

    private static final String REFUSED_PREFIX = "REFUSED_";

    public LedgerOutcome {
        Require.present(outcome, "outcome");
        Require.present(refusal, "refusal");
        Require.that(refusal.isPresent() == (outcome == CallOutcome.REFUSED), "refusal",
                "is given exactly for refused calls");
    }

    public static LedgerOutcome of(CallOutcome outcome) {
        return new LedgerOutcome(outcome, Optional.empty());
    }

    public static LedgerOutcome refused(Refusal refusal) {
        return new LedgerOutcome(CallOutcome.REFUSED, Optional.of(refusal));
    }

    /** Reads a ledger word back. */
    public static LedgerOutcome parse(String word) {
        Require.present(word, "outcome");
        try {
            if (word.startsWith(REFUSED_PREFIX)) {
                return refused(Refusal.valueOf(word.substring(REFUSED_PREFIX.length())));
            }
            return of(CallOutcome.valueOf(word));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("outcome", "is not a ledger outcome");
        }
    }

    public String word() {
        return refusal.map(r -> REFUSED_PREFIX + r.name()).orElse(outcome.name());
    }

    @Override
    public String toString() {
        return word();
    }
}
