package io.modelgate.bootstrap.hostile;

import io.modelgate.adapters.rest.shared.Echo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a refusal may repeat of the input: a short, printable excerpt. */
class EchoTest {

    @Test
    void an_echo_is_short_and_printable() {
        String echoed = Echo.of("a\u0000b" + "x".repeat(10_000));
        assertThat(echoed).hasSizeLessThan(100).startsWith("a\uFFFDbxxx").endsWith("… (10003 characters)");
        assertThat(Echo.of("😀".repeat(40))).doesNotContain("\uFFFD"); // never cuts a surrogate pair in two
    }
}
