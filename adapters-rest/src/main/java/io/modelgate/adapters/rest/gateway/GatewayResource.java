package io.modelgate.adapters.rest.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelgate.adapters.rest.shared.CurrentActor;
import io.modelgate.adapters.rest.shared.Params;
import io.modelgate.adapters.rest.shared.ProblemDetail;
import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.application.gateway.port.in.ChatCall;
import io.modelgate.application.gateway.port.in.CompleteChat;
import io.modelgate.application.gateway.port.in.GatewayAnswer;
import io.modelgate.application.gateway.port.in.GatewayCall;
import io.modelgate.application.gateway.port.in.GatewayRefusedException;
import io.modelgate.application.gateway.port.in.Governed;
import io.modelgate.application.gateway.port.in.ListGatewayModels;
import io.modelgate.application.gateway.port.in.StartedStream;
import io.modelgate.domain.ledger.RequestId;
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

import java.time.Clock;

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
    ListGatewayModels gatewayModels;
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
    @APIResponse(responseCode = "409", description = "The department's X-Request-Id names a call that is in flight "
            + "or was answered (GATEWAY.REQUEST_ID_IN_USE)",
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
            @HeaderParam("X-Request-Id") @Parameter(description = "Idempotency key of the department: one ledger "
                    + "line per id, and a retry of an answered id is refused with 409 (1 to 100 printable ASCII "
                    + "characters)") String requestId,
            @Context HttpServerResponse connection,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenAiSchemas.ChatCompletionRequest.class))) JsonNode body) {
        long started = System.nanoTime();
        boolean stream = body != null && body.path("stream").asBoolean(false);
        try {
            // Everything the call carries is checked here, before anything is reserved or sent.
            OpenAiFormat.Parsed parsed = OpenAiFormat.parse(body);
            ChatCall call = new ChatCall(new GatewayCall(actor.get(), requestId(requestId), parsed.model(),
                    Params.optionalEnum(DataClassification.class, classification, "X-Data-Classification"),
                    Params.optionalEnum(TaskCategory.class, task, "X-Task-Category").orElse(TaskCategory.OTHER)),
                    parsed.messages(), parsed.maxTokens(), parsed.temperature());
            long created = clock.instant().getEpochSecond();
            return parsed.stream() ? stream(call, connection, created, started) : answer(call, created, started);
        } catch (GatewayRefusedException refusal) {
            metrics.refused(refusal.refusal(), stream);
            throw refusal;
        } catch (RuntimeException rejected) {
            metrics.rejected(stream);
            throw rejected;
        }
    }

    private static RequestId requestId(String header) {
        return header == null || header.isEmpty() ? RequestId.random() : new RequestId(header);
    }

    private Response answer(ChatCall call, long created, long started) {
        GatewayAnswer answer = Stages.await(completeChat.complete(call));
        metrics.answered(answer, System.nanoTime() - started);
        return governed(Response.ok(OpenAiFormat.completion(json, answer, created), MediaType.APPLICATION_JSON),
                answer.requestId(), answer.governed()).build();
    }

    private Response stream(ChatCall call, HttpServerResponse connection, long created, long started) {
        StreamRelay relay = new StreamRelay(json, metrics.stream(started), created);
        StartedStream streaming = Stages.await(completeChat.stream(call, relay));
        StreamingOutput output = out -> relay.relay(streaming, out, connection);
        return governed(Response.ok(output, MediaType.SERVER_SENT_EVENTS).header("Cache-Control", "no-cache"),
                streaming.requestId(), streaming.governed()).build();
    }

    private static Response.ResponseBuilder governed(Response.ResponseBuilder response, RequestId requestId,
                                                     Governed governed) {
        return response.header("X-ModelGate-Request-Id", requestId.value())
                .header("X-ModelGate-Model", governed.model().value())
                .header("X-ModelGate-Deployment", governed.deployment().name())
                .header("X-ModelGate-Classification", governed.classification().name());
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
        for (ListGatewayModels.Offer offer : gatewayModels.models(actor.get())) {
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

}
