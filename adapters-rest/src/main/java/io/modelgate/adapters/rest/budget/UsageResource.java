package io.modelgate.adapters.rest.budget;

import io.modelgate.adapters.rest.budget.BudgetDtos.UsageRecordDto;
import io.modelgate.adapters.rest.shared.CurrentActor;
import io.modelgate.adapters.rest.shared.PageDto;
import io.modelgate.adapters.rest.shared.Params;
import io.modelgate.adapters.rest.shared.ProblemDetail;
import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.application.budget.port.in.ReadUsage;
import io.modelgate.application.gateway.port.in.UsageQuery;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.department.DepartmentId;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/v1/usage")
@Tag(name = "Usage and reports", description = "The usage ledger (one record per gateway call) and spend reports")
@SecurityRequirement(name = "bearer")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "403", description = "Only admins, finance reviewers and auditors read the ledger",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class UsageResource {

    @Inject
    ReadUsage readUsage;
    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE_REVIEWER, Roles.AUDITOR})
    @Operation(operationId = "listUsageRecords",
            summary = "Read the usage ledger, newest call first", description = "Every gateway call, whatever "
            + "its outcome. Filters combine with AND; from/to are ISO-8601 instants (from inclusive, to exclusive).")
    @APIResponse(responseCode = "200", description = "A page of calls")
    @APIResponse(responseCode = "422", description = "A malformed filter",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public PageDto<UsageRecordDto> list(@QueryParam("department") @Parameter(example = "sales") String department,
                                        @QueryParam("model") @Parameter(example = "gpt-4o") String model,
                                        @QueryParam("outcome") @Parameter(example = "SUCCESS") String outcome,
                                        @QueryParam("from") @Parameter(example = "2025-04-01T00:00:00+09:00") String from,
                                        @QueryParam("to") String to,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        UsageQuery query = new UsageQuery(Params.optionalText(department).map(DepartmentId::new),
                Params.optionalText(model).map(m -> Params.field("model", () -> new ModelId(m))),
                Params.optionalText(outcome),
                Params.optionalInstant(from, "from"), Params.optionalInstant(to, "to"));
        return PageDto.of(readUsage.search(actor.get(), query, Params.page(page, size)), BudgetDtos::toDto);
    }
}
