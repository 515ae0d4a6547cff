package io.modelgate.domain.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleTest {

    /** Every from x to pair: only forward moves are allowed. */
    @ParameterizedTest(name = "{0} -> {1} allowed={2}")
    @CsvSource({
            "ACTIVE,ACTIVE,false",
            "ACTIVE,DEPRECATED,true",
            "ACTIVE,RETIRED,true",
            "DEPRECATED,ACTIVE,false",
            "DEPRECATED,DEPRECATED,false",
            "DEPRECATED,RETIRED,true",
            "RETIRED,ACTIVE,false",
            "RETIRED,DEPRECATED,false",
            "RETIRED,RETIRED,false",
    })
    void movesOnlyForward(Lifecycle from, Lifecycle to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void statesAreInLifeOrder() {
        assertThat(Lifecycle.values()).containsExactly(Lifecycle.ACTIVE, Lifecycle.DEPRECATED, Lifecycle.RETIRED);
    }
}
