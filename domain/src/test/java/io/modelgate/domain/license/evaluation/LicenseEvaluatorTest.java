package io.modelgate.domain.license.evaluation;

import io.modelgate.domain.license.License;
import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.license.LicenseTerm;
import io.modelgate.domain.usecase.Audience;
import io.modelgate.domain.usecase.UseCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.modelgate.domain.license.evaluation.ObligationType.DERIVATIVE_NAME_PREFIX;
import static io.modelgate.domain.license.evaluation.ObligationType.DISPLAY_ATTRIBUTION;
import static io.modelgate.domain.license.evaluation.ObligationType.FOLLOW_ACCEPTABLE_USE_POLICY;
import static io.modelgate.domain.license.evaluation.ObligationType.GIVE_ATTRIBUTION;
import static io.modelgate.domain.license.evaluation.ObligationType.INCLUDE_COPYRIGHT_NOTICE;
import static io.modelgate.domain.license.evaluation.ObligationType.INCLUDE_LICENSE_TEXT;
import static io.modelgate.domain.license.evaluation.ObligationType.INCLUDE_NOTICE_FILE;
import static io.modelgate.domain.license.evaluation.ObligationType.NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS;
import static io.modelgate.domain.license.evaluation.ObligationType.PASS_THROUGH_USE_RESTRICTIONS;
import static io.modelgate.domain.license.evaluation.ObligationType.SHARE_ALIKE;
import static io.modelgate.domain.license.evaluation.ShippedLicenses.APACHE_2_0;
import static io.modelgate.domain.license.evaluation.ShippedLicenses.CC_BY_NC_4_0;
import static io.modelgate.domain.license.evaluation.ShippedLicenses.GEMMA;
import static io.modelgate.domain.license.evaluation.ShippedLicenses.LLAMA_3;
import static io.modelgate.domain.license.evaluation.ShippedLicenses.LLAMA_3_MAU_CAP;
import static io.modelgate.domain.license.evaluation.ShippedLicenses.MIT;
import static io.modelgate.domain.license.evaluation.ShippedLicenses.VENDOR;
import static io.modelgate.domain.license.evaluation.UseCases.useCase;
import static io.modelgate.domain.license.evaluation.Verdict.PERMITTED;
import static io.modelgate.domain.license.evaluation.Verdict.PERMITTED_WITH_OBLIGATIONS;
import static io.modelgate.domain.license.evaluation.Verdict.PROHIBITED;
import static io.modelgate.domain.usecase.Audience.EXTERNAL_CUSTOMERS;
import static io.modelgate.domain.usecase.Audience.INTERNAL;
import static org.assertj.core.api.Assertions.assertThat;

class LicenseEvaluatorTest {

    private static final boolean COMMERCIAL = true;
    private static final boolean NON_COMMERCIAL = false;
    private static final boolean REDISTRIBUTES = true;
    private static final boolean KEEPS = false;
    private static final boolean FINE_TUNES = true;
    private static final boolean AS_IS = false;
    private static final long FEW = 1_000;
    private static final long AT_CAP = LLAMA_3_MAU_CAP;
    private static final long ABOVE_CAP = LLAMA_3_MAU_CAP + 1;

    private final LicenseEvaluator evaluator = new LicenseEvaluator();

