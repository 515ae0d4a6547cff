package io.modelgate.domain.license.evaluation;

import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LicenseEvaluationTest {

    private final Obligation obligation = new Obligation(ObligationType.INCLUDE_NOTICE_FILE,
            "Distribute the NOTICE file.", new LicenseId("apache-2.0"), "Section 4(d)");

    @Test
    void the_verdict_agrees_with_the_obligations() {
        assertThatThrownBy(() -> new LicenseEvaluation(Verdict.PERMITTED, List.of(obligation), List.of("why")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("verdict: ");
        assertThatThrownBy(() -> new LicenseEvaluation(Verdict.PERMITTED_WITH_OBLIGATIONS, List.of(), List.of("why")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("verdict: ");
        assertThat(new LicenseEvaluation(Verdict.PROHIBITED, List.of(obligation), List.of("why")).permitted()).isFalse();
        assertThat(new LicenseEvaluation(Verdict.PROHIBITED, List.of(), List.of("why")).permitted()).isFalse();
    }

    @Test
    void reasons_are_required_and_readable() {
        assertThatThrownBy(() -> new LicenseEvaluation(Verdict.PERMITTED, List.of(), List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessage("reasons: must not be empty");
        assertThatThrownBy(() -> new LicenseEvaluation(Verdict.PERMITTED, List.of(), List.of(" ")))
                .isInstanceOf(InvalidValueException.class).hasMessage("reasons: must not be blank");
    }

    @Test
    void an_obligation_names_its_clause() {
        assertThatThrownBy(() -> new Obligation(ObligationType.SHARE_ALIKE, "Share alike.", new LicenseId("x"), " "))
                .isInstanceOf(InvalidValueException.class).hasMessage("obligation.clause: must not be blank");
        assertThatThrownBy(() -> new Obligation(null, "Share alike.", new LicenseId("x"), "3(b)"))
                .isInstanceOf(InvalidValueException.class).hasMessage("obligation.type: is required");
    }

    @Test
    void the_worst_verdict_wins() {
        assertThat(Verdict.PERMITTED.worst(Verdict.PROHIBITED)).isEqualTo(Verdict.PROHIBITED);
        assertThat(Verdict.PROHIBITED.worst(Verdict.PERMITTED_WITH_OBLIGATIONS)).isEqualTo(Verdict.PROHIBITED);
        assertThat(Verdict.PERMITTED_WITH_OBLIGATIONS.worst(Verdict.PERMITTED)).isEqualTo(Verdict.PERMITTED_WITH_OBLIGATIONS);
    }
}
