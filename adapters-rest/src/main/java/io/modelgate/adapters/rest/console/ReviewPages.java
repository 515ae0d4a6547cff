package io.modelgate.adapters.rest.console;

import io.modelgate.adapters.rest.shared.Roles;
import io.modelgate.application.approval.port.in.AssessUsageRequest;
import io.modelgate.application.approval.port.in.FindUsageRequests;
import io.modelgate.application.approval.port.in.ReviewUsageRequest;
import io.modelgate.application.approval.port.in.UsageRequestQuery;
import io.modelgate.application.shared.Actor;
import io.modelgate.application.shared.PageRequest;
import io.modelgate.domain.approval.ReviewKind;
import io.modelgate.domain.approval.ReviewOutcome;
import io.modelgate.domain.approval.UsageRequest;
import io.modelgate.domain.approval.UsageRequestId;
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

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The review queue of the caller's reviewer roles, and the page where one review is decided. */
@Path("/console/reviews")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.SECURITY_REVIEWER, Roles.LEGAL_REVIEWER, Roles.FINANCE_REVIEWER})
public class ReviewPages {

    @Inject
    ConsolePage page;
    @Inject
    FindUsageRequests findRequests;
    @Inject
    ReviewUsageRequest reviewRequest;
    @Inject
    AssessUsageRequest assessRequest;

    @Inject
    @Location("console/reviews.html")
    Template queue;
    @Inject
    @Location("console/review.html")
    Template review;

    @GET
    public Response queue() {
        Actor actor = page.actor();
        Set<ReviewKind> mine = ReviewKind.decidableWith(actor.roles());
        UsageRequestQuery query = new UsageRequestQuery(Optional.empty(), Optional.empty(), Optional.empty(), mine);
        List<UsageRequest> waiting = findRequests.search(actor, query, new PageRequest(0, PageRequest.MAX_SIZE)).items();
        return page.ok(page.of(queue).data("requests", waiting).data("kinds", mine));
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") String id) {
        return page.ok(reviewPage(RequestPages.requestId(id), null, null));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @RestForm String kind, @RestForm String outcome,
                           @RestForm String comment, @RestForm String version) {
        UsageRequestId requestId = RequestPages.requestId(id);
        try {
            reviewRequest.review(new ReviewUsageRequest.Command(page.actor(), requestId,
                    DraftForm.choice(ReviewKind.class, kind, "kind"),
                    DraftForm.choice(ReviewOutcome.class, outcome, "outcome"),
                    Optional.ofNullable(comment).map(String::strip).filter(c -> !c.isEmpty()),
                    RequestPages.version(version)));
            return page.seeOther("/console/reviews/" + requestId.value());
        } catch (DomainException e) {
            FormFailure failure = FormFailure.of(e);
            return page.status(failure.status(), reviewPage(requestId, failure, comment));
        }
    }

    private TemplateInstance reviewPage(UsageRequestId id, FormFailure failure, String comment) {
        Actor actor = page.actor();
        UsageRequest request = findRequests.get(actor, id).request();
        Optional<AssessUsageRequest.Assessment> assessment;
        try {
            assessment = Optional.of(assessRequest.assess(actor, id));
        } catch (DomainException e) {
            assessment = Optional.empty();
        }
        // Which reviews this person may decide is the domain's rule (roles, four eyes, still pending).
        Set<ReviewKind> openToMe = request.reviewsOpenTo(actor.subject(), actor.roles());
        return page.of(review).data("request", request).data("assessment", assessment.orElse(null))
                .data("draft", false).data("obligations", AssessmentView.obligations(request, assessment))
                .data("remaining", AssessmentView.remaining(assessment))
                .data("openToMe", openToMe).data("comment", comment == null ? "" : comment)
                .data("error", failure == null ? null : failure.message())
                .data("stale", failure != null && failure.stale());
    }
}
