package io.modelgate.adapters.llm;

import io.modelgate.domain.chat.ChatCompletion;
import io.modelgate.application.gateway.port.out.ProviderFailure;
import io.modelgate.application.gateway.port.out.ProviderFailure.Kind;
import io.modelgate.application.endpoint.ProviderProtocol;
import io.modelgate.domain.budget.TokenUsage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.modelgate.adapters.llm.StubProvider.json;
import static io.modelgate.adapters.llm.StubProvider.sse;
import static org.assertj.core.api.Assertions.assertThat;

/** OpenAI Chat Completions, with the JSON and SSE of https://platform.openai.com/docs/api-reference/chat. */
class OpenAiCompatibleProtocolTest extends ChatProvidersContract {

    private static final String CHUNK = "data: {\"id\":\"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT\","
            + "\"object\":\"chat.completion.chunk\",\"created\":1741569952,\"model\":\"gpt-4o-2024-08-06\","
            + "\"service_tier\":\"default\",\"system_fingerprint\":\"fp_eb9dce56a8\",";

    private static final String ROLE = CHUNK + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
            + "\"content\":\"\",\"refusal\":null},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n";

    private static String delta(String text) {
        return CHUNK + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + text + "\"},\"logprobs\":null,"
                + "\"finish_reason\":null}],\"usage\":null}\n\n";
    }

    private static final String FINISH = CHUNK + "\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,"
            + "\"finish_reason\":\"stop\"}],\"usage\":null}\n\n";

    private static final String USAGE = CHUNK + "\"choices\":[],\"usage\":{\"prompt_tokens\":25,"
            + "\"completion_tokens\":4,\"total_tokens\":29,\"prompt_tokens_details\":{\"cached_tokens\":0,"
            + "\"audio_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0,"
            + "\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}}}\n\n";

    private static final String DONE = "data: [DONE]\n\n";

    @Override
    ProviderProtocol protocol() {
        return ProviderProtocol.OPENAI_COMPATIBLE;
    }

    @Override
    String basePath() {
        return "/v1";
    }

    @Override
    String upstreamModel() {
        return "gpt-4o-2024-08-06";
    }

    @Override
    String expectedPath(boolean stream) {
        return "/v1/chat/completions";
    }

    @Override
    String expectedQuery(boolean stream) {
        return null;
    }

    @Override
    String expectedRequestJson(boolean stream) {
        return """
                {"model": "gpt-4o-2024-08-06",
                 "messages": [{"role": "system", "content": "You are terse."},
                              {"role": "user", "content": "Say hello."},
                              {"role": "assistant", "content": "Hello?"},
                              {"role": "user", "content": "Again, in Japanese: こんにちは"}],
                 "max_tokens": 256,
                 "temperature": 0.7
                """ + (stream ? ", \"stream\": true, \"stream_options\": {\"include_usage\": true}}" : "}");
    }

    @Override
    Map<String, String> expectedHeaders() {
        return Map.of("authorization", "Bearer " + CANARY);
    }

    @Override
    String answerJson() {
        return """
                {"id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG",
                 "object": "chat.completion",
                 "created": 1741570283,
                 "model": "gpt-4o-2024-08-06",
                 "choices": [{"index": 0,
                              "message": {"role": "assistant", "content": "こんにちは!", "refusal": null,
                                          "annotations": []},
                              "logprobs": null,
                              "finish_reason": "stop"}],
                 "usage": {"prompt_tokens": 25, "completion_tokens": 7, "total_tokens": 32,
                           "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                           "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                                         "accepted_prediction_tokens": 0,
                                                         "rejected_prediction_tokens": 0}},
                 "service_tier": "default",
                 "system_fingerprint": "fp_fc9f1d7035"}
                """;
    }

    @Override
    String answeredModel() {
        return "gpt-4o-2024-08-06";
    }

    @Override
    List<String> streamEvents() {
        return List.of(ROLE, delta("こんに"), delta("ちは"), delta("!"), FINISH, USAGE, DONE);
    }

