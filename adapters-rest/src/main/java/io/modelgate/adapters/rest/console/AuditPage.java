package io.modelgate.adapters.rest.console;

import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.application.audit.port.in.ReadAuditTrail;
import io.modelgate.application.audit.port.in.AuditQuery;
import io.modelgate.application.shared.PageRequest;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The audit trail, newest first, with the result of recomputing the hash chain. */
@Path("/console/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

    static final int PAGE_SIZE = 100;

    @Inject
    ConsolePage page;
    @Inject
    ReadAuditTrail trail;

    @Inject
    @Location("console/audit.html")
    Template audit;

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public Response show(@QueryParam("page") Integer pageNumber) {
        int number = pageNumber == null || pageNumber < 0 ? 0 : pageNumber;
        var events = trail.search(AuditQuery.all(), new PageRequest(number, PAGE_SIZE));
        return page.ok(page.of(audit).data("verification", trail.verify()).data("events", events.items())
                .data("pageNumber", number).data("hasNext", (long) (number + 1) * PAGE_SIZE < events.totalItems())
                .data("total", events.totalItems()));
    }
}
