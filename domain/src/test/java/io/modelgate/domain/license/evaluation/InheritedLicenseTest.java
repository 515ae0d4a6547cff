package io.modelgate.domain.license.evaluation;

import io.modelgate.domain.license.License;
import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.modelgate.domain.license.evaluation.ObligationType.DERIVATIVE_NAME_PREFIX;
import static io.modelgate.domain.license.evaluation.ObligationType.DISPLAY_ATTRIBUTION;
import static io.modelgate.domain.license.evaluation.ObligationType.FOLLOW_ACCEPTABLE_USE_POLICY;
import static io.modelgate.domain.license.evaluation.ObligationType.INCLUDE_COPYRIGHT_NOTICE;
import static io.modelgate.domain.license.evaluation.ObligationType.INCLUDE_LICENSE_TEXT;
import static io.modelgate.domain.license.evaluation.ObligationType.INCLUDE_NOTICE_FILE;
import static io.modelgate.domain.license.evaluation.ObligationType.NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS;
import static io.modelgate.domain.license.evaluation.ObligationType.PASS_THROUGH_USE_RESTRICTIONS;
import static io.modelgate.domain.license.evaluation.ShippedLicenses.APACHE_2_0;
import static io.modelgate.domain.license.evaluation.ShippedLicenses.GEMMA;
import static io.modelgate.domain.license.evaluation.ShippedLicenses.LLAMA_3;
import static io.modelgate.domain.license.evaluation.UseCases.useCase;
import static io.modelgate.domain.usecase.Audience.EXTERNAL_CUSTOMERS;
import static io.modelgate.domain.usecase.Audience.INTERNAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A Swallow-like model: the fine-tuner publishes its weights under its own license (here Apache-2.0),
 * and the base model's license (Llama 3) travels with them.
 */
class InheritedLicenseTest {

    private final LicenseEvaluator evaluator = new LicenseEvaluator();
    private final License own = ShippedLicenses.apache2();
    private final List<License> llamaBase = List.of(ShippedLicenses.llama3());

    @Test
    void the_base_models_license_applies_to_an_internal_use_of_the_derivative() {
        LicenseEvaluation evaluation = evaluator.evaluate(own, llamaBase, UseCases.internalCommercial());

        assertThat(evaluation.verdict()).isEqualTo(Verdict.PERMITTED_WITH_OBLIGATIONS);
        assertThat(evaluation.obligations()).extracting(Obligation::type, Obligation::source).containsExactly(
                tuple(FOLLOW_ACCEPTABLE_USE_POLICY, LLAMA_3),
                tuple(NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS, LLAMA_3));
        assertThat(evaluation.obligationsFrom(APACHE_2_0)).isEmpty();
        assertThat(evaluation.reasons()).anySatisfy(r -> assertThat(r)
                .startsWith("inherited from llama-3-community via base model: ")
                .contains("acceptable-use policy"));
    }

    @Test
    void the_inherited_user_cap_prohibits_and_the_reason_names_the_inherited_license() {
        LicenseEvaluation evaluation = evaluator.evaluate(own, llamaBase,
                useCase(true, EXTERNAL_CUSTOMERS, false, false, 700_000_001));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(evaluation.reasons()).anySatisfy(r -> assertThat(r)
                .startsWith("inherited from llama-3-community via base model: the expected 700,000,001 monthly"
                        + " active users exceed the cap of 700,000,000")
                .endsWith("this use needs a separate license from the licensor."));
    }