    @Override
    List<String> eventsUpToFirstDelta() {
        return List.of(ROLE, delta("こんに"));
    }

    @Override
    TokenUsage usageAfterFirstDelta() {
        return new TokenUsage(ESTIMATED_INPUT, 3, false); // no usage before the last chunk: both estimated
    }

    @Override
    String errorJson(int status) {
        return """
                {"error": {"message": "%s: %s", "type": "%s", "param": null, "code": "%s"}}
                """.formatted(CANARY, BODY_SECRET, errorType(status), "code_" + status);
    }

    @Override
    String errorType(int status) {
        return switch (status) {
            case 429 -> "rate_limit_exceeded";
            case 401 -> "invalid_api_key";
            case 404 -> "model_not_found";
            case 500, 503 -> "server_error";
            default -> "invalid_request_error";
        };
    }

    @Override
    String streamErrorEvent() {
        return "data: {\"error\": {\"message\": \"The server had an error " + BODY_SECRET + "\", "
                + "\"type\": \"server_error\", \"param\": null, \"code\": null}}\n\n";
    }

    @Override
    Kind streamErrorKind() {
        return Kind.UNAVAILABLE;
    }

    @Override
    String streamErrorType() {
        return "server_error";
    }

    // --- OpenAI-compatible specifics ------------------------------------------------------------------------

    @Test
    void a_self_hosted_server_without_a_key_gets_no_authorization_header() throws Exception {
        stub.answer(json(200, answerJson()));

        complete(endpoint(TIMEOUT, Optional.empty()), REQUEST);

        assertThat(stub.received().header("authorization")).isNull();
    }

    @Test
    void a_server_that_ignores_include_usage_completes_with_estimated_usage() throws Exception {
        stub.answer(sse(List.of(ROLE, delta("こんに"), delta("ちは"), delta("!"), FINISH, DONE)));
        RecordingStream sink = new RecordingStream();

        providers.stream(endpoint(TIMEOUT), REQUEST, sink);

        sink.awaitEnd();
        assertThat(sink.finishReason()).isEqualTo("stop");
        assertThat(sink.usage()).isEqualTo(new TokenUsage(ESTIMATED_INPUT, 6, false));
    }

    @Test
    void an_answer_without_usage_is_estimated_and_marked_unreported() {
        stub.answer(json(200, """
                {"id": "cmpl-1", "object": "chat.completion", "model": "llama3:70b",
                 "choices": [{"index": 0, "message": {"role": "assistant", "content": "abcdef"},
                              "finish_reason": "length"}]}
                """));

        ChatCompletion completion = complete(endpoint(TIMEOUT, Optional.empty()), REQUEST);

        assertThat(completion.finishReason()).isEqualTo("length");
        assertThat(completion.usage()).isEqualTo(new TokenUsage(ESTIMATED_INPUT, 2, false));
        assertThat(completion.upstreamModel()).isEqualTo("llama3:70b");
    }

    @Test
    void a_vllm_error_chunk_maps_its_numeric_code() throws Exception {
        stub.answer(sse(List.of(ROLE, "data: {\"error\": {\"object\": \"error\", \"message\": \"" + BODY_SECRET
                + "\", \"type\": \"BadRequestError\", \"param\": null, \"code\": 400}}\n\n")));
        RecordingStream sink = new RecordingStream();

        providers.stream(endpoint(TIMEOUT, Optional.empty()), REQUEST, sink);

        ProviderFailure failure = sink.awaitEnd().failure();
        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
        assertThat(failure.getMessage()).contains("(BadRequestError)").doesNotContain(BODY_SECRET);
    }

    @Test
    void a_base_url_with_a_trailing_slash_joins_cleanly() throws Exception {
        stub.answer(json(200, answerJson()));

        complete(endpoint(stub.baseUrl("/v1/"), TIMEOUT, Optional.empty()), REQUEST);

        assertThat(stub.received().path()).isEqualTo("/v1/chat/completions");
    }
}
