package io.modelgate.adapters.rest.catalog;

import io.modelgate.adapters.rest.catalog.CatalogDtos.LicenseRequest;
import io.modelgate.adapters.rest.catalog.CatalogDtos.LicenseResponse;
import io.modelgate.adapters.rest.governance.LicenseEvaluationDto;
import io.modelgate.adapters.rest.shared.CurrentActor;
import io.modelgate.adapters.rest.shared.UseCaseDto;
import io.modelgate.adapters.rest.shared.PageDto;
import io.modelgate.adapters.rest.shared.Params;
import io.modelgate.adapters.rest.shared.ProblemDetail;
import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.adapters.rest.shared.Versions;
import io.modelgate.application.catalog.port.in.FindLicenses;
import io.modelgate.application.catalog.port.in.RegisterLicense;
import io.modelgate.application.catalog.port.in.ReviseLicense;
import io.modelgate.application.licensing.port.in.EvaluateLicense;
import io.modelgate.domain.license.License;
import io.modelgate.domain.license.LicenseId;
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

@Path("/api/v1/licenses")
@Tag(name = "Catalog", description = "Models and licenses")
@SecurityRequirement(name = "bearer")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class LicenseResource {

    @Inject
    RegisterLicense registerLicense;
    @Inject
    ReviseLicense reviseLicense;
    @Inject
    FindLicenses findLicenses;
    @Inject
    EvaluateLicense evaluateLicense;
    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR, Roles.GATEWAY_CLIENT})
    @Operation(operationId = "listLicenses", summary = "List licenses", description = "Ordered by id.")
    @APIResponse(responseCode = "200", description = "A page of licenses")
    public PageDto<LicenseResponse> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageDto.of(findLicenses.list(Params.page(page, size)), CatalogDtos::toDto);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR, Roles.GATEWAY_CLIENT})
    @Operation(operationId = "getLicense", summary = "Get one license with its structured terms")
    @APIResponse(responseCode = "200", description = "The license",
            content = @Content(schema = @Schema(implementation = LicenseResponse.class)))
    @APIResponse(responseCode = "404", description = "No such license",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response get(@PathParam("id") String id) {
        return withTag(Response.ok(), findLicenses.get(licenseId(id)));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "registerLicense", summary = "Add a license")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = LicenseResponse.class)))
    @APIResponse(responseCode = "409", description = "The id is taken",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "A value breaks a rule",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response register(@NotNull @Valid LicenseRequest request, @Context UriInfo uri) {
        if (request.id() == null) {
            throw new InvalidValueException("id", "is required");
        }
        License license = registerLicense.register(new RegisterLicense.Command(actor.get(),
                CatalogDtos.toDomain(Params.field("id", () -> new LicenseId(request.id())), request)));
        return withTag(Response.created(uri.getAbsolutePathBuilder().path(license.id().value()).build()), license);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "reviseLicense",
            summary = "Revise a license's terms", description = "If-Match as for models.")
    @APIResponse(responseCode = "200", description = "The revised license",
            content = @Content(schema = @Schema(implementation = LicenseResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid LicenseRequest request) {
        LicenseId licenseId = licenseId(id);
        if (request.id() != null && !request.id().equals(id)) {
            throw new InvalidValueException("id", "differs from the id in the path; a license's id cannot change");
        }
        License license = reviseLicense.revise(new ReviseLicense.Command(actor.get(),
                CatalogDtos.toDomain(licenseId, request), Versions.fromIfMatch(ifMatch)));
        return withTag(Response.ok(), license);
    }

    @POST
    @Path("{id}/evaluations")
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR, Roles.GATEWAY_CLIENT})
    @Operation(operationId = "evaluateLicense",
            summary = "Evaluate the license against a use case", description = "PERMITTED, "
            + "PERMITTED_WITH_OBLIGATIONS or PROHIBITED, with typed obligations (each citing its clause) and "
            + "readable reasons. Recomputed from the current terms on every call; changes nothing.")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(schema = @Schema(implementation = LicenseEvaluationDto.class)))
    @APIResponse(responseCode = "404", description = "No such license",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public LicenseEvaluationDto evaluate(@PathParam("id") String id, @NotNull @Valid UseCaseDto useCase) {
        return LicenseEvaluationDto.of(evaluateLicense.forLicense(licenseId(id), useCase.toDomain()));
    }

    private static LicenseId licenseId(String raw) {
        return Params.pathId(raw, LicenseId::new, "license");
    }

    private static Response withTag(Response.ResponseBuilder builder, License license) {
        return builder.tag(Versions.etag(license.version())).entity(CatalogDtos.toDto(license)).build();
    }
}