    @Test
    void publishing_the_fine_tune_merges_both_licenses_obligations_each_with_its_source() {
        LicenseEvaluation evaluation = evaluator.evaluate(own, llamaBase,
                useCase(true, EXTERNAL_CUSTOMERS, true, true, 5_000));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.PERMITTED_WITH_OBLIGATIONS);
        assertThat(evaluation.obligations()).extracting(Obligation::type, Obligation::source).containsExactly(
                tuple(INCLUDE_LICENSE_TEXT, APACHE_2_0),
                tuple(INCLUDE_NOTICE_FILE, APACHE_2_0),
                tuple(INCLUDE_COPYRIGHT_NOTICE, APACHE_2_0),
                tuple(FOLLOW_ACCEPTABLE_USE_POLICY, LLAMA_3),
                tuple(NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS, LLAMA_3),
                tuple(INCLUDE_LICENSE_TEXT, LLAMA_3),
                tuple(INCLUDE_NOTICE_FILE, LLAMA_3),
                tuple(DISPLAY_ATTRIBUTION, LLAMA_3),
                tuple(DERIVATIVE_NAME_PREFIX, LLAMA_3));
        assertThat(evaluation.reasons().get(0)).startsWith("apache-2.0: ");
    }

    @Test
    void a_license_both_own_and_inherited_is_evaluated_once() {
        var useCase = useCase(true, INTERNAL, true, true, 5_000);

        LicenseEvaluation twice = evaluator.evaluate(ShippedLicenses.llama3(),
                List.of(ShippedLicenses.llama3(), ShippedLicenses.llama3()), useCase);

        assertThat(twice).isEqualTo(evaluator.evaluate(ShippedLicenses.llama3(), useCase));
    }

    @Test
    void the_verdict_is_the_worst_of_all_licenses() {
        var commercial = UseCases.internalCommercial();

        assertThat(evaluator.evaluate(ShippedLicenses.mit(), List.of(ShippedLicenses.ccByNc4()), commercial).verdict())
                .isEqualTo(Verdict.PROHIBITED);
        assertThat(evaluator.evaluate(ShippedLicenses.mit(), List.of(ShippedLicenses.gemma()), commercial).verdict())
                .isEqualTo(Verdict.PERMITTED_WITH_OBLIGATIONS);
        assertThat(evaluator.evaluate(ShippedLicenses.mit(), List.of(ShippedLicenses.apache2()), commercial).verdict())
                .isEqualTo(Verdict.PERMITTED);
        assertThat(evaluator.evaluate(ShippedLicenses.ccByNc4(), List.of(ShippedLicenses.apache2()), commercial)
                .reasons()).anySatisfy(r -> assertThat(r).startsWith("cc-by-nc-4.0: ").contains("non-commercial"));
    }

    @Test
    void a_model_with_two_bases_carries_both_inherited_licenses() {
        // Like Llama 3.1 Swallow instruct: Llama base weights, trained on Gemma-generated data.
        LicenseEvaluation evaluation = evaluator.evaluate(own,
                List.of(ShippedLicenses.llama3(), ShippedLicenses.gemma()),
                useCase(true, EXTERNAL_CUSTOMERS, false, false, 5_000));

        assertThat(evaluation.obligations()).extracting(Obligation::type, Obligation::source).containsExactly(
                tuple(FOLLOW_ACCEPTABLE_USE_POLICY, LLAMA_3),
                tuple(NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS, LLAMA_3),
                tuple(DISPLAY_ATTRIBUTION, LLAMA_3),
                tuple(FOLLOW_ACCEPTABLE_USE_POLICY, GEMMA),
                tuple(PASS_THROUGH_USE_RESTRICTIONS, GEMMA));
        assertThat(evaluation.reasons()).anySatisfy(r -> assertThat(r).startsWith("inherited from gemma-terms via base model: "));
    }

    @Test
    void missing_inputs_are_named() {
        assertThatThrownBy(() -> evaluator.evaluate(null, UseCases.internalCommercial()))
                .isInstanceOf(InvalidValueException.class).hasMessage("license: is required");
        assertThatThrownBy(() -> evaluator.evaluate(own, Arrays.asList((License) null), UseCases.internalCommercial()))
                .isInstanceOf(InvalidValueException.class).hasMessage("inherited: is required");
        assertThatThrownBy(() -> evaluator.evaluate(own, null))
                .isInstanceOf(InvalidValueException.class).hasMessage("useCase: is required");
    }
}
