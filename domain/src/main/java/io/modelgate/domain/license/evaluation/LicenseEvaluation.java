package io.modelgate.domain.license.evaluation;

import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.shared.Require;

import java.util.List;

/**
 * The answer to "may this use case use this model under its license(s)?": a verdict, the
 * obligations that come with it and the reasons, each naming the license that caused it.
 * A PROHIBITED evaluation still lists the obligations the other terms would bring.
 */
public record LicenseEvaluation(Verdict verdict, List<Obligation> obligations, List<String> reasons) {

    public LicenseEvaluation {
        Require.present(verdict, "verdict");
        Require.present(obligations, "obligations");
        obligations.forEach(o -> Require.present(o, "obligations"));
        obligations = List.copyOf(obligations);
        Require.notEmpty(reasons, "reasons");
        reasons = reasons.stream().map(r -> Require.text(r, "reasons", 2000)).toList();
        Require.that(verdict != Verdict.PERMITTED || obligations.isEmpty(), "verdict",
                "PERMITTED comes with no obligations; use PERMITTED_WITH_OBLIGATIONS");
        Require.that(verdict != Verdict.PERMITTED_WITH_OBLIGATIONS || !obligations.isEmpty(), "verdict",
                "PERMITTED_WITH_OBLIGATIONS needs at least one obligation");
    }

    public boolean permitted() {
        return verdict != Verdict.PROHIBITED;
    }

    public List<Obligation> obligationsFrom(LicenseId license) {
        return obligations.stream().filter(o -> o.source().equals(license)).toList();
    }

    public boolean has(ObligationType type) {
        return obligations.stream().anyMatch(o -> o.type() == type);
    }
}
