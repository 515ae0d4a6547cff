package io.modelgate.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local demo upstream answers with canned sentences: the prod profile refuses to start with it on. */
class StartupChecksDemoTest {

    @Test
    void prod_refuses_to_start_with_the_demo_upstream_on() {
        assertThatThrownBy(() -> StartupChecks.refuseDemoUpstreamInProd(true, List.of("prod")))
                .hasMessageContaining("for the local profile only");
        assertThatThrownBy(() -> StartupChecks.refuseDemoUpstreamInProd(true, List.of("local", "prod")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StartupChecks.refuseDemoUpstreamInProd(true, List.of("staging")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void local_may_switch_it_on_and_off_is_always_fine() {
        assertThatCode(() -> StartupChecks.refuseDemoUpstreamInProd(true, List.of("local"))).doesNotThrowAnyException();
        assertThatCode(() -> StartupChecks.refuseDemoUpstreamInProd(false, List.of("prod"))).doesNotThrowAnyException();
    }
}
