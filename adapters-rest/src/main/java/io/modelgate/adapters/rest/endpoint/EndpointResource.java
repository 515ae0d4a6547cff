package io.modelgate.adapters.rest.endpoint;

import io.modelgate.adapters.rest.endpoint.EndpointDtos.EndpointBody;
import io.modelgate.adapters.rest.endpoint.EndpointDtos.EndpointDto;
import io.modelgate.adapters.rest.shared.CurrentActor;
import io.modelgate.adapters.rest.shared.Params;
import io.modelgate.adapters.rest.shared.ProblemDetail;
import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.adapters.rest.shared.Versions;
import io.modelgate.application.endpoint.EndpointKey;
import io.modelgate.application.endpoint.EndpointSource;
import io.modelgate.application.endpoint.EndpointState;
import io.modelgate.application.endpoint.port.in.FindEndpoints;
import io.modelgate.application.endpoint.port.in.RemoveEndpoint;
import io.modelgate.application.endpoint.port.in.SetEndpoint;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.shared.InvalidValueException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

@Path("/api/v1/endpoints")
@Tag(name = "Endpoints", description = "Where each approved deployment is served; keys are referenced, never given")
@SecurityRequirement(name = "bearer")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class EndpointResource {

    @Inject
    FindEndpoints findEndpoints;
    @Inject
    SetEndpoint setEndpoint;
    @Inject
    RemoveEndpoint removeEndpoint;
    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listEndpoints", summary = "Every endpoint the gateway knows", description = "Configured and API endpoints, ordered by "
            + "model and deployment, each with whether its key is there and whether the gateway calls it.")
    @APIResponse(responseCode = "200", description = "The endpoints",
            content = @Content(schema = @Schema(implementation = EndpointDto.class, type = org.eclipse.microprofile
                    .openapi.annotations.enums.SchemaType.ARRAY)))
    public List<EndpointDto> list() {
        return findEndpoints.list().stream().map(EndpointDtos::toDto).toList();
    }

    @GET
    @Path("{model}/{deployment}")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getEndpoint", summary = "One deployment's endpoint", description = "An API endpoint's ETag is its version.")
    @APIResponse(responseCode = "200", description = "The endpoint",
            content = @Content(schema = @Schema(implementation = EndpointDto.class)))
    @APIResponse(responseCode = "404", description = "No endpoint for the deployment",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response get(@PathParam("model") @Parameter(example = "llama-3-70b-instruct") String model,
                        @PathParam("deployment") @Parameter(example = "ON_PREMISES") String deployment) {
        return tagged(Response.ok(), findEndpoints.get(key(model, deployment)));
    }

    @PUT
    @Path("{model}/{deployment}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setEndpoint", summary = "Store a deployment's endpoint", description = "Creates (201) or changes (200) the API "
            + "endpoint of the deployment; it takes the place of a configured one. Audited as ENDPOINT.SET; this "
            + "instance's gateway uses it from the next call, other instances within "
            + "modelgate.gateway.routing-snapshot-max-age. If-Match makes the change conditional (412). A key is "
            + "never accepted: name where it is in secret. A missing key does not refuse the change: the answer "
            + "says callable=false and why.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = EndpointDto.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = EndpointDto.class)))
    @APIResponse(responseCode = "400", description = "Missing, unknown or malformed fields",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "404", description = "Unknown deployment kind, or If-Match on an endpoint that is not stored",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "A value breaks a rule: a host the allow-list refuses, an unknown "
            + "model or deployment, a key given as a value, a bad secret name or timeout",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response set(@PathParam("model") String model, @PathParam("deployment") String deployment,
                        @HeaderParam("If-Match") String ifMatch, @NotNull @Valid EndpointBody body,
                        @Context UriInfo uri) {
        EndpointKey key = key(model, deployment);
        SetEndpoint.Result result = setEndpoint.set(new SetEndpoint.Command(actor.get(), EndpointDtos.toDomain(key, body),
                Versions.fromIfMatch(ifMatch)));
        return tagged(result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok(), result.state());
    }

    @DELETE
    @Path("{model}/{deployment}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "removeEndpoint", summary = "Remove a deployment's API endpoint", description = "Audited as ENDPOINT.REMOVED. A configured "
            + "endpoint beneath it applies again; a configured endpoint alone cannot be removed here (409).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No API endpoint for the deployment",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "Defined in the configuration",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response remove(@PathParam("model") String model, @PathParam("deployment") String deployment,
                           @HeaderParam("If-Match") String ifMatch) {
        removeEndpoint.remove(new RemoveEndpoint.Command(actor.get(), key(model, deployment), Versions.fromIfMatch(ifMatch)));
        return Response.noContent().build();
    }

    private static EndpointKey key(String model, String deployment) {
        return Params.pathId(model + "/" + deployment, raw -> {
            try {
                return new EndpointKey(new ModelId(model), DeploymentKind.valueOf(deployment.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("deployment", "unknown");
            }
        }, "endpoint");
    }

    private static Response tagged(Response.ResponseBuilder builder, EndpointState state) {
        if (state.source() == EndpointSource.API) {
            builder.tag(Versions.etag(state.endpoint().version()));
        }
        return builder.entity(EndpointDtos.toDto(state)).build();
    }
}
