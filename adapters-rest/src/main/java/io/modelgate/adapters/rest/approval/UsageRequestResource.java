package io.modelgate.adapters.rest.approval;

import io.modelgate.adapters.rest.approval.ApprovalDtos.RequestBody;
import io.modelgate.adapters.rest.approval.ApprovalDtos.ReviewBody;
import io.modelgate.adapters.rest.approval.ApprovalDtos.UsageRequestDto;
import io.modelgate.adapters.rest.shared.CurrentActor;
import io.modelgate.adapters.rest.shared.PageDto;
import io.modelgate.adapters.rest.shared.Params;
import io.modelgate.adapters.rest.shared.ProblemDetail;
import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.adapters.rest.shared.Versions;
import io.modelgate.application.approval.port.in.Decided;
import io.modelgate.application.approval.port.in.DraftUsageRequest;
import io.modelgate.application.approval.port.in.EditUsageRequest;
import io.modelgate.application.approval.port.in.FindUsageRequests;
import io.modelgate.application.approval.port.in.RequestCommand;
import io.modelgate.application.approval.port.in.ReviewUsageRequest;
import io.modelgate.application.approval.port.in.SubmitUsageRequest;
import io.modelgate.application.approval.port.in.WithdrawUsageRequest;
import io.modelgate.application.approval.port.in.UsageRequestQuery;
import io.modelgate.domain.approval.RequestState;
import io.modelgate.domain.approval.ReviewKind;
import io.modelgate.domain.approval.UsageRequest;
import io.modelgate.domain.approval.UsageRequestId;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.usecase.UseCase;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;
import java.util.Set;