    /** license, commercial, audience, redistributes, fine-tunes, monthly active users → verdict, obligation types. */
    static Stream<Arguments> shippedLicenseTable() {
        return Stream.of(
                // Apache-2.0: nothing for internal or served use; license, NOTICE and notices when copies are given.
                row(APACHE_2_0, COMMERCIAL, INTERNAL, KEEPS, AS_IS, FEW, PERMITTED),
                row(APACHE_2_0, COMMERCIAL, EXTERNAL_CUSTOMERS, KEEPS, FINE_TUNES, FEW, PERMITTED),
                row(APACHE_2_0, NON_COMMERCIAL, INTERNAL, KEEPS, AS_IS, ABOVE_CAP, PERMITTED),
                row(APACHE_2_0, COMMERCIAL, INTERNAL, REDISTRIBUTES, AS_IS, FEW, PERMITTED_WITH_OBLIGATIONS,
                        INCLUDE_LICENSE_TEXT, INCLUDE_NOTICE_FILE, INCLUDE_COPYRIGHT_NOTICE),
                row(APACHE_2_0, COMMERCIAL, EXTERNAL_CUSTOMERS, REDISTRIBUTES, FINE_TUNES, FEW, PERMITTED_WITH_OBLIGATIONS,
                        INCLUDE_LICENSE_TEXT, INCLUDE_NOTICE_FILE, INCLUDE_COPYRIGHT_NOTICE),
                // MIT: copyright and permission notice in all copies, nothing else.
                row(MIT, COMMERCIAL, INTERNAL, KEEPS, AS_IS, FEW, PERMITTED),
                row(MIT, COMMERCIAL, EXTERNAL_CUSTOMERS, KEEPS, AS_IS, FEW, PERMITTED),
                row(MIT, COMMERCIAL, EXTERNAL_CUSTOMERS, REDISTRIBUTES, FINE_TUNES, FEW, PERMITTED_WITH_OBLIGATIONS,
                        INCLUDE_COPYRIGHT_NOTICE),
                row(MIT, NON_COMMERCIAL, INTERNAL, REDISTRIBUTES, AS_IS, FEW, PERMITTED_WITH_OBLIGATIONS,
                        INCLUDE_COPYRIGHT_NOTICE),
                // CC BY-NC 4.0: any commercial use is outside the license; non-commercial sharing needs attribution.
                row(CC_BY_NC_4_0, COMMERCIAL, INTERNAL, KEEPS, AS_IS, FEW, PROHIBITED),
                row(CC_BY_NC_4_0, COMMERCIAL, EXTERNAL_CUSTOMERS, KEEPS, AS_IS, FEW, PROHIBITED),
                row(CC_BY_NC_4_0, COMMERCIAL, INTERNAL, REDISTRIBUTES, AS_IS, FEW, PROHIBITED,
                        INCLUDE_LICENSE_TEXT, INCLUDE_COPYRIGHT_NOTICE, GIVE_ATTRIBUTION),
                row(CC_BY_NC_4_0, NON_COMMERCIAL, INTERNAL, KEEPS, AS_IS, FEW, PERMITTED),
                row(CC_BY_NC_4_0, NON_COMMERCIAL, INTERNAL, KEEPS, FINE_TUNES, FEW, PERMITTED),
                row(CC_BY_NC_4_0, NON_COMMERCIAL, EXTERNAL_CUSTOMERS, KEEPS, AS_IS, FEW, PERMITTED),
                row(CC_BY_NC_4_0, NON_COMMERCIAL, INTERNAL, REDISTRIBUTES, AS_IS, FEW, PERMITTED_WITH_OBLIGATIONS,
                        INCLUDE_LICENSE_TEXT, INCLUDE_COPYRIGHT_NOTICE, GIVE_ATTRIBUTION),
                row(CC_BY_NC_4_0, NON_COMMERCIAL, EXTERNAL_CUSTOMERS, REDISTRIBUTES, FINE_TUNES, FEW,
                        PERMITTED_WITH_OBLIGATIONS, INCLUDE_LICENSE_TEXT, INCLUDE_COPYRIGHT_NOTICE, GIVE_ATTRIBUTION),
                // Llama 3: AUP and no improving other LLMs for any use; "Built with Meta Llama 3" for a product or
                // service made available; license copy and Notice file for copies; "Llama 3" name for a published
                // fine-tune; the 700M MAU cap.
                row(LLAMA_3, COMMERCIAL, INTERNAL, KEEPS, AS_IS, FEW, PERMITTED_WITH_OBLIGATIONS,
                        FOLLOW_ACCEPTABLE_USE_POLICY, NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS),
                row(LLAMA_3, NON_COMMERCIAL, INTERNAL, KEEPS, FINE_TUNES, FEW, PERMITTED_WITH_OBLIGATIONS,
                        FOLLOW_ACCEPTABLE_USE_POLICY, NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS),
                row(LLAMA_3, COMMERCIAL, EXTERNAL_CUSTOMERS, KEEPS, AS_IS, FEW, PERMITTED_WITH_OBLIGATIONS,
                        FOLLOW_ACCEPTABLE_USE_POLICY, NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS, DISPLAY_ATTRIBUTION),
                row(LLAMA_3, COMMERCIAL, EXTERNAL_CUSTOMERS, KEEPS, FINE_TUNES, FEW, PERMITTED_WITH_OBLIGATIONS,
                        FOLLOW_ACCEPTABLE_USE_POLICY, NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS, DISPLAY_ATTRIBUTION),
                row(LLAMA_3, COMMERCIAL, INTERNAL, REDISTRIBUTES, AS_IS, FEW, PERMITTED_WITH_OBLIGATIONS,
                        FOLLOW_ACCEPTABLE_USE_POLICY, NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS, INCLUDE_LICENSE_TEXT,
                        INCLUDE_NOTICE_FILE, DISPLAY_ATTRIBUTION),
                row(LLAMA_3, COMMERCIAL, EXTERNAL_CUSTOMERS, REDISTRIBUTES, FINE_TUNES, FEW, PERMITTED_WITH_OBLIGATIONS,
                        FOLLOW_ACCEPTABLE_USE_POLICY, NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS, INCLUDE_LICENSE_TEXT,
                        INCLUDE_NOTICE_FILE, DISPLAY_ATTRIBUTION, DERIVATIVE_NAME_PREFIX),
                row(LLAMA_3, COMMERCIAL, EXTERNAL_CUSTOMERS, KEEPS, AS_IS, AT_CAP, PERMITTED_WITH_OBLIGATIONS,
                        FOLLOW_ACCEPTABLE_USE_POLICY, NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS, DISPLAY_ATTRIBUTION),
                row(LLAMA_3, COMMERCIAL, EXTERNAL_CUSTOMERS, KEEPS, AS_IS, ABOVE_CAP, PROHIBITED,
                        FOLLOW_ACCEPTABLE_USE_POLICY, NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS, DISPLAY_ATTRIBUTION),
                row(LLAMA_3, NON_COMMERCIAL, INTERNAL, KEEPS, AS_IS, ABOVE_CAP, PROHIBITED,
                        FOLLOW_ACCEPTABLE_USE_POLICY, NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS),
                // Gemma: Prohibited Use Policy for any use; restrictions passed on for a hosted service too
                // ("Distribution" includes one); license copy and Notice file for copies; no user cap.
                row(GEMMA, COMMERCIAL, INTERNAL, KEEPS, AS_IS, FEW, PERMITTED_WITH_OBLIGATIONS,
                        FOLLOW_ACCEPTABLE_USE_POLICY),
                row(GEMMA, COMMERCIAL, INTERNAL, KEEPS, AS_IS, ABOVE_CAP, PERMITTED_WITH_OBLIGATIONS,
                        FOLLOW_ACCEPTABLE_USE_POLICY),
                row(GEMMA, COMMERCIAL, EXTERNAL_CUSTOMERS, KEEPS, AS_IS, FEW, PERMITTED_WITH_OBLIGATIONS,
                        FOLLOW_ACCEPTABLE_USE_POLICY, PASS_THROUGH_USE_RESTRICTIONS),
                row(GEMMA, COMMERCIAL, INTERNAL, REDISTRIBUTES, FINE_TUNES, FEW, PERMITTED_WITH_OBLIGATIONS,
                        FOLLOW_ACCEPTABLE_USE_POLICY, INCLUDE_LICENSE_TEXT, INCLUDE_NOTICE_FILE,
                        PASS_THROUGH_USE_RESTRICTIONS),
                // Proprietary vendor terms: commercial use, usage policy, no competing models, no redistribution.
                row(VENDOR, COMMERCIAL, INTERNAL, KEEPS, AS_IS, FEW, PERMITTED_WITH_OBLIGATIONS,
                        FOLLOW_ACCEPTABLE_USE_POLICY, NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS),
                row(VENDOR, COMMERCIAL, EXTERNAL_CUSTOMERS, KEEPS, FINE_TUNES, ABOVE_CAP, PERMITTED_WITH_OBLIGATIONS,
                        FOLLOW_ACCEPTABLE_USE_POLICY, NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS),
                row(VENDOR, COMMERCIAL, INTERNAL, REDISTRIBUTES, AS_IS, FEW, PROHIBITED,
                        FOLLOW_ACCEPTABLE_USE_POLICY, NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS),
                row(VENDOR, NON_COMMERCIAL, EXTERNAL_CUSTOMERS, REDISTRIBUTES, FINE_TUNES, FEW, PROHIBITED,
                        FOLLOW_ACCEPTABLE_USE_POLICY, NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS));
    }

