package io.modelgate.adapters.rest.budget;

import io.modelgate.adapters.rest.budget.BudgetDtos.BudgetBody;
import io.modelgate.adapters.rest.budget.BudgetDtos.BudgetDto;
import io.modelgate.adapters.rest.budget.BudgetDtos.SpendViewDto;
import io.modelgate.adapters.rest.shared.CurrentActor;
import io.modelgate.adapters.rest.shared.MoneyDto;
import io.modelgate.adapters.rest.shared.Params;
import io.modelgate.adapters.rest.shared.ProblemDetail;
import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.adapters.rest.shared.Versions;
import io.modelgate.application.budget.port.in.FindBudgets;
import io.modelgate.application.budget.port.in.SetBudget;
import io.modelgate.application.budget.port.in.ViewSpend;
import io.modelgate.application.budget.port.in.Budget;
import io.modelgate.application.shared.NotFoundException;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.InvalidValueException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.util.List;

@Path("/api/v1/departments/{department}")
@Tag(name = "Budgets", description = "Departments' monthly budgets and where their spending stands")
@SecurityRequirement(name = "bearer")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "404", description = "No such budget, a malformed department or month, or another "
        + "department's (requesters see only their own)",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class DepartmentBudgetResource {

    @Inject
    SetBudget setBudget;
    @Inject
    FindBudgets findBudgets;
    @Inject
    ViewSpend viewSpend;
    @Inject
    CurrentActor actor;

    @GET
    @Path("budgets")
    @RolesAllowed({Roles.REQUESTER, Roles.FINANCE_REVIEWER, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listBudgets",
            summary = "The department's budgets", description = "Oldest month first; empty when none is set.")
    @APIResponse(responseCode = "200", description = "The department's budgets")
    public List<BudgetDto> list(@PathParam("department") @Parameter(example = "sales") String department) {
        return findBudgets.ofDepartment(actor.get(), department(department)).stream().map(BudgetDtos::toDto).toList();
    }

    @GET
    @Path("budgets/{month}")
    @RolesAllowed({Roles.REQUESTER, Roles.FINANCE_REVIEWER, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getBudget",
            summary = "One month's budget", description = "The ETag header carries the version for If-Match.")
    @APIResponse(responseCode = "200", description = "The budget",
            content = @Content(schema = @Schema(implementation = BudgetDto.class)))
    public Response get(@PathParam("department") @Parameter(example = "sales") String department,
                        @PathParam("month") @Parameter(example = "2025-04", schema = @Schema(type = SchemaType.STRING,
                                pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$")) String month) {
        DepartmentId id = department(department);
        return tagged(Response.ok(), findBudgets.get(actor.get(), id, month(id, month)));
    }

    @PUT
    @Path("budgets/{month}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setBudget",
            summary = "Set a month's budget", description = "Creates the month's budget (201) or changes its "
            + "amount, soft alert threshold and hard limit (200); what is spent and reserved stays. Send If-Match "
            + "with the ETag you read to refuse the change (412) if someone changed it since; If-Match on a month "
            + "without a budget answers 404. The amount is in the configured budget currency.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = BudgetDto.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = BudgetDto.class)))
    @APIResponse(responseCode = "400", description = "Missing, unknown or malformed fields",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "Changed concurrently",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an old version",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "A percentage outside 1–100, another currency, a hard limit "
            + "below the amount or below what is already spent and reserved",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response set(@PathParam("department") String department, @PathParam("month") String month,
                        @HeaderParam("If-Match") String ifMatch, @NotNull @Valid BudgetBody body,
                        @Context UriInfo uri) {
        DepartmentId id = department(department);
        Budget budget = setBudget.set(new SetBudget.Command(actor.get(), id, month(id, month),
                money(body.amount(), "amount"), body.softAlertPercent(), money(body.hardLimit(), "hardLimit"), Versions.fromIfMatch(ifMatch)));
        // A budget is created at version 0; every change moves the version on.
        return tagged(budget.version() == 0 ? Response.created(uri.getAbsolutePath()) : Response.ok(), budget);
    }

    @GET
    @Path("spend")
    @RolesAllowed({Roles.REQUESTER, Roles.FINANCE_REVIEWER, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "viewDepartmentSpend",
            summary = "Where the department stands in a month", description = "The budget's spent, reserved "
            + "and remaining amounts, the soft alert and hard limit, and the ledger's spend per model. Without "
            + "month: the current month in the budget zone (modelgate.approval.budget-zone).")
    @APIResponse(responseCode = "200", description = "The month",
            content = @Content(schema = @Schema(implementation = SpendViewDto.class)))
    @APIResponse(responseCode = "422", description = "month is not yyyy-MM",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public SpendViewDto spend(@PathParam("department") String department,
                              @QueryParam("month") @Parameter(example = "2025-04") String month) {
        return BudgetDtos.toDto(viewSpend.view(actor.get(), department(department), Months.optional(month, "month")));
    }

    /** Money of the body, with errors naming the field it came from ({@code hardLimit.amount}). */
    private static Money money(MoneyDto dto, String field) {
        try {
            return dto.toDomain();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field + "." + e.field(), e.reason());
        }
    }

    private static DepartmentId department(String raw) {
        return Params.pathId(raw, DepartmentId::new, "department");
    }

    /** A month in the path that is not even well-formed names no budget: 404, like any malformed id. */
    private static YearMonth month(DepartmentId department, String raw) {
        try {
            return Months.parse(raw, "month");
        } catch (InvalidValueException e) {
            throw new NotFoundException("budget", department + "/" + raw);
        }
    }

    private static Response tagged(Response.ResponseBuilder builder, Budget budget) {
        return builder.tag(Versions.etag(budget.version())).entity(BudgetDtos.toDto(budget)).build();
    }
}
