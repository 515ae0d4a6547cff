package io.modelgate.adapters.rest.governance;

import io.modelgate.adapters.rest.governance.PolicyDtos.PolicyChangeRequest;
import io.modelgate.adapters.rest.governance.PolicyDtos.PolicyVersionDto;
import io.modelgate.adapters.rest.shared.CurrentActor;
import io.modelgate.adapters.rest.shared.Params;
import io.modelgate.adapters.rest.shared.ProblemDetail;
import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.adapters.rest.shared.Versions;
import io.modelgate.application.classification.port.in.ChangeClassificationPolicy;
import io.modelgate.application.classification.port.in.DecideClassification;
import io.modelgate.application.classification.port.in.InspectContent;
import io.modelgate.application.classification.port.in.ReadClassificationPolicy;
import io.modelgate.application.classification.port.in.VersionedPolicy;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.ClassificationSource;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.classification.MarkerKind;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

@Path("/api/v1/classification-policy")
@Tag(name = "Governance rules", description = "Classification policy, license evaluation, cost")
@SecurityRequirement(name = "bearer")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class ClassificationPolicyResource {

    @Inject
    ReadClassificationPolicy readPolicy;
    @Inject
    ChangeClassificationPolicy changePolicy;
    @Inject
    DecideClassification decideClassification;
    @Inject
    InspectContent inspectContent;
    @Inject
    CurrentActor actor;

    @Schema(name = "ClassificationDecisionRequest")
    public record DecisionRequest(@NotBlank @Schema(example = "gpt-4o") String modelId,
                                  @NotNull DeploymentKind deployment,
                                  @NotNull DataClassification level) {
    }

    @Schema(name = "ClassificationDecision")
    public record DecisionDto(String modelId, DeploymentKind deployment, DataClassification level, boolean allowed,
                              @Schema(example = "CONFIDENTIAL data may use a vendor API only with zero data retention "
                                      + "and processing in JP; this vendor keeps data 30 days and processes it US.")
                              String reason, long policyVersion) {
    }

    @Schema(name = "ContentInspectionRequest")
    public record InspectionRequest(@NotNull @Schema(description = "At most 1,000,000 characters",
            example = "社外秘: 顧客 yamada@example.co.jp の契約更新について") String text,
                                    @Schema(description = "The level the caller declares; the department default "
                                            + "applies when absent") DataClassification declaredLevel) {
    }

    @Schema(name = "ContentMarker", description = "Where a marker was found; never the matched text itself")
    public record MarkerDto(MarkerKind kind, DataClassification implies, int start, int end,
                            @Schema(example = "an email address") String description) {
    }

    @Schema(name = "ContentInspection")
    public record InspectionDto(DataClassification effectiveLevel, ClassificationSource decidedBy,
                                DataClassification departmentDefault, List<String> reasons, List<MarkerDto> markers) {
    }

    @GET
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR, Roles.GATEWAY_CLIENT})
    @Operation(operationId = "getClassificationPolicy",
            summary = "The current classification policy", description = "The ETag carries the version.")
    @APIResponse(responseCode = "200", description = "The current version",
            content = @Content(schema = @Schema(implementation = PolicyVersionDto.class)))
    public Response current() {
        VersionedPolicy current = readPolicy.current();
        return Response.ok(PolicyDtos.toDto(current)).tag(Versions.etag(current.version())).build();
    }

    @GET
    @Path("versions")
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR, Roles.GATEWAY_CLIENT})
    @Operation(operationId = "listClassificationPolicyVersions",
            summary = "Every version of the policy, oldest first, with who changed it and when")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<PolicyVersionDto> versions() {
        return readPolicy.history().stream().map(PolicyDtos::toDto).toList();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeClassificationPolicy",
            summary = "Replace the policy with a new version", description = "The previous version is kept. "
            + "A policy that lets a higher level use a deployment a lower level may not is refused as incoherent "
            + "(422). Send If-Match with the ETag you read to refuse the change if someone changed it since (412).")
    @APIResponse(responseCode = "200", description = "The new current version",
            content = @Content(schema = @Schema(implementation = PolicyVersionDto.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "Incomplete or incoherent policy",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response change(@HeaderParam("If-Match") String ifMatch, @NotNull @Valid PolicyChangeRequest request) {
        VersionedPolicy changed = changePolicy.change(new ChangeClassificationPolicy.Command(actor.get(),
                PolicyDtos.toDomain(request), Params.optionalText(request.note()), Versions.fromIfMatch(ifMatch)));
        return Response.ok(PolicyDtos.toDto(changed)).tag(Versions.etag(changed.version())).build();
    }

    @POST
    @Path("decisions")
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR, Roles.GATEWAY_CLIENT})
    @Operation(operationId = "decideClassification", summary = "May data of this level use this model deployment?",
            description = "Answers allowed or not, with a sentence a reviewer can read. Changes nothing.")
    @APIResponse(responseCode = "200", description = "The decision",
            content = @Content(schema = @Schema(implementation = DecisionDto.class)))
    @APIResponse(responseCode = "422", description = "Unknown model, or the model has no such deployment",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public DecisionDto decide(@NotNull @Valid DecisionRequest request) {
        DecideClassification.Result result = decideClassification.decide(new DecideClassification.Query(
                Params.field("modelId", () -> new ModelId(request.modelId())), request.deployment(), request.level()));
        return new DecisionDto(result.model().value(), result.decision().deploymentKind(), result.decision().level(),
                result.decision().allowed(), result.decision().reason(), result.policyVersion());
    }

    @POST
    @Path("content-inspections")
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR, Roles.GATEWAY_CLIENT})
    @Operation(operationId = "inspectContent",
            summary = "Which classification does this text really carry?", description = "Runs the content "
            + "detector (My Number, card numbers, emails, phone numbers, labels such as 社外秘/極秘) and returns the "
            + "effective level: the strictest of the declared level, the department default and the finding. "
            + "The text is neither stored nor logged, and markers never repeat it.")
    @APIResponse(responseCode = "200", description = "The effective classification",
            content = @Content(schema = @Schema(implementation = InspectionDto.class)))
    public InspectionDto inspect(@NotNull @Valid InspectionRequest request) {
        InspectContent.Result result = inspectContent.inspect(new InspectContent.Query(actor.get(), request.text(),
                Optional.ofNullable(request.declaredLevel())));
        return new InspectionDto(result.effective().level(), result.effective().decidedBy(),
                result.departmentDefault(), result.effective().reasons(), result.finding().markers().stream()
                .map(m -> new MarkerDto(m.kind(), m.implies(), m.start(), m.end(), m.description())).toList());
    }
}
