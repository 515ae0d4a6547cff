package io.modelgate.adapters.rest.gateway;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * The gateway's request and answer bodies as the OpenAPI document describes them, so that generated
 * clients get types instead of {@code JsonNode}. Only a description: {@link OpenAiFormat} reads and
 * writes the JSON itself (leniently in, exactly out), and nothing here is ever instantiated.
 */
final class OpenAiSchemas {

    private OpenAiSchemas() {
    }

    @Schema(name = "ChatCompletionRequest", description = "OpenAI's chat completions request. Fields ModelGate does "
            + "not use (n, user, stream_options, …) are accepted and ignored, as OpenAI's SDKs send them.",
            additionalProperties = Schema.True.class, requiredProperties = {"model", "messages"})
    record ChatCompletionRequest(
            @Schema(description = "A catalog model id, or \"auto\" for the routing policy's choice",
                    example = "auto", maxLength = 64) String model,
            @Schema(minItems = 1) List<ChatMessage> messages,
            @Schema(name = "max_tokens", description = "Most tokens to generate; the gateway's default and cap apply",
                    minimum = "1", example = "256") Integer maxTokens,
            @Schema(name = "max_completion_tokens", description = "OpenAI's newer name for max_tokens; wins when both "
                    + "are given", minimum = "1") Integer maxCompletionTokens,
            @Schema(minimum = "0", maximum = "2", example = "0.7") BigDecimal temperature,
            @Schema(description = "Answer as server-sent events (text/event-stream), ending with data: [DONE]",
                    defaultValue = "false") Boolean stream) {
    }

    @Schema(name = "ChatMessage", requiredProperties = {"role", "content"})
    record ChatMessage(
            @Schema(enumeration = {"system", "developer", "user", "assistant"},
                    description = "developer is read as system") String role,
            @Schema(description = "A string, or an array of text parts that are joined",
                    oneOf = {String.class, ContentParts.class}) Object content) {
    }

    @Schema(name = "ContentParts", type = SchemaType.ARRAY, implementation = TextPart.class)
    static final class ContentParts {
        private ContentParts() {
        }
    }

    @Schema(name = "TextPart", requiredProperties = {"type", "text"})
    record TextPart(@Schema(enumeration = "text") String type, String text) {
    }

    @Schema(name = "ChatCompletion", description = "OpenAI's chat completion answer",
            requiredProperties = {"id", "object", "created", "model", "choices", "usage"})
    record ChatCompletion(@Schema(example = "chatcmpl-6f1c…") String id,
                          @Schema(enumeration = "chat.completion") String object,
                          @Schema(description = "Unix seconds") long created,
                          @Schema(description = "The catalog model that answered", example = "gpt-4o") String model,
                          List<Choice> choices, Usage usage) {
    }

    @Schema(name = "ChatCompletionChoice")
    record Choice(int index, AssistantMessage message, @Schema(nullable = true) Object logprobs,
                  @Schema(name = "finish_reason", example = "stop") String finishReason) {
    }

    @Schema(name = "AssistantMessage")
    record AssistantMessage(@Schema(enumeration = "assistant") String role, String content) {
    }

    @Schema(name = "ChatCompletionChunk", description = "One server-sent event of a streamed answer (data: {…}); "
            + "the last carries the usage, then data: [DONE]. A provider failure mid-stream is an event "
            + "{\"error\": {\"message\", \"type\": \"provider_error\", \"code\"}} before [DONE].")
    record ChatCompletionChunk(String id, @Schema(enumeration = "chat.completion.chunk") String object, long created,
                               String model, List<ChunkChoice> choices, @Schema(nullable = true) Usage usage) {
    }

    @Schema(name = "ChatCompletionChunkChoice")
    record ChunkChoice(int index, Delta delta,
                       @Schema(name = "finish_reason", nullable = true) String finishReason) {
    }

    @Schema(name = "ChatCompletionDelta")
    record Delta(@Schema(enumeration = "assistant") String role, String content) {
    }

    @Schema(name = "ChatCompletionUsage", description = "Tokens the provider reported (or the gateway counted)")
    record Usage(@Schema(name = "prompt_tokens") long promptTokens,
                 @Schema(name = "completion_tokens") long completionTokens,
                 @Schema(name = "total_tokens") long totalTokens) {
    }

    @Schema(name = "GatewayModelList", description = "OpenAI's model list: what this caller may use now")
    record ModelList(@Schema(enumeration = "list") String object, List<GatewayModel> data) {
    }

    @Schema(name = "GatewayModel", description = "A model one of the department's live approvals covers")
    record GatewayModel(@Schema(example = "llama-3-70b-instruct") String id,
                        @Schema(enumeration = "model") String object,
                        long created,
                        @Schema(name = "owned_by", example = "modelgate") String ownedBy,
                        String name,
                        @Schema(example = "ON_PREMISES") String deployment,
                        @Schema(name = "max_classification", example = "CONFIDENTIAL") String maxClassification,
                        @Schema(example = "[\"REPORT_GENERATION\"]") List<String> tasks,
                        @Schema(name = "valid_until", format = "date-time") String validUntil) {
    }
}
