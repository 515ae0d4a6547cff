package io.modelgate.domain.license.evaluation;

import io.modelgate.domain.license.CommercialUse;
import io.modelgate.domain.license.License;
import io.modelgate.domain.license.LicenseTerm;
import io.modelgate.domain.license.LicenseTerms;
import io.modelgate.domain.usecase.UseCase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules that read one license's terms against one use case. Driven only by the terms, never by
 * a license's id, so a new license needs data, not code. Three situations trigger obligations:
 * <ul>
 *   <li><b>any use</b>: the acceptable-use policy and the ban on using outputs to improve other
 *       models;</li>
 *   <li><b>redistribution</b> (the model or a derivative is given to others): license text,
 *       NOTICE file, copyright notices, attribution, use-restriction pass-through, share-alike, and
 *       for a published fine-tune ({@link UseCase#publishesDerivative()}) the name prefix;</li>
 *   <li><b>a service for external customers</b> without redistribution: only the terms a license
 *       attaches to a product or service made available to others &mdash; a fixed attribution
 *       notice (Llama 3 1.b.i: "a product or service that uses any of them ... prominently display
 *       'Built with Meta Llama 3'") and use-restriction pass-through (Gemma: "Distribution" includes
 *       a hosted service). Copy conditions (license text, NOTICE file, copyright notice, credit
 *       without fixed wording) attach to copies and are not raised by serving outputs.</li>
 * </ul>
 */
final class LicenseRules {

    private LicenseRules() {
    }

    /**
     * @param subject how reasons name the license: its id, or "inherited from X via base model"
     */
    static LicenseFindings check(License license, UseCase useCase, String subject) {
        return new Check(license, useCase, subject).run();
    }

    private static final class Check {
        private final License license;
        private final LicenseTerms terms;
        private final UseCase useCase;
        private final String subject;
        private final String name;
        private final List<Obligation> obligations = new ArrayList<>();
        private final List<String> reasons = new ArrayList<>();
        private boolean prohibited;

        Check(License license, UseCase useCase, String subject) {
            this.license = license;
            this.terms = license.terms();
            this.useCase = useCase;
            this.subject = subject;
            this.name = license.name().regionMatches(true, 0, "the ", 0, 4) ? license.name() : "the " + license.name();
        }

        LicenseFindings run() {
            commercialUse();
            userCap();
            anyUse();
            redistribution();
            externalService();
            if (!prohibited && obligations.isEmpty()) {
                reasons.add(subject + ": " + name + " attaches no obligation to this use ("
                        + (useCase.servesExternalCustomers() ? "outputs served to external customers" : "internal use")
                        + ", nothing given to others).");
            }
            return new LicenseFindings(prohibited, obligations, reasons);
        }

        private void commercialUse() {
            String clause = clause(LicenseTerm.COMMERCIAL_USE);
            CommercialUse rule = terms.commercialUse();
            if (rule == CommercialUse.PROHIBITED) {
                if (useCase.commercial()) {
                    prohibit(name + " allows only non-commercial use (" + clause
                            + ") and this use case is commercial, so the license grants no right to it.");
                } else {
                    reasons.add(subject + ": the use case is declared non-commercial, which " + name
                            + " allows (" + clause + "); any commercial use would need another license.");
                }
            } else if (useCase.commercial()) {
                reasons.add(subject + ": " + name + " allows commercial use"
                        + (rule == CommercialUse.CONDITIONAL ? " on the conditions it sets" : "")
                        + " (" + clause + ").");
            }
        }

        private void userCap() {
            if (terms.monthlyActiveUserCap().isEmpty()) {
                return;
            }
            long cap = terms.monthlyActiveUserCap().getAsLong();
            long expected = useCase.expectedMonthlyActiveUsers();
            String clause = clause(LicenseTerm.MONTHLY_ACTIVE_USER_CAP);
            if (expected > cap) {
                prohibit("the expected " + count(expected) + " monthly active users exceed the cap of "
                        + count(cap) + " in " + name + " (" + clause
                        + "); above the cap the license grants no rights, so this use needs a separate"
                        + " license from the licensor.");
            } else {
                reasons.add(subject + ": the expected " + count(expected) + " monthly active users are within the cap of "
                        + count(cap) + " (" + clause + "); the figure the license counts may be company-wide (all"
                        + " products and services of the licensee and its affiliates), and that must stay within it too.");
            }
        }

        private void anyUse() {
            List<String> bindings = new ArrayList<>();
            terms.acceptableUsePolicyUrl().ifPresent(policy -> bindings.add("its acceptable-use policy"));
            if (!terms.outputsMayImproveOtherModels()) {
                bindings.add("its ban on using the model or its outputs to improve other models");
            }
            if (!bindings.isEmpty()) {
                reasons.add(subject + ": " + name + " binds every use, internal or external, to "
                        + String.join(" and ", bindings) + ".");
            }
            terms.acceptableUsePolicyUrl().ifPresent(policy -> oblige(ObligationType.FOLLOW_ACCEPTABLE_USE_POLICY,
                    LicenseTerm.ACCEPTABLE_USE_POLICY,
                    "Use the model only as the acceptable-use policy of " + name + " allows ("
                            + policy + "); it applies to every use, internal or external"));
            if (!terms.outputsMayImproveOtherModels()) {
                oblige(ObligationType.NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS, LicenseTerm.OUTPUT_USE,
                        "Do not use the model or its outputs to train or otherwise improve another model,"
                                + " except as " + name + " itself permits");
            }
        }

        private void redistribution() {
            if (!useCase.redistributesModel()) {
                return;
            }
            String what = useCase.fineTunes() ? "a fine-tuned derivative of the model" : "the model";
            if (!terms.redistributionAllowed()) {
                prohibit(name + " does not allow the model or its derivatives to be given to others ("
                        + clause(LicenseTerm.REDISTRIBUTION) + "), and this use case gives " + what + " to others.");
                return;
            }
            reasons.add(subject + ": " + what + " is given to others, so the redistribution conditions of "
                    + name + " apply.");
            if (terms.licenseTextWithRedistribution()) {
                oblige(ObligationType.INCLUDE_LICENSE_TEXT, LicenseTerm.LICENSE_TEXT,
                        "Give every recipient a copy of " + name
                                + " (or its address, where the license accepts that) with each copy of " + what);
            }
            if (terms.noticeFileWithRedistribution()) {
                oblige(ObligationType.INCLUDE_NOTICE_FILE, LicenseTerm.NOTICE_FILE,
                        "Distribute a \"NOTICE\" text file with every copy of " + what
                                + ", carrying the attribution notices " + name + " requires there (those of the"
                                + " original's NOTICE file, or the notice the license prescribes)");
            }
            if (terms.copyrightNoticeRequired()) {
                oblige(ObligationType.INCLUDE_COPYRIGHT_NOTICE, LicenseTerm.COPYRIGHT_NOTICE,
                        "Keep the original copyright and license notices in every copy or substantial portion of "
                                + what + " that you distribute");
            }
            if (terms.attributionRequired()) {
                if (terms.attributionNotice().isPresent()) {
                    displayAttribution();
                } else {
                    oblige(ObligationType.GIVE_ATTRIBUTION, LicenseTerm.ATTRIBUTION,
                            "Credit the licensor as " + name + " requires wherever " + what
                                    + " is shared: identify the creators, keep their notices, refer to the license"
                                    + " and say whether you modified it");
                }
            }
            if (terms.useRestrictionsPassThrough()) {
                passThroughUseRestrictions();
            }
            if (terms.shareAlike()) {
                oblige(ObligationType.SHARE_ALIKE, LicenseTerm.SHARE_ALIKE,
                        "Share derivatives only under " + name + " (or a license it names as compatible)");
            }
            if (useCase.publishesDerivative()) {
                terms.derivativeNamePrefix().ifPresent(prefix -> oblige(ObligationType.DERIVATIVE_NAME_PREFIX,
                        LicenseTerm.DERIVATIVE_NAME,
                        "Begin the name of the published fine-tuned model with \"" + prefix + "\""));
            }
        }

        private void externalService() {
            if (!useCase.servesExternalCustomers() || useCase.redistributesModel()) {
                return;
            }
            boolean serviceTerms = terms.attributionNotice().isPresent() || terms.useRestrictionsPassThrough();
            if (serviceTerms) {
                reasons.add(subject + ": external customers use a service built on the model, which "
                        + name + " treats as making it available to others.");
                if (terms.attributionNotice().isPresent()) {
                    displayAttribution();
                }
                if (terms.useRestrictionsPassThrough()) {
                    passThroughUseRestrictions();
                }
            }
            if (hasCopyConditions()) {
                reasons.add(subject + ": external customers receive the model's outputs, not a copy of the model;"
                        + " the conditions " + name + " attaches to copies (license text, notices,"
                        + " credit) apply only when the model or a derivative is given to others.");
            }
            if (useCase.fineTunes() && terms.derivativeNamePrefix().isPresent()) {
                reasons.add(subject + ": the fine-tuned model serves external customers without being given to them;"
                        + " " + name + " (" + clause(LicenseTerm.DERIVATIVE_NAME) + ") also asks for \""
                        + terms.derivativeNamePrefix().get() + "\" at the start of the name of a fine-tuned model"
                        + " that is made available, so legal review should confirm whether the name shown to"
                        + " customers must begin with it.");
            }
        }

        private boolean hasCopyConditions() {
            return terms.licenseTextWithRedistribution() || terms.noticeFileWithRedistribution()
                    || terms.copyrightNoticeRequired()
                    || (terms.attributionRequired() && terms.attributionNotice().isEmpty());
        }

        private void displayAttribution() {
            oblige(ObligationType.DISPLAY_ATTRIBUTION, LicenseTerm.ATTRIBUTION,
                    "Prominently display \"" + terms.attributionNotice().orElseThrow()
                            + "\" where the model, a derivative or a product or service using it is made available"
                            + " to others (for example a related website, user interface, about page or product"
                            + " documentation)");
        }

        private void passThroughUseRestrictions() {
            oblige(ObligationType.PASS_THROUGH_USE_RESTRICTIONS, LicenseTerm.USE_RESTRICTIONS_PASS_THROUGH,
                    "Make the use restrictions of " + name + " an enforceable part of the terms under"
                            + " which others receive or use the model, a derivative or a service built on it,"
                            + " and tell them that those restrictions apply");
        }

        private void prohibit(String reason) {
            prohibited = true;
            reasons.add(subject + ": " + reason);
        }

        private void oblige(ObligationType type, LicenseTerm term, String sentence) {
            if (obligations.stream().anyMatch(o -> o.type() == type)) {
                return;
            }
            String clause = clause(term);
            obligations.add(new Obligation(type, sentence + " (" + license.name() + ", " + clause + ").",
                    license.id(), clause));
        }

        private String clause(LicenseTerm term) {
            return terms.clauseFor(term);
        }
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
