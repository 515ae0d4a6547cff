package io.modelgate.adapters.llm;

import io.modelgate.domain.chat.ChatMessage;
import io.modelgate.domain.chat.ChatRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TokenEstimatorTest {

    @ParameterizedTest(name = "\"{0}\" is {1} tokens")
    @CsvSource(delimiter = '|', value = {
            "''                     | 0",
            "abc                    | 1",
            "abcd                   | 2",
            "Hello, world!          | 5",
            "こんにちは               | 5",
            "東京で会議              | 5",
            "Tokyo 東京             | 4",
            "😀                     | 1",
            "café                   | 2"})
    void ascii_counts_a_third_and_every_other_code_point_one(String text, long tokens) {
        assertThat(TokenEstimator.tokens(text)).isEqualTo(tokens);
    }

    @Test
    void a_counter_fed_in_pieces_agrees_with_the_whole_even_across_a_surrogate_pair() {
        String text = "ab😀cdこんにちは";
        TokenEstimator.Counter counter = new TokenEstimator.Counter();
        counter.add(text.substring(0, 3)); // ends with the high surrogate
        counter.add(text.substring(3));

        assertThat(counter.tokens()).isEqualTo(TokenEstimator.tokens(text)).isEqualTo(8);
    }

    @Test
    void a_prompt_adds_message_framing() {
        ChatRequest request = new ChatRequest(List.of(new ChatMessage("system", "abc"), new ChatMessage("user", "こんにちは")),
                10, Optional.empty());

        assertThat(TokenEstimator.input(request)).isEqualTo(3 + (4 + 1) + (4 + 5));
    }
}