@Path("/api/v1/usage-requests")
@Tag(name = "Usage requests", description = "承認申請: a department asks to use a model; reviewers decide")
@SecurityRequirement(name = "bearer")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "403", description = "Wrong role, not the requester, or four eyes",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "404", description = "No such request, or one of another department",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "409", description = "Not allowed in the current state (named in currentState), "
        + "or decided concurrently by someone else",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class UsageRequestResource {

    @Inject
    DraftUsageRequest draftRequest;
    @Inject
    EditUsageRequest editRequest;
    @Inject
    SubmitUsageRequest submitRequest;
    @Inject
    WithdrawUsageRequest withdrawRequest;
    @Inject
    ReviewUsageRequest reviewRequest;
    @Inject
    FindUsageRequests findRequests;
    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed(Roles.REQUESTER)
    @Operation(operationId = "draftUsageRequest",
            summary = "Draft a usage request", description = "For the caller's department (from the token).")
    @APIResponse(responseCode = "201", description = "The draft",
            content = @Content(schema = @Schema(implementation = UsageRequestDto.class)))
    public Response draft(@NotNull @Valid RequestBody body, @Context UriInfo uri) {
        UsageRequest draft = draftRequest.draft(new DraftUsageRequest.Command(actor.get(), modelId(body),
                body.deployment(), useCase(body)));
        return Response.created(uri.getAbsolutePathBuilder().path(draft.id().value().toString()).build())
                .tag(Versions.etag(draft.version())).entity(ApprovalDtos.toDto(draft, Optional.empty())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.REQUESTER)
    @Operation(operationId = "editUsageRequest",
            summary = "Edit a draft", description = "Only the requester, only in DRAFT.")
    @APIResponse(responseCode = "200", description = "The edited draft",
            content = @Content(schema = @Schema(implementation = UsageRequestDto.class)))
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                         @NotNull @Valid RequestBody body) {
        UsageRequest edited = editRequest.edit(new EditUsageRequest.Command(actor.get(), requestId(id),
                modelId(body), body.deployment(), useCase(body), Versions.fromIfMatch(ifMatch)));
        return tagged(new Decided(edited, Optional.empty()));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.REQUESTER)
    @Operation(operationId = "submitUsageRequest",
            summary = "Submit a draft", description = "Evaluated at once by the rules: a BLOCKER rejects it, "
            + "no required review approves it automatically, otherwise it waits IN_REVIEW for the required reviews.")
    @APIResponse(responseCode = "200", description = "The request after evaluation: REJECTED, APPROVED or IN_REVIEW",
            content = @Content(schema = @Schema(implementation = UsageRequestDto.class)))
    public Response submit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return tagged(submitRequest.submit(new RequestCommand(actor.get(), requestId(id), Versions.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.REQUESTER)
    @Operation(operationId = "withdrawUsageRequest", summary = "Withdraw a request before it is decided")
    @APIResponse(responseCode = "200", description = "The withdrawn request",
            content = @Content(schema = @Schema(implementation = UsageRequestDto.class)))
    public Response withdraw(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        UsageRequest withdrawn = withdrawRequest.withdraw(new RequestCommand(actor.get(), requestId(id),
                Versions.fromIfMatch(ifMatch)));
        return tagged(new Decided(withdrawn, Optional.empty()));
    }

    @POST
    @Path("{id}/reviews")
    @RolesAllowed({Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER})
    @Operation(operationId = "reviewUsageRequest",
            summary = "Decide a review", description = "Only a holder of the kind's reviewer role, never the "
            + "requester (four eyes), one decision per kind, a comment when rejecting. Any REJECT rejects the "
            + "request; the APPROVE that completes the required reviews approves it and grants an approval.")
    @APIResponse(responseCode = "422", description = "A rejection without a comment",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "200", description = "The request after the decision",
            content = @Content(schema = @Schema(implementation = UsageRequestDto.class)))
    public Response review(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid ReviewBody body) {
        return tagged(reviewRequest.review(new ReviewUsageRequest.Command(actor.get(), requestId(id), body.kind(),
                body.outcome(), Params.optionalText(body.comment()), Versions.fromIfMatch(ifMatch))));
    }

    @GET
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listUsageRequests",
            summary = "List requests you may see", description = "Requesters see their department's; reviewers "
            + "those that need their kind of review (pendingReview narrows to the open queue); admins and auditors all.")
    @APIResponse(responseCode = "200", description = "A page of requests")
    public PageDto<UsageRequestDto> list(@QueryParam("state") String state,
                                         @QueryParam("department") String department,
                                         @QueryParam("model") String model,
                                         @QueryParam("pendingReview") String pendingReview,
                                         @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        UsageRequestQuery query = new UsageRequestQuery(Params.optionalEnum(RequestState.class, state, "state"),
                Params.optionalText(department).map(DepartmentId::new),
                Params.optionalText(model).map(m -> Params.field("model", () -> new ModelId(m))),
                Params.optionalEnum(ReviewKind.class, pendingReview, "pendingReview").map(Set::of).orElse(Set.of()));
        return PageDto.of(findRequests.search(actor.get(), query, Params.page(page, size)),
                r -> ApprovalDtos.toDto(r, Optional.empty()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getUsageRequest",
            summary = "One request with its findings, required reviews, decisions and history")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(schema = @Schema(implementation = UsageRequestDto.class)))
    public Response get(@PathParam("id") String id) {
        return tagged(findRequests.get(actor.get(), requestId(id)));
    }

    /** Refusals name the body's fields: {@code modelId}, {@code useCase.volume.requestsPerMonth}. */
    private static ModelId modelId(RequestBody body) {
        return Params.field("modelId", () -> new ModelId(body.modelId()));
    }

    private static UseCase useCase(RequestBody body) {
        return Params.within("useCase", () -> body.useCase().toDomain());
    }

    private static UsageRequestId requestId(String raw) {
        return Params.pathId(raw, UsageRequestId::parse, "usage request");
    }

    private static Response tagged(Decided decided) {
        return Response.ok(ApprovalDtos.toDto(decided.request(), decided.approval()))
                .tag(Versions.etag(decided.request().version())).build();
    }
}
