package io.modelgate.adapters.rest.approval;

import io.modelgate.adapters.rest.approval.ApprovalDtos.ApprovalDto;
import io.modelgate.adapters.rest.approval.ApprovalDtos.ReasonBody;
import io.modelgate.adapters.rest.shared.CurrentActor;
import io.modelgate.adapters.rest.shared.PageDto;
import io.modelgate.adapters.rest.shared.Params;
import io.modelgate.adapters.rest.shared.ProblemDetail;
import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.adapters.rest.shared.Versions;
import io.modelgate.application.approval.port.in.FindApprovals;
import io.modelgate.application.approval.port.in.ManageApproval;
import io.modelgate.application.approval.port.in.ApprovalQuery;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.approval.ApprovalStatus;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.department.DepartmentId;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

@Path("/api/v1/approvals")
@Tag(name = "Approvals", description = "What approved requests grant; revocation and re-review")
@SecurityRequirement(name = "bearer")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "404", description = "No such approval, or one of another department",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class ApprovalResource {

    @Inject
    FindApprovals findApprovals;
    @Inject
    ManageApproval manageApproval;
    @Inject
    CurrentActor actor;
    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listApprovals",
            summary = "List approvals you may see", description = "Requesters see their department's.")
    @APIResponse(responseCode = "200", description = "A page of approvals")
    public PageDto<ApprovalDto> list(@QueryParam("department") String department, @QueryParam("model") String model,
                                     @QueryParam("status") String status,
                                     @QueryParam("flaggedForReReview") Boolean flagged,
                                     @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ApprovalQuery query = new ApprovalQuery(Params.optionalText(department).map(DepartmentId::new),
                Params.optionalText(model).map(m -> Params.field("model", () -> new ModelId(m))),
                Params.optionalEnum(ApprovalStatus.class, status, "status"), java.util.Optional.ofNullable(flagged));
        return PageDto.of(findApprovals.search(actor.get(), query, Params.page(page, size)),
                a -> ApprovalDtos.toDto(a, clock.instant()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getApproval", summary = "One approval")
    @APIResponse(responseCode = "200", description = "The approval",
            content = @Content(schema = @Schema(implementation = ApprovalDto.class)))
    public Response get(@PathParam("id") String id) {
        return tagged(findApprovals.get(actor.get(), approvalId(id)));
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "revokeApproval",
            summary = "Revoke an approval", description = "The gateway stops honouring it at once. Final.")
    @APIResponse(responseCode = "409", description = "Already revoked",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "200", description = "The revoked approval",
            content = @Content(schema = @Schema(implementation = ApprovalDto.class)))
    public Response revoke(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid ReasonBody body) {
        return tagged(manageApproval.revoke(new ManageApproval.Command(actor.get(), approvalId(id), body.reason(),
                Versions.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("{id}/confirm")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "confirmApproval",
            summary = "Conclude a re-review and keep the approval", description = "Clears the re-review flag, "
            + "or lifts a suspension, after the catalog change that raised it has been reviewed.")
    @APIResponse(responseCode = "200", description = "The approval, re-review cleared or suspension lifted",
            content = @Content(schema = @Schema(implementation = ApprovalDto.class)))
    public Response confirm(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                            @NotNull @Valid ReasonBody body) {
        return tagged(manageApproval.confirm(new ManageApproval.Command(actor.get(), approvalId(id), body.reason(),
                Versions.fromIfMatch(ifMatch))));
    }

    private static ApprovalId approvalId(String raw) {
        return Params.pathId(raw, ApprovalId::parse, "approval");
    }

    private Response tagged(Approval approval) {
        return Response.ok(ApprovalDtos.toDto(approval, clock.instant())).tag(Versions.etag(approval.version())).build();
    }
}
