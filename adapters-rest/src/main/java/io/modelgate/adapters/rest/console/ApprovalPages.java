package io.modelgate.adapters.rest.console;

import io.modelgate.adapters.rest.shared.Params;
import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.application.approval.port.in.FindApprovals;
import io.modelgate.application.approval.port.in.ManageApproval;
import io.modelgate.application.approval.port.in.ApprovalQuery;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.shared.DomainException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Approvals with their expiry and re-review flags; admins revoke one on its page. */
@Path("/console/approvals")
@Produces(MediaType.TEXT_HTML)
public class ApprovalPages {

    @Inject
    ConsolePage page;
    @Inject
    FindApprovals findApprovals;
    @Inject
    ManageApproval manageApproval;
    @Inject
    Clock clock;

    @Inject
    @Location("console/approvals.html")
    Template list;
    @Inject
    @Location("console/approval.html")
    Template detail;

    @GET
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR})
    public Response list() {
        ApprovalQuery all = new ApprovalQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        List<Approval> approvals = findApprovals.search(page.actor(), all, new PageRequest(0, PageRequest.MAX_SIZE))
                .items();
        return page.ok(page.of(list).data("approvals", approvals).data("now", clock.instant()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REQUESTER, Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER,
            Roles.ADMIN, Roles.AUDITOR})
    public Response show(@PathParam("id") String id) {
        return page.ok(detailPage(approvalId(id), null, ""));
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response revoke(@PathParam("id") String id, @RestForm String reason, @RestForm String version) {
        ApprovalId approvalId = approvalId(id);
        try {
            manageApproval.revoke(new ManageApproval.Command(page.actor(), approvalId, reason,
                    RequestPages.version(version)));
            return page.seeOther("/console/approvals/" + approvalId.value());
        } catch (DomainException e) {
            FormFailure failure = FormFailure.of(e);
            return page.status(failure.status(), detailPage(approvalId, failure, reason));
        }
    }

    private TemplateInstance detailPage(ApprovalId id, FormFailure failure, String reason) {
        Approval approval = findApprovals.get(page.actor(), id);
        return page.of(detail).data("approval", approval).data("now", clock.instant())
                .data("live", approval.isLiveAt(clock.instant())).data("reason", reason == null ? "" : reason)
                .data("error", failure == null ? null : failure.message())
                .data("stale", failure != null && failure.stale());
    }

    private static ApprovalId approvalId(String raw) {
        return Params.pathId(raw, ApprovalId::parse, "approval");
    }
}