    private static Arguments row(LicenseId license, boolean commercial, Audience audience, boolean redistributes,
                                 boolean fineTunes, long mau, Verdict verdict, ObligationType... obligations) {
        Set<ObligationType> expected = EnumSet.noneOf(ObligationType.class);
        expected.addAll(List.of(obligations));
        return Arguments.of(license, commercial, audience, redistributes, fineTunes, mau, verdict, expected);
    }

    @ParameterizedTest(name = "{0} commercial={1} {2} redistributes={3} fineTunes={4} mau={5} → {6} {7}")
    @MethodSource("shippedLicenseTable")
    void shipped_licenses_give_the_verdict_and_obligations_of_their_real_terms(
            LicenseId id, boolean commercial, Audience audience, boolean redistributes, boolean fineTunes, long mau,
            Verdict verdict, Set<ObligationType> obligations) {
        License license = ShippedLicenses.byId(id);

        LicenseEvaluation evaluation = evaluator.evaluate(license,
                useCase(commercial, audience, redistributes, fineTunes, mau));

        assertThat(evaluation.verdict()).isEqualTo(verdict);
        assertThat(evaluation.obligations()).extracting(Obligation::type)
                .containsExactlyInAnyOrderElementsOf(obligations);
        assertThat(evaluation.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith(id.value() + ": "));
    }

