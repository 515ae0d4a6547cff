package io.modelgate.domain.license.evaluation;

import io.modelgate.domain.license.CommercialUse;
import io.modelgate.domain.license.License;
import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.license.LicenseTerm;
import io.modelgate.domain.license.LicenseTerms;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The six licenses ModelGate ships with, as structured terms with the clause of the real license
 * text that states each term. The persistence migration carries the same data.
 *
 * <p>Two requirements of the real texts have no structured term yet and live in the summary only:
 * marking modified files (Apache-2.0 4(b), Gemma 3.1(3)) and the exact text of a prescribed NOTICE
 * (Llama 3 1.b.iii, Gemma 3.1(4)).
 */
final class ShippedLicenses {

    static final LicenseId APACHE_2_0 = new LicenseId("apache-2.0");
    static final LicenseId MIT = new LicenseId("mit");
    static final LicenseId CC_BY_NC_4_0 = new LicenseId("cc-by-nc-4.0");
    static final LicenseId LLAMA_3 = new LicenseId("llama-3-community");
    static final LicenseId GEMMA = new LicenseId("gemma-terms");
    static final LicenseId VENDOR = new LicenseId("vendor-proprietary");

    static final long LLAMA_3_MAU_CAP = 700_000_000L;

    private ShippedLicenses() {
    }

    static List<License> all() {
        return List.of(apache2(), mit(), ccByNc4(), llama3(), gemma(), vendorProprietary());
    }

