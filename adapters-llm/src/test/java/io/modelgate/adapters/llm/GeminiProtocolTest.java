package io.modelgate.adapters.llm;

import com.fasterxml.jackson.databind.node.TextNode;
import io.modelgate.domain.chat.ChatCompletion;
import io.modelgate.application.gateway.port.out.ProviderFailure;
import io.modelgate.application.gateway.port.out.ProviderFailure.Kind;
import io.modelgate.application.endpoint.ProviderProtocol;
import io.modelgate.domain.budget.TokenUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.modelgate.adapters.llm.StubProvider.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Google Gemini API, with the JSON of https://ai.google.dev/api/generate-content and its SSE stream
 * ({@code alt=sse}, CRLF line ends, no end marker).
 */
class GeminiProtocolTest extends ChatProvidersContract {

    private static String chunk(String text, String finish, String usage) {
        return "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"" + text + "\"}],\"role\": \"model\"}"
                + (finish == null ? "" : ",\"finishReason\": \"" + finish + "\"") + ",\"index\": 0}],"
                + "\"usageMetadata\": " + usage + ",\"modelVersion\": \"gemini-2.0-flash\","
                + "\"responseId\": \"mKvHaK7DK4Lmz7IPzJL88Qo\"}\r\n\r\n";
    }

    private static final String PROMPT_ONLY = "{\"promptTokenCount\": 25,\"totalTokenCount\": 25,"
            + "\"promptTokensDetails\": [{\"modality\": \"TEXT\",\"tokenCount\": 25}]}";

    private static final String FINAL_USAGE = "{\"promptTokenCount\": 25,\"candidatesTokenCount\": 4,"
            + "\"totalTokenCount\": 29,\"promptTokensDetails\": [{\"modality\": \"TEXT\",\"tokenCount\": 25}],"
            + "\"candidatesTokensDetails\": [{\"modality\": \"TEXT\",\"tokenCount\": 4}]}";

    @Override
    ProviderProtocol protocol() {
        return ProviderProtocol.GEMINI;
    }

    @Override
    String basePath() {
        return "";
    }

    @Override
    String upstreamModel() {
        return "gemini-2.0-flash";
    }

    @Override
    String expectedPath(boolean stream) {
        return stream ? "/v1beta/models/gemini-2.0-flash:streamGenerateContent" : "/v1beta/models/gemini-2.0-flash:generateContent";
    }

    @Override
    String expectedQuery(boolean stream) {
        return stream ? "alt=sse" : null;
    }

    @Override
    String expectedRequestJson(boolean stream) {
        return """
                {"contents": [{"role": "user", "parts": [{"text": "Say hello."}]},
                              {"role": "model", "parts": [{"text": "Hello?"}]},
                              {"role": "user", "parts": [{"text": "Again, in Japanese: こんにちは"}]}],
                 "systemInstruction": {"parts": [{"text": "You are terse."}]},
                 "generationConfig": {"maxOutputTokens": 256, "temperature": 0.7}}
                """;
    }

    @Override
    Map<String, String> expectedHeaders() {
        return Map.of("x-goog-api-key", CANARY);
    }

    @Override
    String answerJson() {
        return """
                {"candidates": [{"content": {"parts": [{"text": "こんにちは!"}], "role": "model"},
                                 "finishReason": "STOP", "avgLogprobs": -0.0123, "index": 0}],
                 "usageMetadata": {"promptTokenCount": 25, "candidatesTokenCount": 7, "totalTokenCount": 32,
                                   "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 25}],
                                   "candidatesTokensDetails": [{"modality": "TEXT", "tokenCount": 7}]},
                 "modelVersion": "gemini-2.0-flash-001",
                 "responseId": "kqvHaO3uLpLmz7IP8Mfj0Qo"}
                """;
    }

    @Override
    String answeredModel() {
        return "gemini-2.0-flash-001";
    }

    @Override
    List<String> streamEvents() {
        return List.of(chunk("こんに", null, PROMPT_ONLY), chunk("ちは", null, PROMPT_ONLY), chunk("!", "STOP", FINAL_USAGE));
    }

    @Override
    List<String> eventsUpToFirstDelta() {
        return List.of(chunk("こんに", null, PROMPT_ONLY));
    }

    @Override
    TokenUsage usageAfterFirstDelta() {
        return new TokenUsage(25, 3, false); // promptTokenCount comes with every chunk; output estimated
    }