    /** Every combination of the dimensions, checked against the rules stated in plain words. */
    static Stream<Arguments> everyCombination() {
        List<Arguments> rows = new ArrayList<>();
        for (License license : ShippedLicenses.all()) {
            for (boolean commercial : new boolean[] {true, false}) {
                for (Audience audience : Audience.values()) {
                    for (boolean redistributes : new boolean[] {true, false}) {
                        for (boolean fineTunes : new boolean[] {true, false}) {
                            for (long mau : new long[] {0, FEW, AT_CAP - 1, AT_CAP, ABOVE_CAP, 10_000_000_000L}) {
                                rows.add(Arguments.of(license, useCase(commercial, audience, redistributes, fineTunes, mau)));
                            }
                        }
                    }
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyCombination")
    void every_combination_follows_the_rules(License license, UseCase useCase) {
        LicenseId id = license.id();
        LicenseEvaluation evaluation = evaluator.evaluate(license, useCase);
        Set<ObligationType> types = EnumSet.noneOf(ObligationType.class);
        evaluation.obligations().forEach(o -> types.add(o.type()));

        boolean prohibited = (id.equals(CC_BY_NC_4_0) && useCase.commercial())
                || (id.equals(LLAMA_3) && useCase.expectedMonthlyActiveUsers() > LLAMA_3_MAU_CAP)
                || (id.equals(VENDOR) && useCase.redistributesModel());
        Verdict expected = prohibited ? PROHIBITED : types.isEmpty() ? PERMITTED : PERMITTED_WITH_OBLIGATIONS;
        assertThat(evaluation.verdict()).isEqualTo(expected);

        assertThat(types.contains(FOLLOW_ACCEPTABLE_USE_POLICY)).isEqualTo(Set.of(LLAMA_3, GEMMA, VENDOR).contains(id));
        assertThat(types.contains(NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS)).isEqualTo(Set.of(LLAMA_3, VENDOR).contains(id));
        assertThat(types.contains(DERIVATIVE_NAME_PREFIX))
                .isEqualTo(id.equals(LLAMA_3) && useCase.fineTunes() && useCase.redistributesModel());
        assertThat(types.contains(DISPLAY_ATTRIBUTION)).isEqualTo(id.equals(LLAMA_3)
                && (useCase.redistributesModel() || useCase.servesExternalCustomers()));
        assertThat(types.contains(PASS_THROUGH_USE_RESTRICTIONS)).isEqualTo(id.equals(GEMMA)
                && (useCase.redistributesModel() || useCase.servesExternalCustomers()));
        assertThat(types.contains(SHARE_ALIKE)).isFalse();
        if (!useCase.redistributesModel()) {
            assertThat(types).doesNotContain(INCLUDE_LICENSE_TEXT, INCLUDE_NOTICE_FILE, INCLUDE_COPYRIGHT_NOTICE,
                    GIVE_ATTRIBUTION);
        }
        assertThat(evaluation.obligations()).allSatisfy(o -> {
            assertThat(o.source()).isEqualTo(id);
            assertThat(o.sentence()).contains(license.name()).endsWith(o.clause() + ").");
        });
        assertThat(evaluation.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith(id.value() + ": "));
    }

    @Test
    void commercial_use_of_a_non_commercial_license_is_prohibited_citing_the_non_commercial_clause() {
        LicenseEvaluation evaluation = evaluator.evaluate(ShippedLicenses.ccByNc4(), UseCases.internalCommercial());

        assertThat(evaluation.verdict()).isEqualTo(PROHIBITED);
        assertThat(evaluation.reasons()).anySatisfy(r -> assertThat(r)
                .startsWith("cc-by-nc-4.0: ")
                .contains("allows only non-commercial use")
                .contains("Section 1(i) NonCommercial")
                .contains("this use case is commercial"));
    }

    @Test
    void non_commercial_research_with_a_non_commercial_license_is_permitted_and_says_why() {
        LicenseEvaluation evaluation = evaluator.evaluate(ShippedLicenses.ccByNc4(),
                useCase(NON_COMMERCIAL, INTERNAL, KEEPS, FINE_TUNES, 20));

        assertThat(evaluation.verdict()).isEqualTo(PERMITTED);
        assertThat(evaluation.reasons()).anySatisfy(r -> assertThat(r)
                .contains("declared non-commercial").contains("Section 1(i) NonCommercial"));
    }

    @Test
    void sharing_a_non_commercial_model_brings_the_attribution_of_section_3a() {
        LicenseEvaluation evaluation = evaluator.evaluate(ShippedLicenses.ccByNc4(),
                useCase(NON_COMMERCIAL, INTERNAL, REDISTRIBUTES, AS_IS, 20));

        Map<ObligationType, String> clauses = clausesByType(evaluation);
        assertThat(clauses).containsEntry(GIVE_ATTRIBUTION, "Section 3(a)(1)")
                .containsEntry(INCLUDE_COPYRIGHT_NOTICE, "Section 3(a)(1)(A)(ii)")
                .containsEntry(INCLUDE_LICENSE_TEXT, "Section 3(a)(1)(C)");
    }

    @Test
    void serving_outputs_of_a_non_commercial_model_to_the_public_needs_no_attribution_and_says_why() {
        LicenseEvaluation evaluation = evaluator.evaluate(ShippedLicenses.ccByNc4(),
                useCase(NON_COMMERCIAL, EXTERNAL_CUSTOMERS, KEEPS, AS_IS, 20));

        assertThat(evaluation.verdict()).isEqualTo(PERMITTED);
        assertThat(evaluation.reasons()).anySatisfy(r -> assertThat(r)
                .contains("receive the model's outputs, not a copy of the model")
                .contains("apply only when the model or a derivative is given to others"));
    }

    @Test
    void above_the_user_cap_a_separate_license_from_the_licensor_is_needed() {
        LicenseEvaluation evaluation = evaluator.evaluate(ShippedLicenses.llama3(),
                useCase(COMMERCIAL, EXTERNAL_CUSTOMERS, KEEPS, AS_IS, 800_000_000));

        assertThat(evaluation.verdict()).isEqualTo(PROHIBITED);
        assertThat(evaluation.reasons()).anySatisfy(r -> assertThat(r)
                .isEqualTo("llama-3-community: the expected 800,000,000 monthly active users exceed the cap of"
                        + " 700,000,000 in the Meta Llama 3 Community License (Section 2 (Additional Commercial Terms));"
                        + " above the cap the license grants no rights, so this use needs a separate license from"
                        + " the licensor."));
    }

    @Test
    void exactly_at_the_user_cap_is_within_the_license() {
        LicenseEvaluation evaluation = evaluator.evaluate(ShippedLicenses.llama3(),
                useCase(COMMERCIAL, INTERNAL, KEEPS, AS_IS, 700_000_000));

        assertThat(evaluation.permitted()).isTrue();
        assertThat(evaluation.reasons()).anySatisfy(r -> assertThat(r)
                .contains("700,000,000 monthly active users are within the cap of 700,000,000"));
    }

    @Test
    void a_published_llama_3_fine_tune_carries_every_redistribution_term_with_its_clause() {
        LicenseEvaluation evaluation = evaluator.evaluate(ShippedLicenses.llama3(),
                useCase(COMMERCIAL, EXTERNAL_CUSTOMERS, REDISTRIBUTES, FINE_TUNES, FEW));

        Map<ObligationType, String> clauses = clausesByType(evaluation);
        assertThat(clauses).containsEntry(INCLUDE_LICENSE_TEXT, "Section 1.b.i")
                .containsEntry(DISPLAY_ATTRIBUTION, "Section 1.b.i")
                .containsEntry(DERIVATIVE_NAME_PREFIX, "Section 1.b.i")
                .containsEntry(INCLUDE_NOTICE_FILE, "Section 1.b.iii")
                .containsEntry(FOLLOW_ACCEPTABLE_USE_POLICY, "Section 1.b.iv")
                .containsEntry(NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS, "Section 1.b.v");
        assertThat(sentence(evaluation, DISPLAY_ATTRIBUTION)).contains("Prominently display \"Built with Meta Llama 3\"");
        assertThat(sentence(evaluation, DERIVATIVE_NAME_PREFIX))
                .isEqualTo("Begin the name of the published fine-tuned model with \"Llama 3\""
                        + " (Meta Llama 3 Community License, Section 1.b.i).");
        assertThat(sentence(evaluation, FOLLOW_ACCEPTABLE_USE_POLICY))
                .contains("https://llama.meta.com/llama3/use-policy");
    }

    @Test
    void a_llama_3_fine_tune_served_but_not_given_away_flags_the_naming_question_for_legal_review() {
        LicenseEvaluation evaluation = evaluator.evaluate(ShippedLicenses.llama3(),
                useCase(COMMERCIAL, EXTERNAL_CUSTOMERS, KEEPS, FINE_TUNES, FEW));

        assertThat(evaluation.has(DERIVATIVE_NAME_PREFIX)).isFalse();
        assertThat(evaluation.reasons()).anySatisfy(r -> assertThat(r)
                .contains("\"Llama 3\" at the start of the name").contains("legal review should confirm"));
    }

    @Test
    void internal_use_of_llama_3_forbids_improving_other_models_with_its_outputs() {
        LicenseEvaluation evaluation = evaluator.evaluate(ShippedLicenses.llama3(), UseCases.internalCommercial());

        assertThat(sentence(evaluation, NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS))
                .isEqualTo("Do not use the model or its outputs to train or otherwise improve another model, except as"
                        + " the Meta Llama 3 Community License itself permits (Meta Llama 3 Community License, Section 1.b.v).");
    }

    @Test
    void apache_redistribution_brings_license_copy_notices_and_notice_file() {
        LicenseEvaluation evaluation = evaluator.evaluate(ShippedLicenses.apache2(),
                useCase(COMMERCIAL, INTERNAL, REDISTRIBUTES, AS_IS, FEW));

        assertThat(clausesByType(evaluation)).containsExactlyInAnyOrderEntriesOf(Map.of(
                INCLUDE_LICENSE_TEXT, "Section 4(a)",
                INCLUDE_COPYRIGHT_NOTICE, "Section 4(c)",
                INCLUDE_NOTICE_FILE, "Section 4(d)"));
        assertThat(sentence(evaluation, INCLUDE_NOTICE_FILE)).contains("\"NOTICE\" text file");
    }

    @Test
    void mit_copies_keep_the_copyright_and_permission_notice() {
        LicenseEvaluation evaluation = evaluator.evaluate(ShippedLicenses.mit(),
                useCase(COMMERCIAL, INTERNAL, REDISTRIBUTES, AS_IS, FEW));

        assertThat(evaluation.obligations()).singleElement().satisfies(o -> {
            assertThat(o.type()).isEqualTo(INCLUDE_COPYRIGHT_NOTICE);
            assertThat(o.clause()).contains("The above copyright notice and this permission notice");
            assertThat(o.sentence()).contains("copyright and license notices");
        });
    }

    @Test
    void gemma_served_to_customers_passes_its_use_restrictions_on() {
        LicenseEvaluation evaluation = evaluator.evaluate(ShippedLicenses.gemma(),
                useCase(COMMERCIAL, EXTERNAL_CUSTOMERS, KEEPS, AS_IS, FEW));

        assertThat(clausesByType(evaluation)).containsExactlyInAnyOrderEntriesOf(Map.of(
                FOLLOW_ACCEPTABLE_USE_POLICY, "Section 3.2 (Use Restrictions; Prohibited Use Policy)",
                PASS_THROUGH_USE_RESTRICTIONS, "Section 3.1(1)"));
        assertThat(evaluation.reasons()).anySatisfy(r -> assertThat(r)
                .contains("treats as making it available to others"));
    }

    @Test
    void gemma_redistributed_brings_agreement_copy_and_notice_file() {
        LicenseEvaluation evaluation = evaluator.evaluate(ShippedLicenses.gemma(),
                useCase(COMMERCIAL, INTERNAL, REDISTRIBUTES, FINE_TUNES, FEW));

        assertThat(clausesByType(evaluation)).containsEntry(INCLUDE_LICENSE_TEXT, "Section 3.1(2)")
                .containsEntry(INCLUDE_NOTICE_FILE, "Section 3.1(4)")
                .containsEntry(PASS_THROUGH_USE_RESTRICTIONS, "Section 3.1(1)");
    }

    @Test
    void proprietary_weights_cannot_be_redistributed() {
        LicenseEvaluation evaluation = evaluator.evaluate(ShippedLicenses.vendorProprietary(),
                useCase(COMMERCIAL, INTERNAL, REDISTRIBUTES, FINE_TUNES, FEW));

        assertThat(evaluation.verdict()).isEqualTo(PROHIBITED);
        assertThat(evaluation.reasons()).anySatisfy(r -> assertThat(r)
                .contains("does not allow the model or its derivatives to be given to others")
                .contains("a fine-tuned derivative of the model"));
    }

    @Test
    void a_permitted_use_without_obligations_still_explains_itself() {
        LicenseEvaluation evaluation = evaluator.evaluate(ShippedLicenses.apache2(), UseCases.internalCommercial());

        assertThat(evaluation.verdict()).isEqualTo(PERMITTED);
        assertThat(evaluation.reasons()).containsExactly(
                "apache-2.0: the Apache License 2.0 allows commercial use (Section 2 (Grant of Copyright License)).",
                "apache-2.0: the Apache License 2.0 attaches no obligation to this use (internal use, nothing given to others).");
    }

    @Test
    void share_alike_terms_bind_redistributed_derivatives() {
        License shareAlike = ShippedLicenses.mit();
        var t = shareAlike.terms();
        var terms = new io.modelgate.domain.license.LicenseTerms(t.commercialUse(), t.monthlyActiveUserCap(),
                t.attributionRequired(), t.attributionNotice(), t.copyrightNoticeRequired(),
                t.licenseTextWithRedistribution(), t.noticeFileWithRedistribution(), t.derivativeNamePrefix(),
                t.acceptableUsePolicyUrl(), t.useRestrictionsPassThrough(), t.redistributionAllowed(), true,
                t.outputsMayImproveOtherModels(), Map.of(LicenseTerm.SHARE_ALIKE, "Section 3(b)"));
        License license = shareAlike.revise("Share-alike test license", shareAlike.spdxId(), shareAlike.textUrl(),
                shareAlike.summary(), terms);

        assertThat(evaluator.evaluate(license, useCase(COMMERCIAL, INTERNAL, KEEPS, FINE_TUNES, FEW)).has(SHARE_ALIKE))
                .isFalse();
        LicenseEvaluation shared = evaluator.evaluate(license, useCase(COMMERCIAL, INTERNAL, REDISTRIBUTES, FINE_TUNES, FEW));
        assertThat(clausesByType(shared)).containsEntry(SHARE_ALIKE, "Section 3(b)")
                .containsEntry(INCLUDE_COPYRIGHT_NOTICE, "license text");
    }

    private static Map<ObligationType, String> clausesByType(LicenseEvaluation evaluation) {
        Map<ObligationType, String> clauses = new java.util.EnumMap<>(ObligationType.class);
        evaluation.obligations().forEach(o -> clauses.put(o.type(), o.clause()));
        return clauses;
    }

    private static String sentence(LicenseEvaluation evaluation, ObligationType type) {
        return evaluation.obligations().stream().filter(o -> o.type() == type).findFirst().orElseThrow().sentence();
    }
}
