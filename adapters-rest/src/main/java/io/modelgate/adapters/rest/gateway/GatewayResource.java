package io.modelgate.adapters.rest.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelgate.adapters.rest.shared.CurrentActor;
import io.modelgate.adapters.rest.shared.Params;
import io.modelgate.adapters.rest.shared.ProblemDetail;
import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.application.gateway.port.in.CompleteChat;
import io.modelgate.application.gateway.port.in.GatewayAnswer;
import io.modelgate.application.gateway.port.in.GatewayCall;
import io.modelgate.application.gateway.port.in.GatewayRefusedException;
import io.modelgate.application.gateway.port.out.ChatStream;
import io.modelgate.application.gateway.port.out.ProviderFailure;
import io.modelgate.application.gateway.port.out.TokenUsage;
import io.modelgate.application.shared.Actor;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.usecase.TaskCategory;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The OpenAI-compatible gateway: point an OpenAI SDK's base URL at {@code /gateway/v1}. */
@Path("/gateway/v1")
@Tag(name = "Gateway", description = "OpenAI-compatible, governed access to the approved models")
@SecurityRequirement(name = "bearer")
@Authenticated
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "403", description = "No live approval lets this department send this data to a model; "
        + "the problem's code names the rule (GATEWAY.NO_APPROVAL, GATEWAY.CLASSIFICATION_NOT_ALLOWED, …)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemDetail.class)))
public class GatewayResource {

    @Inject
    CompleteChat completeChat;
    @Inject
    CurrentActor actor;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    GatewayMetrics metrics;

