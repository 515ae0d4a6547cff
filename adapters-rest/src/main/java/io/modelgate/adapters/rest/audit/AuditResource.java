package io.modelgate.adapters.rest.audit;

import io.modelgate.adapters.rest.shared.PageDto;
import io.modelgate.adapters.rest.shared.Params;
import io.modelgate.adapters.rest.shared.ProblemDetail;
import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.application.audit.port.in.ReadAuditTrail;
import io.modelgate.application.audit.port.in.AuditQuery;
import io.modelgate.domain.audit.AuditEvent;
import io.modelgate.domain.audit.ChainVerification;
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

import java.time.Instant;

@Path("/api/v1/audit-events")
@Tag(name = "Audit", description = "The append-only, hash-chained audit trail")
@SecurityRequirement(name = "bearer")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "403", description = "Only auditors and admins read the trail",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class AuditResource {

    @Inject
    ReadAuditTrail trail;

    @Schema(name = "AuditEvent")
    public record AuditEventDto(long sequence, Instant occurredAt, String actor,
                                @Schema(example = "MODEL.REVISED") String action, String entityType, String entityId,
                                String outcome, String summary, String department, String previousHash, String hash) {
        static AuditEventDto of(AuditEvent e) {
            return new AuditEventDto(e.sequence(), e.occurredAt(), e.actor(), e.action(), e.entityType(),
                    e.entityId(), e.outcome(), e.summary(), e.department().orElse(null), e.previousHash(), e.hash());
        }
    }

    @Schema(name = "ChainVerification", description = "The result of recomputing the whole chain. Keep the "
            + "head somewhere the database's writers cannot change: a later verification must reach it.")
    public record VerificationDto(boolean intact, long eventsChecked,
                                  @Schema(description = "The first sequence the chain cannot vouch for") Long firstBrokenSequence,
                                  @Schema(example = "event 17: content does not match its hash (edited?)") String problem,
                                  HeadDto verifiedHead) {
        static VerificationDto of(ChainVerification v) {
            return new VerificationDto(v.intact(), v.eventsChecked(),
                    v.firstBrokenSequence().isPresent() ? v.firstBrokenSequence().getAsLong() : null,
                    v.problem().orElse(null), new HeadDto(v.verifiedHead().sequence(), v.verifiedHead().hash()));
        }
    }

    @Schema(name = "ChainHead")
    public record HeadDto(long sequence, String hash) {
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listAuditEvents",
            summary = "Read the audit trail, newest first", description = "Filters combine with AND; "
            + "from/to are ISO-8601 instants (from inclusive, to exclusive).")
    @APIResponse(responseCode = "200", description = "A page of events")
    public PageDto<AuditEventDto> list(@QueryParam("entityType") @Parameter(example = "model") String entityType,
                                       @QueryParam("entityId") String entityId,
                                       @QueryParam("actor") String actor,
                                       @QueryParam("action") @Parameter(example = "REQUEST.SUBMITTED") String action,
                                       @QueryParam("department") String department,
                                       @QueryParam("from") @Parameter(example = "2026-11-01T00:00:00Z") String from,
                                       @QueryParam("to") String to,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        AuditQuery query = new AuditQuery(Params.optionalText(entityType), Params.optionalText(entityId),
                Params.optionalText(actor), Params.optionalText(action), Params.optionalText(department),
                Params.optionalInstant(from, "from"), Params.optionalInstant(to, "to"));
        return PageDto.of(trail.search(query, Params.page(page, size)), AuditEventDto::of);
    }

    @GET
    @Path("verification")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "verifyAuditChain",
            summary = "Recompute the hash chain", description = "Reports whether every event still matches "
            + "its hash and links to its predecessor, and the first broken sequence if not (an edited, deleted, "
            + "inserted or reordered row). Deleting the newest events is only caught against a head kept elsewhere.")
    @APIResponse(responseCode = "200", description = "The verification",
            content = @Content(schema = @Schema(implementation = VerificationDto.class)))
    public VerificationDto verify() {
        return VerificationDto.of(trail.verify());
    }
}
