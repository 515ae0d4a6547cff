package io.modelgate.adapters.rest.catalog;

import io.modelgate.adapters.rest.catalog.CatalogDtos.LifecycleChangeRequest;
import io.modelgate.adapters.rest.catalog.CatalogDtos.ModelRequest;
import io.modelgate.adapters.rest.catalog.CatalogDtos.ModelResponse;
import io.modelgate.adapters.rest.governance.LicenseEvaluationDto;
import io.modelgate.adapters.rest.shared.CurrentActor;
import io.modelgate.adapters.rest.shared.UseCaseDto;
import io.modelgate.adapters.rest.shared.PageDto;
import io.modelgate.adapters.rest.shared.Params;
import io.modelgate.adapters.rest.shared.ProblemDetail;
import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.adapters.rest.shared.Versions;
import io.modelgate.application.catalog.port.in.ChangeModelLifecycle;
import io.modelgate.application.catalog.port.in.FindModels;
import io.modelgate.application.catalog.port.in.RegisterModel;
import io.modelgate.application.catalog.port.in.ReviseModel;
import io.modelgate.application.catalog.port.in.ModelQuery;
import io.modelgate.application.licensing.port.in.EvaluateLicense;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.Lifecycle;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.catalog.SourceKind;
import io.modelgate.domain.shared.InvalidValueException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import java.net.URI;

@Path("/api/v1/models")
@Tag(name = "Catalog", description = "Models and licenses")
@SecurityRequirement(name = "bearer")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class ModelResource {

    @Inject
    RegisterModel registerModel;
    @Inject
    ReviseModel reviseModel;
    @Inject
    ChangeModelLifecycle changeLifecycle;
    @Inject
    FindModels findModels;
    @Inject
    EvaluateLicense evaluateLicense;
    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR, Roles.GATEWAY_CLIENT})
    @Operation(operationId = "listModels",
            summary = "List models", description = "Filters combine with AND; results are ordered by id.")
    @APIResponse(responseCode = "200", description = "A page of models")
    public PageDto<ModelResponse> list(
            @QueryParam("provider") @Parameter(example = "Meta") String provider,
            @QueryParam("sourceKind") @Parameter(schema = @Schema(implementation = SourceKind.class)) String sourceKind,
            @QueryParam("deployment") @Parameter(schema = @Schema(implementation = DeploymentKind.class)) String deployment,
            @QueryParam("lifecycle") @Parameter(schema = @Schema(implementation = Lifecycle.class)) String lifecycle,
            @QueryParam("page") @Parameter(description = "Zero-based page", example = "0") Integer page,
            @QueryParam("size") @Parameter(description = "Page size, at most 200", example = "20") Integer size) {
        ModelQuery query = new ModelQuery(Params.optionalText(provider),
                Params.optionalEnum(SourceKind.class, sourceKind, "sourceKind"),
                Params.optionalEnum(DeploymentKind.class, deployment, "deployment"),
                Params.optionalEnum(Lifecycle.class, lifecycle, "lifecycle"));
        return PageDto.of(findModels.search(query, Params.page(page, size)), CatalogDtos::toDto);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR, Roles.GATEWAY_CLIENT})
    @Operation(operationId = "getModel",
            summary = "Get one model", description = "The ETag header carries the version for If-Match.")
    @APIResponse(responseCode = "200", description = "The model",
            content = @Content(schema = @Schema(implementation = ModelResponse.class)))
    @APIResponse(responseCode = "404", description = "No such model",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response get(@PathParam("id") @Parameter(example = "llama-3-70b-instruct") String id) {
        return withTag(Response.ok(), findModels.get(modelId(id)));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "registerModel",
            summary = "Add a model to the catalog", description = "Starts ACTIVE at version 0.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ModelResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing, unknown or malformed fields",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "The id is taken",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "A value breaks a rule, or the license is unknown",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response register(@NotNull @Valid ModelRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        if (request.id() == null) {
            throw new InvalidValueException("id", "is required");
        }
        Model model = registerModel.register(new RegisterModel.Command(actor.get(), new ModelId(request.id()),
                CatalogDtos.toSpec(request)));
        URI location = uri.getAbsolutePathBuilder().path(model.id().value()).build();
        return withTag(Response.created(location), model);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "reviseModel",
            summary = "Revise a model", description = "Send If-Match with the ETag you read to refuse the "
            + "change (412) if someone changed the model since. A lost race answers 409.")
    @APIResponse(responseCode = "200", description = "The revised model",
            content = @Content(schema = @Schema(implementation = ModelResponse.class)))
    @APIResponse(responseCode = "409", description = "Changed concurrently, or RETIRED",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid ModelRequest request) {
        ModelId modelId = modelId(id);
        if (request.id() != null && !request.id().equals(id)) {
            throw new InvalidValueException("id", "differs from the id in the path; a model's id cannot change");
        }
        Model model = reviseModel.revise(new ReviseModel.Command(actor.get(), modelId, CatalogDtos.toSpec(request),
                Versions.fromIfMatch(ifMatch)));
        return withTag(Response.ok(), model);
    }

    @POST
    @Path("{id}/lifecycle")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeModelLifecycle",
            summary = "Deprecate or retire a model", description = "Only forward moves: ACTIVE → DEPRECATED → "
            + "RETIRED (or ACTIVE → RETIRED). Anything else answers 409 naming the current state.")
    @APIResponse(responseCode = "200", description = "The model in its new state",
            content = @Content(schema = @Schema(implementation = ModelResponse.class)))
    @APIResponse(responseCode = "409", description = "Illegal transition",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response changeLifecycle(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                                    @NotNull @Valid LifecycleChangeRequest request) {
        Model model = changeLifecycle.moveTo(new ChangeModelLifecycle.Command(actor.get(), modelId(id),
                request.target(), Params.optionalText(request.reason()), Versions.fromIfMatch(ifMatch)));
        return withTag(Response.ok(), model);
    }

    @POST
    @Path("{id}/license-evaluations")
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR, Roles.GATEWAY_CLIENT})
    @Operation(operationId = "evaluateModelLicense",
            summary = "Evaluate the model's license against a use case", description = "The model's own "
            + "license and the licenses of the models it derives from (Llama 3 Swallow carries Llama 3's terms), "
            + "evaluated together; the verdict is the strictest. Changes nothing.")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(schema = @Schema(implementation = LicenseEvaluationDto.class)))
    @APIResponse(responseCode = "404", description = "No such model",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public LicenseEvaluationDto evaluateLicense(@PathParam("id") String id, @NotNull @Valid UseCaseDto useCase) {
        return LicenseEvaluationDto.of(evaluateLicense.forModel(modelId(id), useCase.toDomain()));
    }

    private static ModelId modelId(String raw) {
        return Params.pathId(raw, ModelId::new, "model");
    }

    private static Response withTag(Response.ResponseBuilder builder, Model model) {
        return builder.tag(Versions.etag(model.version())).entity(CatalogDtos.toDto(model)).build();
    }
}
