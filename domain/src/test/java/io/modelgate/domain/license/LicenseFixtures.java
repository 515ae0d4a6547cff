package io.modelgate.domain.license;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Valid license values to start from; each test changes only what it is about. */
final class LicenseFixtures {

    private LicenseFixtures() {
    }

    static TermsBuilder terms() {
        return new TermsBuilder();
    }

    static License llama3() {
        return new License(new LicenseId("llama-3-community"), "Meta Llama 3 Community License", Optional.empty(),
                "https://llama.meta.com/llama3/license/", "Commercial use allowed below 700M MAU.",
                terms().build(), 0);
    }

    /** The Llama 3 Community License's terms, each replaceable. */
    static final class TermsBuilder {
        CommercialUse commercialUse = CommercialUse.CONDITIONAL;
        OptionalLong monthlyActiveUserCap = OptionalLong.of(700_000_000L);
        boolean attributionRequired = true;
        Optional<String> attributionNotice = Optional.of("Built with Meta Llama 3");
        boolean copyrightNoticeRequired = false;
        boolean licenseTextWithRedistribution = true;
        boolean noticeFileWithRedistribution = false;
        Optional<String> derivativeNamePrefix = Optional.of("Llama 3");
        Optional<String> acceptableUsePolicyUrl = Optional.of("https://llama.meta.com/llama3/use-policy/");
        boolean useRestrictionsPassThrough = false;
        boolean redistributionAllowed = true;
        boolean shareAlike = false;
        boolean outputsMayImproveOtherModels = false;
        Map<LicenseTerm, String> clauses = Map.of(LicenseTerm.MONTHLY_ACTIVE_USER_CAP, "Section 2",
                LicenseTerm.ATTRIBUTION, "Section 1.b.i");

        TermsBuilder commercialUse(CommercialUse value) {
            commercialUse = value;
            return this;
        }

        TermsBuilder monthlyActiveUserCap(OptionalLong value) {
            monthlyActiveUserCap = value;
            return this;
        }

        TermsBuilder attribution(boolean required, Optional<String> notice) {
            attributionRequired = required;
            attributionNotice = notice;
            return this;
        }

        TermsBuilder derivativeNamePrefix(Optional<String> value) {
            derivativeNamePrefix = value;
            return this;
        }

        TermsBuilder acceptableUsePolicyUrl(Optional<String> value) {
            acceptableUsePolicyUrl = value;
            return this;
        }

        TermsBuilder clauses(Map<LicenseTerm, String> value) {
            clauses = value;
            return this;
        }

        LicenseTerms build() {
            return new LicenseTerms(commercialUse, monthlyActiveUserCap, attributionRequired, attributionNotice,
                    copyrightNoticeRequired, licenseTextWithRedistribution, noticeFileWithRedistribution,
                    derivativeNamePrefix, acceptableUsePolicyUrl, useRestrictionsPassThrough, redistributionAllowed,
                    shareAlike, outputsMayImproveOtherModels, clauses);
        }
    }
}