    static License byId(LicenseId id) {
        return all().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    static License apache2() {
        Map<LicenseTerm, String> clauses = new EnumMap<>(LicenseTerm.class);
        clauses.put(LicenseTerm.COMMERCIAL_USE, "Section 2 (Grant of Copyright License)");
        clauses.put(LicenseTerm.LICENSE_TEXT, "Section 4(a)");
        clauses.put(LicenseTerm.COPYRIGHT_NOTICE, "Section 4(c)");
        clauses.put(LicenseTerm.NOTICE_FILE, "Section 4(d)");
        clauses.put(LicenseTerm.REDISTRIBUTION, "Section 4 (Redistribution)");
        LicenseTerms terms = new LicenseTerms(CommercialUse.ALLOWED, OptionalLong.empty(),
                false, Optional.empty(),
                true, true, true, Optional.empty(),
                Optional.empty(), false,
                true, false, true, clauses);
        return new License(APACHE_2_0, "Apache License 2.0", Optional.of("Apache-2.0"),
                "https://www.apache.org/licenses/LICENSE-2.0",
                "Permissive. Commercial use allowed. Redistribution of the Work or Derivative Works requires:"
                        + " a copy of the License (4(a)), prominent notices in modified files (4(b)), retained"
                        + " copyright, patent, trademark and attribution notices (4(c)) and the attribution"
                        + " notices of the NOTICE file when the Work has one (4(d)).",
                terms, 0);
    }

    static License mit() {
        Map<LicenseTerm, String> clauses = new EnumMap<>(LicenseTerm.class);
        clauses.put(LicenseTerm.COMMERCIAL_USE, "permission grant (\"to deal in the Software without restriction\")");
        clauses.put(LicenseTerm.COPYRIGHT_NOTICE,
                "condition (\"The above copyright notice and this permission notice shall be included in all copies…\")");
        clauses.put(LicenseTerm.REDISTRIBUTION, "permission grant (\"to … distribute, sublicense, and/or sell copies\")");
        LicenseTerms terms = new LicenseTerms(CommercialUse.ALLOWED, OptionalLong.empty(),
                false, Optional.empty(),
                true, false, false, Optional.empty(),
                Optional.empty(), false,
                true, false, true, clauses);
        return new License(MIT, "MIT License", Optional.of("MIT"), "https://opensource.org/license/mit",
                "Permissive. Any use including commercial; the copyright notice and the permission notice"
                        + " must be included in all copies or substantial portions.",
                terms, 0);
    }

    static License ccByNc4() {
        Map<LicenseTerm, String> clauses = new EnumMap<>(LicenseTerm.class);
        clauses.put(LicenseTerm.COMMERCIAL_USE, "Section 1(i) NonCommercial, Section 2(a)(1)");
        clauses.put(LicenseTerm.ATTRIBUTION, "Section 3(a)(1)");
        clauses.put(LicenseTerm.COPYRIGHT_NOTICE, "Section 3(a)(1)(A)(ii)");
        clauses.put(LicenseTerm.LICENSE_TEXT, "Section 3(a)(1)(C)");
        clauses.put(LicenseTerm.REDISTRIBUTION, "Section 2(a)(1) (Share for NonCommercial purposes only)");
        LicenseTerms terms = new LicenseTerms(CommercialUse.PROHIBITED, OptionalLong.empty(),
                true, Optional.empty(),
                true, true, false, Optional.empty(),
                Optional.empty(), false,
                true, false, true, clauses);
        return new License(CC_BY_NC_4_0, "Creative Commons Attribution-NonCommercial 4.0 International",
                Optional.of("CC-BY-NC-4.0"), "https://creativecommons.org/licenses/by-nc/4.0/legalcode",
                "NonCommercial only: not primarily intended for or directed towards commercial advantage or"
                        + " monetary compensation (1(i), 2(a)(1)). Sharing requires attribution: creators,"
                        + " copyright notice, license notice, disclaimer, URI, modifications indicated and the"
                        + " license text or its URI (3(a)). No share-alike.",
                terms, 0);
    }

    static License llama3() {
        Map<LicenseTerm, String> clauses = new EnumMap<>(LicenseTerm.class);
        clauses.put(LicenseTerm.COMMERCIAL_USE, "Section 1.a, subject to Section 2 (Additional Commercial Terms)");
        clauses.put(LicenseTerm.MONTHLY_ACTIVE_USER_CAP, "Section 2 (Additional Commercial Terms)");
        clauses.put(LicenseTerm.ATTRIBUTION, "Section 1.b.i");
        clauses.put(LicenseTerm.LICENSE_TEXT, "Section 1.b.i");
        clauses.put(LicenseTerm.DERIVATIVE_NAME, "Section 1.b.i");
        clauses.put(LicenseTerm.NOTICE_FILE, "Section 1.b.iii");
        clauses.put(LicenseTerm.ACCEPTABLE_USE_POLICY, "Section 1.b.iv");
        clauses.put(LicenseTerm.OUTPUT_USE, "Section 1.b.v");
        clauses.put(LicenseTerm.REDISTRIBUTION, "Section 1.b (Redistribution and Use)");
        LicenseTerms terms = new LicenseTerms(CommercialUse.CONDITIONAL, OptionalLong.of(LLAMA_3_MAU_CAP),
                true, Optional.of("Built with Meta Llama 3"),
                false, true, true, Optional.of("Llama 3"),
                Optional.of("https://llama.meta.com/llama3/use-policy"), false,
                true, false, false, clauses);
        return new License(LLAMA_3, "Meta Llama 3 Community License", Optional.empty(),
                "https://llama.meta.com/llama3/license/",
                "Commercial use allowed unless the licensee's products or services exceed 700 million monthly"
                        + " active users (then a license must be requested from Meta, Section 2). Distributing the"
                        + " Llama Materials or a product or service using them: a copy of the Agreement and"
                        + " \"Built with Meta Llama 3\" prominently displayed; a distributed or made-available AI"
                        + " model built with them has a name beginning with \"Llama 3\" (1.b.i). Copies carry a"
                        + " Notice text file: \"Meta Llama 3 is licensed under the Meta Llama 3 Community License,"
                        + " Copyright © Meta Platforms, Inc. All Rights Reserved.\" (1.b.iii). Acceptable Use"
                        + " Policy (1.b.iv). No use of the materials or their output to improve other large language"
                        + " models (1.b.v).",
                terms, 0);
    }

    static License gemma() {
        Map<LicenseTerm, String> clauses = new EnumMap<>(LicenseTerm.class);
        clauses.put(LicenseTerm.COMMERCIAL_USE, "Section 2.2 (Use)");
        clauses.put(LicenseTerm.USE_RESTRICTIONS_PASS_THROUGH, "Section 3.1(1)");
        clauses.put(LicenseTerm.LICENSE_TEXT, "Section 3.1(2)");
        clauses.put(LicenseTerm.NOTICE_FILE, "Section 3.1(4)");
        clauses.put(LicenseTerm.ACCEPTABLE_USE_POLICY, "Section 3.2 (Use Restrictions; Prohibited Use Policy)");
        clauses.put(LicenseTerm.REDISTRIBUTION, "Section 3.1 (Distribution and Redistribution)");
        LicenseTerms terms = new LicenseTerms(CommercialUse.ALLOWED, OptionalLong.empty(),
                false, Optional.empty(),
                false, true, true, Optional.empty(),
                Optional.of("https://ai.google.dev/gemma/prohibited_use_policy"), true,
                true, false, true, clauses);
        return new License(GEMMA, "Gemma Terms of Use", Optional.empty(), "https://ai.google.dev/gemma/terms",
                "Commercial use allowed under the Prohibited Use Policy (3.2). \"Distribution\" includes a"
                        + " hosted service (1.1(b)). Distributing Gemma or Model Derivatives: the 3.2 use restrictions"
                        + " as an enforceable provision with notice to users (3.1(1)), a copy of the Agreement"
                        + " (3.1(2)), prominent notices in modified files (3.1(3)) and, other than through a hosted"
                        + " service, a Notice text file: \"Gemma is provided under and subject to the Gemma Terms of"
                        + " Use found at ai.google.dev/gemma/terms\" (3.1(4)). Models trained on Gemma output are"
                        + " Model Derivatives.",
                terms, 0);
    }

    static License vendorProprietary() {
        Map<LicenseTerm, String> clauses = new EnumMap<>(LicenseTerm.class);
        clauses.put(LicenseTerm.COMMERCIAL_USE, "vendor service terms (business use of the API)");
        clauses.put(LicenseTerm.REDISTRIBUTION, "vendor service terms (weights are not licensed; no redistribution)");
        clauses.put(LicenseTerm.ACCEPTABLE_USE_POLICY, "vendor usage policy");
        clauses.put(LicenseTerm.OUTPUT_USE, "vendor service terms (no use of output to develop competing models)");
        LicenseTerms terms = new LicenseTerms(CommercialUse.ALLOWED, OptionalLong.empty(),
                false, Optional.empty(),
                false, false, false, Optional.empty(),
                Optional.of("the vendor's published usage policy"), false,
                false, false, false, clauses);
        return new License(VENDOR, "Proprietary vendor terms", Optional.empty(),
                "https://modelgate.example/licenses/vendor-proprietary",
                "A closed model used through the vendor's API under its service terms: commercial use"
                        + " allowed, no access to or redistribution of the weights, the vendor's usage policy"
                        + " applies and output may not be used to develop competing models.",
                terms, 0);
    }
}
