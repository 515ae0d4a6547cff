package io.modelgate.adapters.llm;

import com.fasterxml.jackson.databind.node.TextNode;
import io.modelgate.domain.chat.ChatCompletion;
import io.modelgate.domain.chat.ChatMessage;
import io.modelgate.domain.chat.ChatRequest;
import io.modelgate.application.gateway.port.out.ProviderFailure.Kind;
import io.modelgate.application.endpoint.ProviderProtocol;
import io.modelgate.domain.budget.TokenUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.modelgate.adapters.llm.StubProvider.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Anthropic Messages API, with the JSON and SSE of https://docs.anthropic.com/en/api/messages-streaming. */
class AnthropicProtocolTest extends ChatProvidersContract {

    private static final String MESSAGE_START = "event: message_start\n"
            + "data: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY\","
            + "\"type\":\"message\",\"role\":\"assistant\",\"content\":[],\"model\":\"claude-sonnet-4-20250514\","
            + "\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":25,"
            + "\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,\"output_tokens\":1,"
            + "\"service_tier\":\"standard\"}}}\n\n";

    private static final String BLOCK_START = "event: content_block_start\n"
            + "data: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n";

    private static final String PING = "event: ping\ndata: {\"type\": \"ping\"}\n\n";

    private static String delta(String text) {
        return "event: content_block_delta\n"
                + "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\""
                + text + "\"}}\n\n";
    }

    private static final String BLOCK_STOP = "event: content_block_stop\n"
            + "data: {\"type\":\"content_block_stop\",\"index\":0}\n\n";

    private static final String MESSAGE_DELTA = "event: message_delta\n"
            + "data: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":null},"
            + "\"usage\":{\"output_tokens\":4}}\n\n";

    private static final String MESSAGE_STOP = "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";

    @Override
    ProviderProtocol protocol() {
        return ProviderProtocol.ANTHROPIC;
    }

    @Override
    String basePath() {
        return "";
    }

    @Override
    String upstreamModel() {
        return "claude-sonnet-4-20250514";
    }

    @Override
    String expectedPath(boolean stream) {
        return "/v1/messages";
    }

    @Override
    String expectedQuery(boolean stream) {
        return null;
    }

    @Override
    String expectedRequestJson(boolean stream) {
        return """
                {"model": "claude-sonnet-4-20250514",
                 "max_tokens": 256,
                 "system": "You are terse.",
                 "messages": [{"role": "user", "content": "Say hello."},
                              {"role": "assistant", "content": "Hello?"},
                              {"role": "user", "content": "Again, in Japanese: こんにちは"}],
                 "temperature": 0.7
                """ + (stream ? ", \"stream\": true}" : "}");
    }

    @Override
    Map<String, String> expectedHeaders() {
        return Map.of("x-api-key", CANARY, "anthropic-version", "2023-06-01");
    }

    @Override
    String answerJson() {
        return """
                {"id": "msg_013Zva2CMHLNnXjNJJKqJ2EF",
                 "type": "message",
                 "role": "assistant",
                 "model": "claude-sonnet-4-20250514",
                 "content": [{"type": "text", "text": "こんにちは!"}],
                 "stop_reason": "end_turn",
                 "stop_sequence": null,
                 "usage": {"input_tokens": 25, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0,
                           "output_tokens": 7, "service_tier": "standard"}}
                """;
    }

    @Override
    String answeredModel() {
        return "claude-sonnet-4-20250514";
    }

    @Override
    List<String> streamEvents() {
        return List.of(MESSAGE_START, BLOCK_START, PING, delta("こんに"), delta("ちは"), delta("!"), BLOCK_STOP,
                MESSAGE_DELTA, MESSAGE_STOP);
    }

    @Override
    List<String> eventsUpToFirstDelta() {
        return List.of(MESSAGE_START, BLOCK_START, PING, delta("こんに"));
    }

    @Override
    TokenUsage usageAfterFirstDelta() {
        return new TokenUsage(25, 3, false); // input from message_start; output estimated
    }

    @Override
    String errorJson(int status) {
        return """
                {"type": "error", "error": {"type": "%s", "message": "%s %s"}}
                """.formatted(errorType(status), CANARY, BODY_SECRET);
    }

    @Override
    String errorType(int status) {
        return switch (status) {
            case 429 -> "rate_limit_error";
            case 401 -> "authentication_error";
            case 404 -> "not_found_error";
            case 500 -> "api_error";
            case 503 -> "overloaded_error";
            default -> "invalid_request_error";
        };
    }

    @Override
    String streamErrorEvent() {
        return "event: error\ndata: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", "
                + "\"message\": \"Overloaded " + BODY_SECRET + "\"}}\n\n";
    }

    @Override
    Kind streamErrorKind() {
        return Kind.UNAVAILABLE;
    }

    @Override
    String streamErrorType() {
        return "overloaded_error";
    }

    // --- Anthropic specifics --------------------------------------------------------------------------------

    @Test
    void system_messages_join_into_the_top_level_field_and_the_temperature_is_capped_at_one() throws Exception {
        stub.answer(json(200, answerJson()));
        ChatRequest request = new ChatRequest(List.of(
                new ChatMessage("system", "Rule one."),
                new ChatMessage("user", "Hi"),
                new ChatMessage("system", "Rule two.")), 64, Optional.of(new BigDecimal("1.5")));

        complete(endpoint(TIMEOUT), request);

        assertSameJson(stub.received().body(), """
                {"model": "claude-sonnet-4-20250514", "max_tokens": 64, "system": "Rule one.\\n\\nRule two.",
                 "messages": [{"role": "user", "content": "Hi"}], "temperature": 1}
                """);
    }

    @Test
    void cache_reads_and_writes_count_as_input() {
        stub.answer(json(200, """
                {"id": "msg_1", "type": "message", "role": "assistant", "model": "claude-sonnet-4-20250514",
                 "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}],
                 "stop_reason": "max_tokens", "stop_sequence": null,
                 "usage": {"input_tokens": 5, "cache_creation_input_tokens": 100, "cache_read_input_tokens": 20,
                           "output_tokens": 64}}
                """));

        ChatCompletion completion = complete(endpoint(TIMEOUT), REQUEST);

        assertThat(completion.content()).isEqualTo("ab");
        assertThat(completion.finishReason()).isEqualTo("length");
        assertThat(completion.usage()).isEqualTo(new TokenUsage(125, 64, true));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"end_turn, stop", "stop_sequence, stop", "max_tokens, length", "tool_use, tool_calls",
            "refusal, content_filter", "pause_turn, stop", "something_new, stop"})
    void stop_reasons_become_openai_finish_reasons(String stopReason, String finishReason) {
        assertThat(AnthropicProtocol.finishReason(TextNode.valueOf(stopReason))).isEqualTo(finishReason);
    }
}
