package io.modelgate.adapters.llm;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class UrlsTest {

    @ParameterizedTest
    @CsvSource({
            "https://api.openai.com/v1, /chat/completions, https://api.openai.com/v1/chat/completions",
            "https://api.openai.com/v1/, /chat/completions, https://api.openai.com/v1/chat/completions",
            "http://localhost:11434/v1, /chat/completions, http://localhost:11434/v1/chat/completions",
            "https://api.anthropic.com, /v1/messages, https://api.anthropic.com/v1/messages",
            "https://api.anthropic.com/, /v1/messages, https://api.anthropic.com/v1/messages",
            "https://proxy.example/llm/anthropic, /v1/messages, https://proxy.example/llm/anthropic/v1/messages"})
    void joins_a_base_and_a_path(String base, String path, String joined) {
        assertThat(Urls.join(URI.create(base), path)).isEqualTo(URI.create(joined));
    }

    @Test
    void adds_a_query() {
        assertThat(Urls.join(URI.create("https://generativelanguage.googleapis.com"),
                "/v1beta/models/gemini-2.0-flash:streamGenerateContent", "alt=sse"))
                .hasToString("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse");
    }

    @Test
    void a_model_name_is_one_path_segment() {
        assertThat(Urls.segment("gemini-2.0-flash")).isEqualTo("gemini-2.0-flash");
        assertThat(Urls.segment("../admin?x=1")).isEqualTo("..%2Fadmin%3Fx%3D1");
    }
}
