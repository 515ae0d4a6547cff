package io.modelgate.adapters.rest.budget;

import io.modelgate.adapters.rest.budget.BudgetDtos.SpendReportDto;
import io.modelgate.adapters.rest.shared.CurrentActor;
import io.modelgate.adapters.rest.shared.Params;
import io.modelgate.adapters.rest.shared.ProblemDetail;
import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.application.budget.port.in.ReportSpend;
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

@Path("/api/v1/reports")
@Tag(name = "Usage and reports", description = "The usage ledger (one record per gateway call) and spend reports")
@SecurityRequirement(name = "bearer")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "403", description = "Only admins, finance reviewers and auditors read reports",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class SpendReportResource {

    @Inject
    ReportSpend reportSpend;
    @Inject
    CurrentActor actor;

    @GET
    @Path("spend")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE_REVIEWER, Roles.AUDITOR})
    @Operation(operationId = "reportSpend",
            summary = "Spend per department, model and month", description = "Summed from the usage ledger: "
            + "calls the provider answered (SUCCESS, CLIENT_ABORTED) and any other call that cost something; "
            + "refusals and free failures are not spend. Months follow the budget zone's calendar. Lines are "
            + "ordered by department, model and month.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = SpendReportDto.class)))
    @APIResponse(responseCode = "422", description = "A malformed department or month",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public SpendReportDto spend(@QueryParam("department") @Parameter(example = "sales") String department,
                                @QueryParam("month") @Parameter(example = "2025-04") String month) {
        return BudgetDtos.toDto(reportSpend.report(actor.get(), Params.optionalText(department).map(DepartmentId::new),
                Months.optional(month, "month")));
    }
}