    @Override
    String errorJson(int status) {
        return """
                {"error": {"code": %d, "message": "%s %s", "status": "%s"}}
                """.formatted(status, CANARY, BODY_SECRET, errorType(status));
    }

    @Override
    String errorType(int status) {
        return switch (status) {
            case 429 -> "RESOURCE_EXHAUSTED";
            case 401 -> "UNAUTHENTICATED";
            case 404 -> "NOT_FOUND";
            case 500 -> "INTERNAL";
            case 503 -> "UNAVAILABLE";
            default -> "INVALID_ARGUMENT";
        };
    }

    @Override
    String streamErrorEvent() {
        return "data: {\"error\": {\"code\": 503, \"message\": \"The model is overloaded. " + BODY_SECRET
                + "\", \"status\": \"UNAVAILABLE\"}}\r\n\r\n";
    }

    @Override
    Kind streamErrorKind() {
        return Kind.UNAVAILABLE;
    }

    @Override
    String streamErrorType() {
        return "UNAVAILABLE";
    }

    // --- Gemini specifics -----------------------------------------------------------------------------------

    @Test
    void an_invalid_key_is_an_endpoint_problem_even_as_a_400() {
        stub.answer(json(400, """
                {"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.",
                           "status": "INVALID_ARGUMENT",
                           "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo",
                                        "reason": "API_KEY_INVALID", "domain": "googleapis.com",
                                        "metadata": {"service": "generativelanguage.googleapis.com"}}]}}
                """));

        ProviderFailure failure = catchThrowableOfType(() -> complete(endpoint(TIMEOUT), REQUEST),
                ProviderFailure.class);

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.upstreamStatus()).isEqualTo(400);
    }

    @Test
    void a_blocked_prompt_answers_nothing_with_content_filter() {
        stub.answer(json(200, """
                {"promptFeedback": {"blockReason": "SAFETY", "safetyRatings": []},
                 "usageMetadata": {"promptTokenCount": 12, "totalTokenCount": 12},
                 "modelVersion": "gemini-2.0-flash"}
                """));

        ChatCompletion completion = complete(endpoint(TIMEOUT), REQUEST);

        assertThat(completion.content()).isEmpty();
        assertThat(completion.finishReason()).isEqualTo("content_filter");
        assertThat(completion.usage()).isEqualTo(new TokenUsage(12, 0, true));
    }

    @Test
    void thinking_counts_as_output_and_thought_parts_are_not_content() {
        stub.answer(json(200, """
                {"candidates": [{"content": {"parts": [{"text": "pondering", "thought": true}, {"text": "42"}],
                                             "role": "model"},
                                 "finishReason": "MAX_TOKENS", "index": 0}],
                 "usageMetadata": {"promptTokenCount": 10, "candidatesTokenCount": 2, "thoughtsTokenCount": 30,
                                   "totalTokenCount": 42},
                 "modelVersion": "gemini-2.5-flash"}
                """));

        ChatCompletion completion = complete(endpoint(TIMEOUT), REQUEST);

        assertThat(completion.content()).isEqualTo("42");
        assertThat(completion.finishReason()).isEqualTo("length");
        assertThat(completion.usage()).isEqualTo(new TokenUsage(10, 32, true));
    }

    @Test
    void a_model_name_with_the_models_prefix_is_accepted() throws Exception {
        stub.answer(json(200, answerJson()));

        complete(new io.modelgate.application.gateway.port.out.ProviderEndpoint("gemini", protocol(),
                stub.baseUrl(""), Optional.of(CANARY), "models/gemini-2.0-flash", TIMEOUT), REQUEST);

        assertThat(stub.received().path()).isEqualTo("/v1beta/models/gemini-2.0-flash:generateContent");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"STOP, stop", "MAX_TOKENS, length", "SAFETY, content_filter", "RECITATION, content_filter",
            "PROHIBITED_CONTENT, content_filter", "SPII, content_filter", "BLOCKLIST, content_filter",
            "OTHER, stop", "FINISH_REASON_UNSPECIFIED, stop"})
    void finish_reasons_become_openai_words(String geminiReason, String finishReason) {
        assertThat(GeminiProtocol.finishReason(TextNode.valueOf(geminiReason))).isEqualTo(finishReason);
    }
}