    @POST
    @Path("chat/completions")
    @RolesAllowed({Roles.GATEWAY_CLIENT, Roles.REQUESTER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.SERVER_SENT_EVENTS})
    @Operation(operationId = "createChatCompletion", summary = "Create a chat completion (OpenAI-compatible)",
            description = "Request and response as "
            + "OpenAI's chat completions (model, messages, max_tokens, temperature, stream). `model` is a catalog "
            + "model id or `auto`. The department comes from the token. The call is refused unless a live approval "
            + "covers the effective data classification (the strictest of X-Data-Classification, the department's "
            + "default and what the content check finds) and the task, and the budget can pay for its maximum cost.")
    @APIResponse(responseCode = "200", description = "The completion, or with stream=true server-sent events, each "
            + "data: a ChatCompletionChunk, ending with data: [DONE]", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenAiSchemas.ChatCompletion.class)),
            @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = OpenAiSchemas.ChatCompletionChunk.class))})
    @APIResponse(responseCode = "400", description = "The body is not JSON, or a field has the wrong type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "402", description = "The department's budget cannot pay for the call",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "A field breaks a rule (no messages, temperature outside 0–2, …)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "503", description = "Every approved provider failed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    public Response complete(
            @HeaderParam("X-Data-Classification") @Parameter(description = "PUBLIC, INTERNAL, CONFIDENTIAL or "
                    + "RESTRICTED; the department default when absent") String classification,
            @HeaderParam("X-Task-Category") @Parameter(description = "REPORT_GENERATION, KNOWLEDGE_SEARCH, "
                    + "CONFIDENTIAL_ANALYSIS, CUSTOMER_CHAT, CODE_ASSIST or OTHER (default)") String task,
            @HeaderParam("X-Request-Id") @Parameter(description = "Idempotency key: one ledger record per id")
            String requestId,
            @Context HttpServerResponse connection,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenAiSchemas.ChatCompletionRequest.class))) JsonNode body) {
        long started = System.nanoTime();
        boolean stream = body != null && body.path("stream").asBoolean(false);
        try {
            return complete(classification, task, requestId, connection, body, started);
        } catch (GatewayRefusedException refusal) {
            metrics.refused(refusal, stream);
            throw refusal;
        } catch (RuntimeException rejected) {
            metrics.rejected(stream);
            throw rejected;
        }
    }

    private Response complete(String classification, String task, String requestId, HttpServerResponse connection,
                              JsonNode body, long started) {
        OpenAiFormat.Parsed parsed = OpenAiFormat.parse(body);
        Actor caller = actor.get();
        GatewayCall call = new GatewayCall(caller, Params.optionalText(requestId).orElseGet(() -> UUID.randomUUID().toString()),
                parsed.model(), parsed.messages(), parsed.maxTokens(), parsed.temperature(),
                Params.optionalEnum(DataClassification.class, classification, "X-Data-Classification"),
                Params.optionalEnum(TaskCategory.class, task, "X-Task-Category").orElse(TaskCategory.OTHER));
        long created = clock.instant().getEpochSecond();
        if (!parsed.stream()) {
            GatewayAnswer answer = completeChat.complete(call);
            metrics.answered(answer, System.nanoTime() - started);
            return Response.ok(OpenAiFormat.completion(json, answer, created), MediaType.APPLICATION_JSON)
                    .header("X-ModelGate-Request-Id", answer.requestId())
                    .header("X-ModelGate-Model", answer.model().value())
                    .header("X-ModelGate-Deployment", answer.deployment().name())
                    .header("X-ModelGate-Classification", answer.classification().name())
                    .build();
        }
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        AtomicBoolean clientGone = new AtomicBoolean();
        GatewayMetrics.StreamTally tally = metrics.stream(started);
        CompleteChat.Streaming streaming = completeChat.stream(call, new ChatStream() {
            @Override
            public void onDelta(String text) {
                tally.delta();
                events.add(new Event(text, null, null, null));
            }

            @Override
            public void onCharged(long costMicros) {
                tally.charged(costMicros);
            }

            @Override
            public void onComplete(String finishReason, TokenUsage usage) {
                tally.ended(clientGone.get() ? "client_aborted" : "success", usage);
                events.add(new Event(null, finishReason, usage, null));
            }

            @Override
            public void onError(ProviderFailure failure, TokenUsage usageSoFar) {
                tally.ended(clientGone.get() ? "client_aborted" : "provider_error", usageSoFar);
                events.add(new Event(null, null, usageSoFar, failure));
            }
        });
        String model = streaming.model().value();
        tally.routedTo(model);
        StreamingOutput output = out -> relay(events, streaming, model, created, out, connection, clientGone);
        return Response.ok(output, MediaType.SERVER_SENT_EVENTS)
                .header("Cache-Control", "no-cache")
                .header("X-ModelGate-Request-Id", streaming.requestId())
                .header("X-ModelGate-Model", model)
                .header("X-ModelGate-Deployment", streaming.deployment().name())
                .header("X-ModelGate-Classification", streaming.classification().name())
                .build();
    }

    /**
     * Writes OpenAI chunks as deltas arrive. Writes to a connection the client closed are dropped
     * silently by the HTTP server, so the connection is checked at every event and at least once a
     * second: a client that went away cancels the upstream call, and the usage so far is settled.
     */
    private void relay(BlockingQueue<Event> events, CompleteChat.Streaming streaming, String model, long created,
                       OutputStream out, HttpServerResponse connection, AtomicBoolean clientGone) throws IOException {
        boolean first = true;
        try {
            while (true) {
                Event event = events.poll(1, TimeUnit.SECONDS);
                if (connection.closed()) {
                    clientGone.set(true);
                    streaming.call().cancel();
                    return;
                }
                if (event == null) {
                    out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8)); // notices a vanished client
                    out.flush();
                    continue;
                }
                if (event.text() != null) {
                    send(out, OpenAiFormat.chunk(json, streaming.requestId(), model, created, event.text(), null, first));
                    first = false;
                    continue;
                }
                if (event.failure() != null) {
                    ObjectNode error = json.createObjectNode();
                    ObjectNode detail = error.putObject("error");
                    detail.put("message", event.failure().getMessage());
                    detail.put("type", "provider_error");
                    detail.put("code", event.failure().code());
                    send(out, error);
                } else {
                    send(out, OpenAiFormat.chunk(json, streaming.requestId(), model, created, null,
                            event.finishReason(), first));
                    send(out, OpenAiFormat.usageChunk(json, streaming.requestId(), model, created, event.usage()));
                }
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                return;
            }
        } catch (IOException | RuntimeException e) {
            clientGone.set(true);
            streaming.call().cancel();
            throw e instanceof IOException io ? io : new IOException(e);
        } catch (InterruptedException e) {
            streaming.call().cancel();
            Thread.currentThread().interrupt();
        }
    }

    private void send(OutputStream out, JsonNode chunk) throws IOException {
        out.write(("data: " + json.writeValueAsString(chunk) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @GET
    @Path("models")
    @RolesAllowed({Roles.GATEWAY_CLIENT, Roles.REQUESTER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listGatewayModels", summary = "The models this caller may use now (OpenAI list format)",
            description = "One entry per live approval of the caller's department that the classification policy "
                    + "still allows.")
    @APIResponse(responseCode = "200", description = "The models", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenAiSchemas.ModelList.class)))
    public ObjectNode models() {
        ObjectNode root = json.createObjectNode();
        root.put("object", "list");
        ArrayNode data = root.putArray("data");
        for (CompleteChat.Offer offer : completeChat.models(actor.get())) {
            ObjectNode model = data.addObject();
            model.put("id", offer.model().value());
            model.put("object", "model");
            model.put("created", 0);
            model.put("owned_by", "modelgate");
            model.put("name", offer.name());
            model.put("deployment", offer.deployment().name());
            model.put("max_classification", offer.upTo().name());
            ArrayNode tasks = model.putArray("tasks");
            offer.tasks().forEach(t -> tasks.add(t.name()));
            model.put("valid_until", offer.validUntil().toString());
        }
        return root;
    }

    private record Event(String text, String finishReason, TokenUsage usage, ProviderFailure failure) {
    }
}
