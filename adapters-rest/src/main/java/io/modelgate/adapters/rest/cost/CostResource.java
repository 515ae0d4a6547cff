package io.modelgate.adapters.rest.cost;

import io.modelgate.adapters.rest.cost.CostDtos.ComparisonDto;
import io.modelgate.adapters.rest.cost.CostDtos.ComparisonRequest;
import io.modelgate.adapters.rest.cost.CostDtos.EstimateDto;
import io.modelgate.adapters.rest.cost.CostDtos.EstimateRequest;
import io.modelgate.adapters.rest.shared.Params;
import io.modelgate.adapters.rest.shared.ProblemDetail;
import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.application.cost.port.in.EstimateCost;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.money.Money;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Currency;
import java.util.Optional;

@Path("/api/v1/cost")
@Tag(name = "Governance rules", description = "Classification policy, license evaluation, cost")
@SecurityRequirement(name = "bearer")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "422", description = "Unknown model, no such deployment, volume out of bounds, "
        + "or no exchange rate configured for the currency",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class CostResource {

    @Inject
    EstimateCost estimateCost;

    @POST
    @Path("estimates")
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR, Roles.GATEWAY_CLIENT})
    @Operation(operationId = "estimateCost",
            summary = "Monthly cost of a model deployment for a volume", description = "API: input tokens × "
            + "input price + output tokens × output price. Self-hosted: GPUs needed (rounded up) × monthly GPU cost "
            + "+ fixed operations cost. Converted with the configured, dated rate; rounded once, HALF_UP.")
    @APIResponse(responseCode = "200", description = "The estimate",
            content = @Content(schema = @Schema(implementation = EstimateDto.class)))
    public EstimateDto estimate(@NotNull @Valid EstimateRequest request) {
        return EstimateDto.of(estimateCost.estimate(new EstimateCost.Candidate(
                Params.field("modelId", () -> new ModelId(request.modelId())),
                request.deployment()), request.volume().toDomain(), currency(request.currency())));
    }

    @POST
    @Path("comparisons")
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR, Roles.GATEWAY_CLIENT})
    @Operation(operationId = "compareCosts",
            summary = "Compare candidates for one use case (TCO)", description = "Up to 20 candidates, cheapest "
            + "first, with the break-even monthly volume at which each self-hosted candidate becomes and stays "
            + "cheaper than each API candidate (NEVER, ALWAYS or AT_VOLUME).")
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(schema = @Schema(implementation = ComparisonDto.class)))
    public ComparisonDto compare(@NotNull @Valid ComparisonRequest request) {
        return ComparisonDto.of(estimateCost.compare(request.candidates().stream()
                        .map(c -> new EstimateCost.Candidate(
                                Params.field("candidates.modelId", () -> new ModelId(c.modelId())), c.deployment()))
                        .toList(),
                request.volume().toDomain(), currency(request.currency())));
    }

    private static Optional<Currency> currency(String code) {
        return Optional.ofNullable(code).filter(c -> !c.isBlank()).map(Money::currency);
    }
}
