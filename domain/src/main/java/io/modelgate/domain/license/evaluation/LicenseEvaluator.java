package io.modelgate.domain.license.evaluation;

import io.modelgate.domain.license.License;
import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.shared.Require;
import io.modelgate.domain.usecase.UseCase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Evaluates a use case against a model's license and the licenses it inherits from its base
 * models (Llama 3 Swallow carries the Llama 3 Community License). Pure: same input, same answer.
 *
 * <p>Every rule of {@link LicenseRules} applies to each license on its own. The verdict is the
 * worst of them: PROHIBITED if any license prohibits the use, else PERMITTED_WITH_OBLIGATIONS if any
 * obligation applies, else PERMITTED. Obligations are merged in order (own license first, then the
 * inherited ones as given), one per type and source license. A license listed twice (for example
 * inherited and also the model's own) is evaluated once. Reasons name the license that caused
 * them: its id, or "inherited from &lt;id&gt; via base model".
 */
public final class LicenseEvaluator {

    public LicenseEvaluation evaluate(License license, UseCase useCase) {
        return evaluate(license, List.of(), useCase);
    }

    public LicenseEvaluation evaluate(License license, List<License> inherited, UseCase useCase) {
        Require.present(license, "license");
        Require.present(inherited, "inherited");
        Require.present(useCase, "useCase");
        Set<LicenseId> seen = new LinkedHashSet<>();
        List<LicenseFindings> findings = new ArrayList<>();
        seen.add(license.id());
        findings.add(LicenseRules.check(license, useCase, license.id().value()));
        for (License base : inherited) {
            Require.present(base, "inherited");
            if (seen.add(base.id())) {
                findings.add(LicenseRules.check(base, useCase, "inherited from " + base.id() + " via base model"));
            }
        }
        return merge(findings);
    }

    private static LicenseEvaluation merge(List<LicenseFindings> findings) {
        List<Obligation> obligations = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        Verdict verdict = Verdict.PERMITTED;
        for (LicenseFindings finding : findings) {
            for (Obligation obligation : finding.obligations()) {
                boolean duplicate = obligations.stream().anyMatch(
                        o -> o.type() == obligation.type() && o.source().equals(obligation.source()));
                if (!duplicate) {
                    obligations.add(obligation);
                }
            }
            reasons.addAll(finding.reasons());
            if (finding.prohibited()) {
                verdict = Verdict.PROHIBITED;
            }
        }
        if (verdict != Verdict.PROHIBITED && !obligations.isEmpty()) {
            verdict = Verdict.PERMITTED_WITH_OBLIGATIONS;
        }
        return new LicenseEvaluation(verdict, obligations, reasons);
    }
}
