package io.modelgate.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DomainExceptionTest {

    @ParameterizedTest(name = "[{0}] / [{1}]")
    @CsvSource(delimiter = '|', value = {
            "id|is required",
            "pricing.asOf|is required",
            "benchmarkScores.MMLU|must be a score between 0 and 100",
            "terms.clauses.NOTICE_FILE|must not be blank",
            "f|reason: with a colon",
    })
    void invalidValueCarriesFieldReasonAndStableCode(String field, String reason) {
        InvalidValueException e = new InvalidValueException(field, reason);

        assertThat(e.field()).isEqualTo(field);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.getMessage()).isEqualTo(field + ": " + reason);
        assertThat(e.code()).isEqualTo("VALUE.INVALID");
        assertThat(e).isInstanceOf(DomainException.class).isInstanceOf(RuntimeException.class);
    }

    @Test
    void stateConflictCarriesCodeCurrentStateAndMessage() {
        StateConflictException e = new StateConflictException("MODEL.RETIRED", "RETIRED", "no more revisions");

        assertThat(e.code()).isEqualTo("MODEL.RETIRED");
        assertThat(e.currentState()).isEqualTo("RETIRED");
        assertThat(e.getMessage()).isEqualTo("no more revisions");
        assertThat(e).isInstanceOf(DomainException.class).isInstanceOf(RuntimeException.class);
    }
}
