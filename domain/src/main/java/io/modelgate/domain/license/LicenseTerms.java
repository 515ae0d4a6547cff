package io.modelgate.domain.license;

import io.modelgate.domain.shared.Require;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A license's terms in structured form, so rules can evaluate them (not just a name).
 *
 * @param monthlyActiveUserCap         above this many monthly active users the license no longer
 *                                     applies (Llama 3: 700 million)
 * @param attributionRequired          credit must be given when the model or its output is shared
 * @param attributionNotice            the exact notice to display, e.g. "Built with Meta Llama 3"
 * @param copyrightNoticeRequired      the copyright and permission notice travels with copies (MIT)
 * @param licenseTextWithRedistribution the license text must accompany any copy given to others
 * @param noticeFileWithRedistribution the NOTICE file must accompany any copy (Apache-2.0)
 * @param derivativeNamePrefix         a derivative's name must begin with this (Llama 3: "Llama 3")
 * @param acceptableUsePolicyUrl       a use policy the licensee must follow, if any
 * @param useRestrictionsPassThrough   the use restrictions must be imposed on anyone the model or a
 *                                     derivative is passed to (Gemma)
 * @param redistributionAllowed        the weights or derivatives may be given to others
 * @param shareAlike                   derivatives must be shared under the same license
 * @param outputsMayImproveOtherModels outputs may be used to train or improve other models
 * @param clauses                      for each term, the clause of the license text that states it
 *                                     (e.g. NOTICE_FILE → "Section 4(d)"), quoted in obligations
 */
public record LicenseTerms(CommercialUse commercialUse, OptionalLong monthlyActiveUserCap,
                           boolean attributionRequired, Optional<String> attributionNotice,
                           boolean copyrightNoticeRequired, boolean licenseTextWithRedistribution,
                           boolean noticeFileWithRedistribution, Optional<String> derivativeNamePrefix,
                           Optional<String> acceptableUsePolicyUrl, boolean useRestrictionsPassThrough,
                           boolean redistributionAllowed, boolean shareAlike, boolean outputsMayImproveOtherModels,
                           Map<LicenseTerm, String> clauses) {

    public LicenseTerms {
        Require.present(commercialUse, "terms.commercialUse");
        Require.present(monthlyActiveUserCap, "terms.monthlyActiveUserCap");
        monthlyActiveUserCap.ifPresent(cap -> Require.positive(cap, "terms.monthlyActiveUserCap"));
        Require.present(attributionNotice, "terms.attributionNotice");
        attributionNotice = attributionNotice.map(n -> Require.text(n, "terms.attributionNotice", 200));
        Require.present(derivativeNamePrefix, "terms.derivativeNamePrefix");
        derivativeNamePrefix = derivativeNamePrefix.map(p -> Require.text(p, "terms.derivativeNamePrefix", 60));
        Require.present(acceptableUsePolicyUrl, "terms.acceptableUsePolicyUrl");
        acceptableUsePolicyUrl = acceptableUsePolicyUrl.map(u -> Require.text(u, "terms.acceptableUsePolicyUrl", 500));
        Require.that(!(attributionNotice.isPresent() && !attributionRequired), "terms.attributionNotice",
                "an attribution notice implies attributionRequired");
        Require.present(clauses, "terms.clauses");
        Map<LicenseTerm, String> stripped = new EnumMap<>(LicenseTerm.class);
        clauses.forEach((term, clause) -> stripped.put(Require.present(term, "terms.clauses"),
                Require.text(clause, "terms.clauses." + term, 120)));
        clauses = Collections.unmodifiableMap(stripped);
    }

    /** The clause that states the term, or a plain pointer to the license text when none is recorded. */
    public String clauseFor(LicenseTerm term) {
        return clauses.getOrDefault(term, "license text");
    }
}
