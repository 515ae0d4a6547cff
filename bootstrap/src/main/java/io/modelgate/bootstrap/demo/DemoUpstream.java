package io.modelgate.bootstrap.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.modelgate.bootstrap.config.ModelGateConfig;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/**
 * LOCAL DEMO ONLY — not a model. An OpenAI-compatible upstream that answers every chat completion with a
 * canned sentence, so that the README's journey reaches a governed completion without any provider key.
 * Off unless {@code modelgate.demo-upstream.enabled=true}; StartupChecks refuses to start the prod profile
 * with it on. Every answer says what it is, and its model name is {@code modelgate-demo-upstream}.
 */
@Path("/demo-upstream/v1")
@PermitAll
public class DemoUpstream {

    static final String LABEL = "[ModelGate local demo upstream: a canned answer, not a model]";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ModelGateConfig config;

    @POST
    @Path("chat/completions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response complete(JsonNode request) {
        if (!config.demoUpstream().enabled()) {
            throw new NotFoundException();
        }
        String said = lastUserText(request);
        String text = LABEL + " You said: " + (said.length() > 200 ? said.substring(0, 200) + "…" : said);
        int prompt = Math.max(1, request.path("messages").toString().length() / 4);
        int completion = Math.max(1, text.length() / 4);
        String id = "demo-" + UUID.randomUUID();
        if (request.path("stream").asBoolean(false)) {
            String chunk = chunk(id, JSON.createObjectNode().put("role", "assistant").put("content", text), null);
            String last = chunk(id, JSON.createObjectNode(), "stop");
            ObjectNode usage = JSON.createObjectNode().put("id", id).put("object", "chat.completion.chunk")
                    .put("model", "modelgate-demo-upstream");
            usage.putArray("choices");
            usage.set("usage", usage(prompt, completion));
            return Response.ok("data: " + chunk + "\n\ndata: " + last + "\n\ndata: " + usage + "\n\ndata: [DONE]\n\n",
                    "text/event-stream").build();
        }
        ObjectNode answer = JSON.createObjectNode().put("id", id).put("object", "chat.completion")
                .put("created", System.currentTimeMillis() / 1000).put("model", "modelgate-demo-upstream");
        ObjectNode choice = answer.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        answer.set("usage", usage(prompt, completion));
        return Response.ok(answer.toString(), MediaType.APPLICATION_JSON).build();
    }

    private static String chunk(String id, ObjectNode delta, String finish) {
        ObjectNode chunk = JSON.createObjectNode().put("id", id).put("object", "chat.completion.chunk")
                .put("model", "modelgate-demo-upstream");
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return chunk.toString();
    }

    private static ObjectNode usage(int prompt, int completion) {
        return JSON.createObjectNode().put("prompt_tokens", prompt).put("completion_tokens", completion)
                .put("total_tokens", prompt + completion);
    }

    private static String lastUserText(JsonNode request) {
        String text = "";
        for (JsonNode message : request.path("messages")) {
            if ("user".equals(message.path("role").asText())) {
                JsonNode content = message.path("content");
                text = content.isTextual() ? content.asText() : content.toString();
            }
        }
        return text;
    }
}
